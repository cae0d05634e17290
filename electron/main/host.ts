import { BrowserWindow, dialog } from 'electron';
import type { ParsedInputOf } from '../../shared/contract';

/** The system file dialogs, for channels that need a path the user chooses. */
export async function pickPath(input: ParsedInputOf<'host.pickPath'>): Promise<{ supported: boolean; path: string | null }> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const filters = input.extensions.length ? [{ name: input.title, extensions: input.extensions }, { name: '所有文件', extensions: ['*'] }] : [];
  if (input.mode === 'save') {
    const r = win
      ? await dialog.showSaveDialog(win, { title: input.title, defaultPath: input.defaultName, filters })
      : await dialog.showSaveDialog({ title: input.title, defaultPath: input.defaultName, filters });
    return { supported: true, path: r.canceled ? null : (r.filePath ?? null) };
  }
  const options = { title: input.title, filters, properties: ['openFile' as const] };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
}

let pendingFile: string | null = null;

/** Remembers a backup file from the command line (double-click on a .luoshi-backup file). */
export function noteOpenedFile(argv: readonly string[]): boolean {
  const file = argv.find((a) => a.toLowerCase().endsWith('.luoshi-backup'));
  if (!file) return false;
  pendingFile = file;
  return true;
}

/** Handed to the renderer once, which then opens 设置 → 备份与恢复 with it filled in. */
export function takeOpenedFile(): { path: string | null } {
  const path = pendingFile;
  pendingFile = null;
  return { path };
}
