import { create } from 'zustand';
import type { ComplianceView } from '../../../../shared/contract/compliance';
import { DEFAULT_DUE_SOON_DAYS } from '../../../../shared/compliance/types';
import { call } from '../../api/client';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface ComplianceState {
  /** The "as of" date; its year is the plan year shown. Shared by 工作台, 日历 and 工作要点. */
  date: string;
  dueSoonDays: number;
  view: ComplianceView | null;
  loading: boolean;
  error: string | null;
  setDate: (date: string) => void;
  setDueSoonDays: (n: number) => void;
  load: () => Promise<void>;
  /**
   * Asks the core before the dashboard has mounted (at start, while its chunk loads); the
   * dashboard's own load then takes this answer instead of asking again.
   */
  prefetch: () => void;
  /** Forgets an answer not taken (the clerk went elsewhere first: it may be out of date when they come back). */
  dropPrefetch: () => void;
}

type Answer = Promise<ComplianceView>;
/** The prefetched question and its answer, taken by the first load with the same question. */
let prefetched: { key: string; answer: Answer } | null = null;
const keyOf = (s: { date: string; dueSoonDays: number }) => `${s.date}|${s.dueSoonDays}`;

export const yearOfDate = (date: string) => Number(date.slice(0, 4));

/** 提前提醒 is a preference of whoever sits at this PC: kept in the browser profile, not the data. */
const DUE_SOON_KEY = 'luoshi.dueSoonDays';
const savedDueSoonDays = () => {
  const raw = localStorage.getItem(DUE_SOON_KEY);
  const n = raw === null || raw === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 90 ? n : DEFAULT_DUE_SOON_DAYS;
};

export const useCompliance = create<ComplianceState>((set, get) => ({
  date: today(),
  dueSoonDays: savedDueSoonDays(),
  view: null,
  loading: false,
  error: null,
  setDate: (date) => {
    set({ date });
    void get().load();
  },
  setDueSoonDays: (dueSoonDays) => {
    localStorage.setItem(DUE_SOON_KEY, String(dueSoonDays));
    set({ dueSoonDays });
    void get().load();
  },
  prefetch: () => {
    const { date, dueSoonDays, loading } = get();
    if (loading) return; // already asked (the working year moved the date)
    prefetched = { key: keyOf(get()), answer: call('compliance.get', { year: yearOfDate(date), date, dueSoonDays }) };
    prefetched.answer.catch(() => undefined); // reported by the load that takes it
  },
  dropPrefetch: () => {
    prefetched = null;
  },
  load: async () => {
    const { date, dueSoonDays } = get();
    const ready = prefetched?.key === keyOf(get()) ? prefetched.answer : null;
    prefetched = null;
    set({ loading: true, error: null });
    try {
      set({ view: await (ready ?? call('compliance.get', { year: yearOfDate(date), date, dueSoonDays })), loading: false });
    } catch (e) {
      set({ error: (e as Error).message, loading: false });
    }
  },
}));
