import path from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN, hardenContents } from './security';

/** The only place a window is made, so every window gets the same hardened preferences. */
export function windowOptions(preloadFile: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: '落实 · 党组工作台账',
    backgroundColor: '#f5f3f0',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: process.env.LUOSHI_DEVTOOLS === '1',
    },
  };
}

export function createMainWindow(preloadDir: string, page = 'index.html'): BrowserWindow {
  const win = new BrowserWindow(windowOptions(path.join(preloadDir, 'index.cjs')));
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/${page}`);
  return win;
}
