import { create } from 'zustand';
import { ApiError, call } from '../../api/client';

/** Today on this PC's calendar, as 2022-03-05. */
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface WorkingYearState {
  /** null until the core has answered: pages wait, so none starts in the wrong year. */
  year: number | null;
  planYears: number[];
  error: string | null;
  load: () => Promise<void>;
  setYear: (year: number) => void;
  /** After a plan import or removal: the switcher offers the plan years first. */
  refreshPlanYears: () => Promise<void>;
}

/** The one working year (年度) every page shows; the core keeps it, so it survives a restart in either host. */
export const useWorkingYear = create<WorkingYearState>((set, get) => ({
  year: null,
  planYears: [],
  error: null,
  load: async () => {
    try {
      set({ ...(await call('workingYear.get', {})), error: null });
    } catch (e) {
      // Asked at start alongside lock.status: a locked app shows the lock screen, and asks again once unlocked.
      if (!(e instanceof ApiError && e.code === 'LOCKED')) set({ error: (e as Error).message });
    }
  },
  setYear: (year) => {
    if (year === get().year) return;
    set({ year });
    call('workingYear.set', { year }).then(
      (r) => set({ planYears: r.planYears }),
      (e: Error) => set({ error: e.message }),
    );
  },
  refreshPlanYears: async () => {
    const r = await call('workingYear.get', {});
    set({ planYears: r.planYears });
  },
}));

/** The working year, once known (pages render only after it is). */
export const useYear = () => useWorkingYear((s) => s.year ?? Number(todayIso().slice(0, 4)));
