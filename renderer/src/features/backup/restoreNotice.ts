// A restore reloads the page onto the restored data, which would wipe any message shown before;
// the confirmation is carried across the reload and shown on 设置 → 备份与恢复.
const KEY = 'luoshi.restored';

export function reloadAfterRestore(note: string): void {
  sessionStorage.setItem(KEY, note);
  window.location.hash = '#/settings?tab=backup';
  window.setTimeout(() => window.location.reload(), 800);
}

/** The note left by the restore before the reload (read without side effects: React may call twice). */
export const peekRestoreNotice = (): string | null => sessionStorage.getItem(KEY);

/** Once shown, it is not shown again. */
export const clearRestoreNotice = () => sessionStorage.removeItem(KEY);
