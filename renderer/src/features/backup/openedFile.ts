import { create } from 'zustand';
import { call } from '../../api/client';

/** A backup file the app was opened with (double-click in the file manager). */
export const useOpenedBackup = create<{ path: string | null }>(() => ({ path: null }));

/** Asks the host once at start; when there is a file, shows 设置 → 备份与恢复 with it filled in. */
export async function checkOpenedBackup(go: (hash: string) => void): Promise<void> {
  const { path } = await call('host.openedFile', {});
  if (!path) return;
  useOpenedBackup.setState({ path });
  go('#/settings?tab=backup');
}
