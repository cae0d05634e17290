import { create } from 'zustand';
import type { Member } from '../../../../shared/domain/members';
import { call } from '../../api/client';

interface MembersState {
  members: Member[];
  loading: boolean;
  error: string | null;
  load: () => Promise<void>;
}

export const useMembers = create<MembersState>((set) => ({
  members: [],
  loading: false,
  error: null,
  load: async () => {
    set({ loading: true, error: null });
    try {
      set({ members: await call('members.list', { includeEnded: true }), loading: false });
    } catch (e) {
      set({ error: (e as Error).message, loading: false });
    }
  },
}));
