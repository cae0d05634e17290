import fs from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import { hardenContents } from './security';

/**
 * Saves a printed sheet as PDF with Chromium's printToPDF: the sheet's HTML is loaded into a
 * hidden, sandboxed window with JavaScript off (the sheets need none), then written where the
 * user chose. The CSS @page rule sets A4 and the margins.
 */
export async function savePdf(input: { html: string; title: string }): Promise<{ path: string | null }> {
  const owner = BrowserWindow.getFocusedWindow() ?? undefined;
  const safeName = input.title.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80) || '打印单';
  const choice = owner
    ? await dialog.showSaveDialog(owner, { title: '保存为 PDF', defaultPath: `${safeName}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] })
    : await dialog.showSaveDialog({ title: '保存为 PDF', defaultPath: `${safeName}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (choice.canceled || !choice.filePath) return { path: null };

  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, webviewTag: false },
  });
  hardenContents(win.webContents);
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(input.html)}`);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await fs.writeFile(choice.filePath, pdf);
    return { path: choice.filePath };
  } finally {
    win.destroy();
  }
}
