import { create } from 'zustand';
import type { Member } from '../../../../shared/domain/members';
import type { PlanView } from '../../../../shared/domain/plan';
import type { LedgerRecord } from '../../../../shared/ledger/types';
import { call } from '../../api/client';
import { sameOr } from '../../api/same';
import { readKey } from '../../api/writes';

export interface LedgerFilter {
  year: number;
  kind: string | undefined;
  memberId: number | undefined;
  /** 'item:ID' or 'duty:ID' (one select for both). */
  planRef: string | undefined;
}

interface LedgerState extends LedgerFilter {
  page: number;
  pageSize: number;
  rows: LedgerRecord[];
  total: number;
  members: Member[];
  plan: PlanView | null;
  loading: boolean;
  error: string | null;
  /** The record open in the detail view, or null for the list. */
  openId: number | null;
  /** readKey of the rows shown (see api/writes.ts). */
  readUnder: string | null;
  setFilter: (f: Partial<LedgerFilter>) => void;
  setPage: (page: number, pageSize: number) => void;
  open: (id: number | null) => void;
  load: () => Promise<void>;
  /** Members and the year's plan (for the filters and the form). */
  loadLookups: () => Promise<void>;
}

export const useLedger = create<LedgerState>((set, get) => ({
  year: new Date().getFullYear(),
  kind: undefined,
  memberId: undefined,
  planRef: undefined,
  page: 1,
  pageSize: 20,
  rows: [],
  total: 0,
  members: [],
  plan: null,
  loading: false,
  error: null,
  openId: null,
  readUnder: null,
  setFilter: (f) => {
    const yearChanged = f.year !== undefined && f.year !== get().year;
    set({ ...f, page: 1, ...(yearChanged ? { planRef: undefined } : {}) });
    if (yearChanged) void get().loadLookups();
    void get().load();
  },
  setPage: (page, pageSize) => {
    set({ page, pageSize });
    void get().load();
  },
  open: (openId) => set({ openId }),
  load: async () => {
    const { year, kind, memberId, planRef, page, pageSize, readUnder } = get();
    const [refType, refId] = planRef?.split(':') ?? [];
    const under = readKey(year, kind, memberId, planRef, page, pageSize);
    set({ loading: readUnder !== under, error: null });
    try {
      const r = await call('records.list', {
        year,
        kind,
        memberId,
        dutyId: refType === 'duty' ? Number(refId) : undefined,
        itemId: refType === 'item' ? Number(refId) : undefined,
        page,
        pageSize,
      });
      set({ rows: sameOr(get().rows, r.rows), total: r.total, loading: false, readUnder: under });
    } catch (e) {
      set({ error: (e as Error).message, loading: false, readUnder: null });
    }
  },
  loadLookups: async () => {
    try {
      const [members, plan] = await Promise.all([call('members.list', { includeEnded: true }), call('plan.get', { year: get().year })]);
      set({ members, plan });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
}));
