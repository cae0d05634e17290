import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/** A stand-in for the `electron` module that records what main asks of it. */
export function makeElectronMock() {
  const listeners = new Map<string, (...a: unknown[]) => unknown>();
  const webContents = {
    on: vi.fn((event: string, fn: (...a: unknown[]) => unknown) => listeners.set(event, fn)),
    setWindowOpenHandler: vi.fn(),
    printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4 luoshi')),
    getURL: vi.fn(() => 'app://luoshi/index.html'),
  };
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; events: Map<string, (...a: unknown[]) => unknown> }[] = [];
  class BrowserWindow {
    webContents = webContents;
    events = new Map<string, (...a: unknown[]) => unknown>();
    visible = false;
    loadURL = vi.fn(async (_url: string) => undefined);
    once = vi.fn((event: string, fn: (...a: unknown[]) => unknown) => this.events.set(event, fn));
    on = vi.fn((event: string, fn: (...a: unknown[]) => unknown) => this.events.set(event, fn));
    show = vi.fn(() => (this.visible = true));
    isVisible = () => this.visible;
    isDestroyed = () => false;
    destroy = vi.fn();
    static getAllWindows = () => [];
    static getFocusedWindow = (): unknown => null;
    constructor(public options: unknown) {
      windows.push(this as never);
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const partitions = new Map<string, typeof session>();
  const fromPartition = vi.fn((name: string) => {
    if (!partitions.has(name)) partitions.set(name, { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } });
    return partitions.get(name)!;
  });
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-logs-'));
  let readyResolve: () => void = () => undefined;
  let ready = new Promise<void>((r) => (readyResolve = r));
  const app = {
    requestSingleInstanceLock: vi.fn(() => true),
    releaseSingleInstanceLock: vi.fn(),
    setPath: vi.fn(),
    setAppLogsPath: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => ready),
    getPath: vi.fn((name: string) => (name === 'logs' ? logs : '/nonexistent-user-data')),
  };
  const self = {
    listeners,
    logs,
    partitions,
    webContents,
    windows,
    session,
    fireReady: () => readyResolve(),
    /** vi.mock keeps one module instance across vi.resetModules, so tests reset its state instead. */
    reset: () => {
      vi.clearAllMocks();
      listeners.clear();
      partitions.clear();
      windows.length = 0;
      ready = new Promise<void>((r) => (readyResolve = r));
    },
    module: {
      app,
      BrowserWindow,
      session: { defaultSession: session, fromPartition },
      ipcMain: { handle: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: { invoke: vi.fn() },
    },
  };
  return self;
}
