import { create } from 'zustand';
import type { Member } from '../../../../shared/domain/members';
import { call } from '../../api/client';
import { sameOr } from '../../api/same';
import { readKey } from '../../api/writes';

interface MembersState {
  members: Member[];
  loading: boolean;
  error: string | null;
  /** readKey of the members shown (see api/writes.ts). */
  readUnder: string | null;
  load: () => Promise<void>;
}

export const useMembers = create<MembersState>((set, get) => ({
  members: [],
  loading: false,
  error: null,
  readUnder: null,
  load: async () => {
    const under = readKey();
    set({ loading: get().readUnder !== under, error: null });
    try {
      const members = await call('members.list', { includeEnded: true });
      set({ members: sameOr(get().members, members), loading: false, readUnder: under });
    } catch (e) {
      set({ error: (e as Error).message, loading: false, readUnder: null });
    }
  },
}));
