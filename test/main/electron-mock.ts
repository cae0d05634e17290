import { vi } from 'vitest';

/** A stand-in for the `electron` module that records what main asks of it. */
export function makeElectronMock() {
  const listeners = new Map<string, (...a: unknown[]) => unknown>();
  const webContents = {
    on: vi.fn((event: string, fn: (...a: unknown[]) => unknown) => listeners.set(event, fn)),
    setWindowOpenHandler: vi.fn(),
    printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4 luoshi')),
  };
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    webContents = webContents;
    loadURL = vi.fn(async (_url: string) => undefined);
    once = vi.fn();
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
  let readyResolve: () => void = () => undefined;
  let ready = new Promise<void>((r) => (readyResolve = r));
  const app = {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => ready),
    getPath: vi.fn(() => '/nonexistent-user-data'),
  };
  const self = {
    listeners,
    webContents,
    windows,
    session,
    fireReady: () => readyResolve(),
    /** vi.mock keeps one module instance across vi.resetModules, so tests reset its state instead. */
    reset: () => {
      vi.clearAllMocks();
      listeners.clear();
      windows.length = 0;
      ready = new Promise<void>((r) => (readyResolve = r));
    },
    module: {
      app,
      BrowserWindow,
      session: { defaultSession: session },
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
