import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, hardenContents } from './security';

/**
 * The only place a window is made, so every window gets the same hardened preferences.
 * The options are written out literally (not built by a helper) so static checkers such as
 * Electronegativity can see them.
 */
export function createMainWindow(preloadDir: string, page = 'index.html'): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: '落实 · 党组工作台账',
    backgroundColor: '#f5f3f0',
    webPreferences: {
      preload: path.join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) could open links in new windows; nothing here should.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: process.env.LUOSHI_DEVTOOLS === '1',
    },
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/${page}`);
  return win;
}
