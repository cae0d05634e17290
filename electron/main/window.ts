import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, hardenContents } from './security';
import { showFailure } from './failure-page';

/** ready-to-show may never come (a renderer that hangs or crashes first): show the window anyway. */
export const SHOW_TIMEOUT_MS = 5000;

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
  const show = () => !win.isDestroyed() && !win.isVisible() && win.show();
  win.once('ready-to-show', show);
  const timer = setTimeout(show, SHOW_TIMEOUT_MS);
  win.on('closed', () => clearTimeout(timer));
  // The app's own pages failing to load or the renderer dying must never leave a blank or hidden window.
  win.webContents.on('did-fail-load', (_e, code, description, url, isMainFrame) => {
    if (isMainFrame && url.startsWith(APP_ORIGIN)) showFailure(win, '落实的界面没有加载成功', `${description} (${code}) ${url}`);
  });
  win.webContents.on('render-process-gone', (_e, details) => {
    // A crash of the failure page itself is not answered with the page again (no loop).
    if (details.reason === 'clean-exit' || win.isDestroyed() || win.webContents.getURL().startsWith('data:')) return;
    showFailure(win, '落实的界面意外退出了', `${details.reason}, exit code ${details.exitCode}`);
  });
  void win.loadURL(`${APP_ORIGIN}/${page}`);
  return win;
}
