import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { createCore, type Core } from '../core';
import { registerIpc } from './ipc';
import { resolveDataFile } from './paths';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol';
import { hardenSession } from './security';
import { createMainWindow } from './window';
import { buildMenu } from './menu';
import { noteOpenedFile, pickPath, takeOpenedFile } from './host';
import { savePdf } from './pdf';
import { APP_ORIGIN } from './security';

// The thin Electron shell: lifecycle, one hardened window, the app:// protocol and IPC relay.
const here = import.meta.dirname;
let core: Core | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemeAsPrivileged();
  noteOpenedFile(process.argv);
  app.on('second-instance', (_event, argv) => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
      // A backup double-clicked while the app runs: reload so the renderer picks it up.
      if (noteOpenedFile(argv)) void win.loadURL(`${APP_ORIGIN}/index.html#/settings`);
    }
  });
  app.whenReady().then(start, (e) => fatal(e));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
}

function start(): void {
  hardenSession(session.defaultSession);
  serveRenderer(path.join(here, '../renderer'));
  try {
    core = createCore({
      dataFile: resolveDataFile(process.argv, process.env, app.getPath('userData')),
      operator: os.userInfo().username,
      program: '落实桌面版',
      action: '打开',
      host: { 'host.pickPath': pickPath, 'host.openedFile': takeOpenedFile, 'host.savePdf': async (i) => ({ supported: true, ...(await savePdf(i)) }) },
      // Attachments open in the system's default program; the core refuses executables first.
      openPath: (file) => shell.openPath(file),
    });
  } catch (e) {
    fatal(e);
    return;
  }
  for (const message of core.notices) dialog.showMessageBoxSync({ type: 'warning', title: '落实', message });
  registerIpc(ipcMain, core.dispatch);
  buildMenu();
  createMainWindow(path.join(here, '../preload'));
  void core.startup();
}

function fatal(e: unknown): void {
  dialog.showErrorBox('落实无法启动', (e as Error)?.message ?? String(e));
  app.exit(1);
}
