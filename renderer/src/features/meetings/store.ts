import { create } from 'zustand';
import type { MeetingSummary, MeetingType } from '../../../../shared/domain/meetings';
import type { Member } from '../../../../shared/domain/members';
import { call } from '../../api/client';
import { sameOr } from '../../api/same';
import { readKey } from '../../api/writes';

interface MeetingsState {
  year: number;
  typeId: number | undefined;
  deleted: boolean;
  types: MeetingType[];
  members: Member[];
  meetings: MeetingSummary[];
  loading: boolean;
  error: string | null;
  /** The meeting open in the detail view, or null for the list. */
  openId: number | null;
  /** readKey of the rows shown (see api/writes.ts). */
  readUnder: string | null;
  setFilter: (f: Partial<Pick<MeetingsState, 'year' | 'typeId' | 'deleted'>>) => void;
  open: (id: number | null) => void;
  load: () => Promise<void>;
}

export const useMeetings = create<MeetingsState>((set, get) => ({
  year: new Date().getFullYear(),
  typeId: undefined,
  deleted: false,
  types: [],
  members: [],
  meetings: [],
  loading: false,
  error: null,
  openId: null,
  readUnder: null,
  setFilter: (f) => {
    set(f);
    void get().load();
  },
  open: (openId) => set({ openId }),
  load: async () => {
    const { year, typeId, deleted, readUnder } = get();
    const under = readKey(year, typeId, deleted);
    // Rows read under this filter with no write since are current: no spinner while they refresh.
    set({ loading: readUnder !== under, error: null });
    try {
      const [types, members, meetings] = await Promise.all([
        call('meetings.types', {}),
        call('members.list', { includeEnded: true }),
        call('meetings.list', { year, typeId, deleted }),
      ]);
      const was = get();
      set({ types: sameOr(was.types, types), members: sameOr(was.members, members), meetings: sameOr(was.meetings, meetings), loading: false, readUnder: under });
    } catch (e) {
      set({ error: (e as Error).message, loading: false, readUnder: null });
    }
  },
}));
