import { call } from './client';
import { fileDownloadUrl } from './http';

// Saving and opening files the way each host does it: Electron shows the system's save/open
// dialog (the core then writes or reads that path); the browser host downloads what the core
// wrote and uploads what the user picked. No path is ever typed by hand.

export const hasNativeDialogs = () => window.luoshiHost?.kind === 'electron';

/**
 * Where to save: `{ outFile }` chosen in Electron's dialog, `{}` in the browser (the core writes a
 * download), or null when the user cancelled the dialog.
 */
export async function chooseSaveTarget(o: { title: string; name: string; extensions: string[] }): Promise<{ outFile?: string } | null> {
  if (!hasNativeDialogs()) return {};
  const r = await call('host.pickPath', { mode: 'save', title: o.title, defaultName: o.name, extensions: o.extensions });
  return r.path ? { outFile: r.path } : null;
}

/** Electron's open dialog; null when cancelled. (The browser host picks with <input type=file>.) */
export async function chooseOpenPath(o: { title: string; extensions: string[] }): Promise<string | null> {
  const r = await call('host.pickPath', { mode: 'open', title: o.title, extensions: o.extensions });
  return r.path;
}

/** Hands a finished download to the browser, which saves it under the Chinese name the host sends. */
export function startDownload(downloadId: string): void {
  const a = document.createElement('a');
  a.href = fileDownloadUrl(downloadId);
  a.download = '';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Where a save ended up, in words: the path in Electron, the browser's download folder otherwise. */
export const savedWhere = (r: { file: string; downloadId?: string }) => (r.downloadId ? '浏览器的“下载”文件夹' : r.file);
