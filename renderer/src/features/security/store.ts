import { create } from 'zustand';
import type { LockStatus } from '../../../../shared/contract/security';
import { call, setLockedHandler } from '../../api/client';

interface LockState {
  status: LockStatus | null;
  refresh: () => Promise<void>;
  set: (s: LockStatus) => void;
}

export const useLock = create<LockState>((set) => ({
  status: null,
  refresh: async () => set({ status: await call('lock.status', {}) }),
  set: (status) => set({ status }),
}));

setLockedHandler(() => void useLock.getState().refresh());
