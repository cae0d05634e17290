import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { createCore, type Core } from '../core';
import { dataFolder } from '../core/paths';
import { registerIpc } from './ipc';
import { resolveDataFile } from './paths';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol';
import { APP_ORIGIN, hardenSession } from './security';
import { createMainWindow } from './window';
import { buildMenu } from './menu';
import { noteOpenedFile, pickPath, takeOpenedFile } from './host';
import { savePdf } from './pdf';
import { logError, logFile } from './log';

// The thin Electron shell: lifecycle, one hardened window, the app:// protocol and IPC relay.
const here = import.meta.dirname;
let core: Core | null = null;
let drained = false;

// Windows: Chromium's profile lives beside the data in local app data, not the roaming profile.
// Set before the single-instance lock, whose lock file is in this folder.
if (process.platform === 'win32') app.setPath('userData', dataFolder());
// The log the error pages name: beside the data, the same place on every system.
app.setAppLogsPath(path.join(dataFolder(), 'logs'));

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
  // .catch after .then: an error thrown inside start() must reach fatal() too.
  app.whenReady().then(start).catch(fatal);
  app.on('window-all-closed', () => app.quit());
  // A running backup, restore or export finishes (or rolls back) before the database closes.
  app.on('before-quit', (event) => {
    if (drained || !core) return;
    event.preventDefault();
    void core
      .idle()
      .catch((e: unknown) => logError('waiting for running jobs before quit failed', e))
      .finally(() => {
        drained = true;
        app.quit();
      });
  });
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
}

function start(): void {
  hardenSession(session.defaultSession);
  serveRenderer(path.join(here, '../renderer'));
  const { file, relocated } = resolveDataFile(process.argv, process.env);
  if (relocated) logError(`data moved from ${relocated.from} to ${relocated.to}; the old database is kept as ${relocated.snapshot}`);
  // A throw here (damaged file, another process holds the lock) reaches fatal() through start's .catch.
  core = createCore({
    dataFile: file,
    operator: os.userInfo().username,
    program: '落实桌面版',
    action: '打开',
    host: { 'host.pickPath': pickPath, 'host.openedFile': takeOpenedFile, 'host.savePdf': async (i) => ({ supported: true, ...(await savePdf(i)) }) },
    // Attachments open in the system's default program; the core refuses executables first.
    openPath: (f) => shell.openPath(f),
  });
  for (const message of core.notices) dialog.showMessageBoxSync({ type: 'warning', title: '落实', message });
  registerIpc(ipcMain, core.dispatch);
  buildMenu();
  createMainWindow(path.join(here, '../preload'));
  void core.startup();
}

/** A failed start says why, closes what it opened and lets go of the single-instance lock. */
function fatal(e: unknown): void {
  logError('start failed', e);
  try {
    core?.close();
  } catch (closeError) {
    logError('closing the database after a failed start failed', closeError);
  }
  core = null;
  drained = true;
  dialog.showErrorBox('落实无法启动', `${(e as Error)?.message ?? String(e)}\n\n请关闭后重新打开落实；如果仍然无法启动，请把日志文件交给管理员：\n${logFile()}`);
  app.releaseSingleInstanceLock();
  app.exit(1);
}
