import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, session, type Session } from 'electron';
import { hardenContents } from './security';

/** The print windows' own in-memory session: it may load exactly the sheets being printed, nothing else. */
const PRINT_PARTITION = 'luoshi-print';
const printable = new Set<string>();
let printSession: Session | null = null;

function sheetSession(): Session {
  if (printSession) return printSession;
  const s = session.fromPartition(PRINT_PARTITION);
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(printable.has(details.url) || details.url.startsWith('data:')) }));
  return (printSession = s);
}

/**
 * Saves a printed sheet as PDF with Chromium's printToPDF. The sheet's HTML is written to a
 * temporary file and loaded from there (a data: URL is capped at 2 MB, and a year's ledger is
 * longer) into a hidden, sandboxed window with JavaScript off; the CSS @page rule sets A4 and
 * the margins. The temporary file is removed whatever happens.
 */
export async function savePdf(input: { html: string; title: string }): Promise<{ path: string | null }> {
  const owner = BrowserWindow.getFocusedWindow() ?? undefined;
  const safeName = input.title.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80) || '打印单';
  const options = { title: '保存为 PDF', defaultPath: `${safeName}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { path: null };

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'luoshi-print-'));
  const sheet = path.join(dir, 'sheet.html');
  const url = pathToFileURL(sheet).href;
  await fs.writeFile(sheet, input.html);
  printable.add(url);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { session: sheetSession(), sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, webviewTag: false },
  });
  hardenContents(win.webContents);
  try {
    await win.loadURL(url);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await fs.writeFile(choice.filePath, pdf);
    return { path: choice.filePath };
  } finally {
    win.destroy();
    printable.delete(url);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
