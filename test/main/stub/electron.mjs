// A stand-in for the `electron` module, for running the built out/main under plain Node
// (test/main/built-shell.test.ts). It records what main asks for; drive.mjs reads the record.
const record = { handlers: new Map(), protocol: null, errors: [], windows: [], appEvents: new Map(), quits: 0, exitCode: null, released: false };
globalThis.__electronStub = record;

const hardenable = () => ({
  setPermissionRequestHandler() {},
  setPermissionCheckHandler() {},
  setDevicePermissionHandler() {},
  webRequest: { onBeforeRequest() {} },
});

export const app = {
  requestSingleInstanceLock: () => true,
  releaseSingleInstanceLock: () => void (record.released = true),
  setPath() {},
  setAppLogsPath() {},
  getPath: (name) => (name === 'logs' ? process.env.STUB_LOGS : '/nonexistent-user-data'),
  on: (event, fn) => void record.appEvents.set(event, fn),
  whenReady: () => Promise.resolve(),
  quit: () => void record.quits++,
  exit: (code) => void (record.exitCode = code),
};

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = { on() {}, setWindowOpenHandler() {}, getURL: () => this.url ?? '' };
    record.windows.push(this);
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  once() {}
  on() {}
  show() {}
  isVisible() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  static getAllWindows() {
    return record.windows;
  }
  static getFocusedWindow() {
    return null;
  }
}

export const session = { defaultSession: hardenable(), fromPartition: () => hardenable() };
export const ipcMain = { handle: (channel, fn) => void record.handlers.set(channel, fn) };
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => void (record.schemes = schemes),
  handle: (_scheme, fn) => void (record.protocol = fn),
};
export const dialog = {
  showErrorBox: (title, message) => void record.errors.push(`${title}: ${message}`),
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const Menu = { setApplicationMenu() {}, buildFromTemplate: (t) => t };
export const shell = { openPath: async () => '' };
export const contextBridge = { exposeInMainWorld() {} };
export const ipcRenderer = { invoke() {} };
export default { app, BrowserWindow, session, ipcMain, protocol, dialog, Menu, shell, contextBridge, ipcRenderer };
