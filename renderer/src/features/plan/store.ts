import { create } from 'zustand';
import type { PlanView } from '../../../../shared/domain/plan';
import { call } from '../../api/client';

interface PlanState {
  year: number | null;
  plan: PlanView | null;
  years: number[];
  loading: boolean;
  error: string | null;
  load: (year: number) => Promise<void>;
}

export const usePlan = create<PlanState>((set) => ({
  year: null,
  plan: null,
  years: [],
  loading: false,
  error: null,
  load: async (year) => {
    set({ loading: true, error: null, year });
    try {
      const [plan, years] = await Promise.all([call('plan.get', { year }), call('plan.years', {})]);
      set({ plan, years, loading: false });
    } catch (e) {
      set({ error: (e as Error).message, loading: false });
    }
  },
}));
