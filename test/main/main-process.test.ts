import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract/channels';
import { tmpDir } from '../helpers/tmp';
import { makeElectronMock } from './electron-mock';

const mock = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof makeElectronMock> }));
vi.mock('electron', async () => {
  const { makeElectronMock: make } = await import('./electron-mock');
  mock.current = make();
  return mock.current.module;
});

let m: ReturnType<typeof makeElectronMock>;
beforeEach(async () => {
  vi.resetModules();
  await import('electron');
  m = mock.current;
  m.reset();
});

describe('the window factory', () => {
  it('makes windows with isolation, sandbox, no Node, web security and no webviews', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow('/app/preload');
    const prefs = (m.windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: path.join('/app/preload', 'index.cjs'),
    });
    expect(m.windows[0]!.loadURL).toHaveBeenCalledWith('app://luoshi/index.html');
  });

  it('blocks navigation away, window.open and webviews', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow('/app/preload');
    const nav = { preventDefault: vi.fn() };
    m.listeners.get('will-navigate')!(nav, 'https://example.com/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const inApp = { preventDefault: vi.fn() };
    m.listeners.get('will-navigate')!(inApp, 'app://luoshi/index.html#/members');
    expect(inApp.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    m.listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const openHandler = m.webContents.setWindowOpenHandler.mock.calls[0]![0] as () => { action: string };
    expect(openHandler()).toEqual({ action: 'deny' });
  });
});

describe('a window that fails visibly', () => {
  it('shows after a timeout even if ready-to-show never fires', async () => {
    vi.useFakeTimers();
    try {
      const { createMainWindow, SHOW_TIMEOUT_MS } = await import('../../electron/main/window');
      createMainWindow('/app/preload');
      const win = m.windows[0]!;
      vi.advanceTimersByTime(SHOW_TIMEOUT_MS - 1);
      expect(win.show).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(win.show).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page that fails to load or a renderer that dies shows a Chinese page saying what to do and where the log is', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow('/app/preload');
    const win = m.windows[0]!;
    m.listeners.get('did-fail-load')!({}, -6, 'ERR_FILE_NOT_FOUND', 'app://luoshi/index.html', true);
    const page = decodeURIComponent((win.loadURL.mock.calls.at(-1) as string[])[0]!);
    expect(page).toMatch(/^data:text\/html/);
    expect(page).toContain('落实的界面没有加载成功');
    expect(page).toContain('关闭落实后重新打开');
    expect(page).toContain(path.join(m.logs, 'main.log'));
    expect(win.show).toHaveBeenCalled();
    expect(fs.readFileSync(path.join(m.logs, 'main.log'), 'utf8')).toContain('ERR_FILE_NOT_FOUND');

    m.listeners.get('render-process-gone')!({}, { reason: 'crashed', exitCode: 11 });
    expect(decodeURIComponent((win.loadURL.mock.calls.at(-1) as string[])[0]!)).toContain('落实的界面意外退出了');
    const calls = win.loadURL.mock.calls.length;
    m.listeners.get('render-process-gone')!({}, { reason: 'clean-exit', exitCode: 0 });
    m.listeners.get('did-fail-load')!({}, -3, 'ERR_ABORTED', 'app://luoshi/x', false); // a subframe: not the page
    expect(win.loadURL.mock.calls.length).toBe(calls);
  });
});

describe('the session', () => {
  it('denies every permission and cancels every request that is not for the app', async () => {
    const { hardenSession } = await import('../../electron/main/security');
    hardenSession(m.session as never);
    const ask = m.session.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    const cb = vi.fn();
    ask(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    const filter = m.session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const answers: Record<string, boolean> = {};
    for (const url of ['https://cdn.example.com/x.js', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://luoshi/assets/index.js', 'app://evil/x']) {
      filter({ url }, (r) => (answers[url] = r.cancel));
    }
    expect(answers).toEqual({
      'https://cdn.example.com/x.js': true,
      'http://127.0.0.1:8080/': true,
      'file:///etc/passwd': true,
      'app://luoshi/assets/index.js': false,
      'app://evil/x': true,
    });
  });
});

describe('IPC', () => {
  it('registers exactly one handler per contract channel and refuses callers outside the app', async () => {
    const { registerIpc } = await import('../../electron/main/ipc');
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    registerIpc(m.module.ipcMain as never, dispatch);
    const registered = m.module.ipcMain.handle.mock.calls.map((c) => c[0]);
    expect(registered).toEqual([...CHANNELS]);
    const handler = m.module.ipcMain.handle.mock.calls[0]![1] as (e: unknown, i: unknown) => Promise<unknown>;
    expect(await handler({ senderFrame: { url: 'app://luoshi/index.html' } }, {})).toEqual({ ok: true, value: 'done' });
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('the preload exposes only window.api with one function per channel', async () => {
    await import('../../electron/preload/index');
    const calls = m.module.contextBridge.exposeInMainWorld.mock.calls;
    const api = calls.find((c) => c[0] === 'api')![1] as Record<string, unknown>;
    expect(Object.keys(api)).toEqual([...CHANNELS]);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(calls.map((c) => c[0]).sort()).toEqual(['api', 'luoshiHost']);
    expect(JSON.stringify(calls)).not.toContain('ipcRenderer');
  });
});

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and refuses paths that escape it', async () => {
    const { serveRenderer } = await import('../../electron/main/protocol');
    const dir = path.resolve('renderer');
    serveRenderer(dir);
    const [scheme, handler] = m.module.protocol.handle.mock.calls[0]! as [string, (r: { url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const index = await handler({ url: 'app://luoshi/index.html' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler({ url: 'app://luoshi/..%2F..%2Fpackage.json' })).status).toBe(403);
    expect((await handler({ url: 'app://luoshi/nope.js' })).status).toBe(404);
  });
});

describe('startup', () => {
  it('quits when another instance is running (single-instance lock)', async () => {
    m.module.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main/index');
    expect(m.module.app.quit).toHaveBeenCalled();
    expect(m.module.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('on ready: hardens the session, serves app://, opens the data file and registers every channel', async () => {
    const dataFile = path.join(tmpDir(), 'luoshi.db');
    process.env.LUOSHI_DB = dataFile;
    try {
      await import('../../electron/main/index');
      expect(m.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      m.fireReady();
      await vi.waitFor(() => expect(m.windows).toHaveLength(1));
      expect(m.session.webRequest.onBeforeRequest).toHaveBeenCalled();
      expect(m.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
      expect(m.module.ipcMain.handle.mock.calls.map((c) => c[0])).toEqual([...CHANNELS]);
      expect(m.module.dialog.showErrorBox).not.toHaveBeenCalled();
      const handler = m.module.ipcMain.handle.mock.calls.find((c) => c[0] === 'system.info')![1] as (e: unknown, i: unknown) => Promise<{ value: { dataFile: string } }>;
      expect((await handler({ senderFrame: { url: 'app://luoshi/' } }, {})).value.dataFile).toBe(dataFile);
      // The daily snapshot runs after start; let it finish before the folder is removed.
      const snapshots = path.join(path.dirname(dataFile), 'snapshots');
      await vi.waitFor(() => expect(fs.existsSync(snapshots) && fs.readdirSync(snapshots).some((f) => f.endsWith('.tar'))).toBe(true), { timeout: 10_000 });
      // Quitting during a backup: the quit waits until the backup is written, then the database is closed and sealed.
      const call = (channel: string, input: unknown) =>
        (m.module.ipcMain.handle.mock.calls.find((c) => c[0] === channel)![1] as (e: unknown, i: unknown) => Promise<{ ok: boolean; value: { jobId?: string; status?: string } }>)({ senderFrame: { url: 'app://luoshi/' } }, input);
      const outFile = path.join(path.dirname(dataFile), '落实备份.luoshi-backup');
      const { jobId } = (await call('backup.create', { outFile, passphrase: 'correct horse battery' })).value;
      const on = (name: string) => m.module.app.on.mock.calls.find((c) => c[0] === name)![1] as (e?: unknown) => void;
      const beforeQuit = { preventDefault: vi.fn() };
      on('before-quit')(beforeQuit);
      expect(beforeQuit.preventDefault).toHaveBeenCalled();
      expect(m.module.app.quit).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(m.module.app.quit).toHaveBeenCalled(), { timeout: 20_000 });
      expect((await call('jobs.get', { jobId })).value.status).toBe('done');
      expect(fs.existsSync(outFile)).toBe(true);
      const again = { preventDefault: vi.fn() };
      on('before-quit')(again); // the second round (from app.quit) goes through
      expect(again.preventDefault).not.toHaveBeenCalled();
      on('will-quit')();
      expect(fs.existsSync(`${dataFile}-seal`)).toBe(true);
      expect(fs.existsSync(`${dataFile}-wal`) && fs.statSync(`${dataFile}-wal`).size > 0).toBe(false);
    } finally {
      delete process.env.LUOSHI_DB;
    }
  });
});

describe('a failed start', () => {
  it('shows why in Chinese, names the log, releases the single-instance lock and exits', async () => {
    // A folder where the data file should be: the core cannot open it.
    const dataFile = tmpDir();
    process.env.LUOSHI_DB = dataFile;
    try {
      await import('../../electron/main/index');
      m.fireReady();
      await vi.waitFor(() => expect(m.module.app.exit).toHaveBeenCalledWith(1));
      const [title, text] = m.module.dialog.showErrorBox.mock.calls[0]! as string[];
      expect(title).toBe('落实无法启动');
      expect(text).toContain(path.join(m.logs, 'main.log'));
      expect(m.module.app.releaseSingleInstanceLock).toHaveBeenCalled();
      expect(m.windows).toHaveLength(0);
    } finally {
      delete process.env.LUOSHI_DB;
    }
  });

  it('an error thrown anywhere in start (not only opening the data file) is caught the same way', async () => {
    process.env.LUOSHI_DB = path.join(tmpDir(), 'luoshi.db');
    m.session.setPermissionRequestHandler.mockImplementationOnce(() => {
      throw new Error('session unavailable');
    });
    try {
      await import('../../electron/main/index');
      m.fireReady();
      await vi.waitFor(() => expect(m.module.app.exit).toHaveBeenCalledWith(1));
      expect((m.module.dialog.showErrorBox.mock.calls[0]! as string[])[1]).toContain('session unavailable');
      expect(m.module.app.releaseSingleInstanceLock).toHaveBeenCalled();
    } finally {
      delete process.env.LUOSHI_DB;
    }
  });
});

describe('opening a .luoshi-backup file', () => {
  it('hands the double-clicked file to the renderer once', async () => {
    const { noteOpenedFile, takeOpenedFile } = await import('../../electron/main/host');
    expect(noteOpenedFile(['/opt/落实/luoshi', '--no-sandbox'])).toBe(false);
    expect(takeOpenedFile()).toEqual({ path: null });
    expect(noteOpenedFile(['/opt/落实/luoshi', '/media/usb/落实备份-20221231.luoshi-backup'])).toBe(true);
    expect(takeOpenedFile()).toEqual({ path: '/media/usb/落实备份-20221231.luoshi-backup' });
    expect(takeOpenedFile()).toEqual({ path: null });
  });

  it('the 帮助 menu opens the offline manual inside the app', async () => {
    const { menuTemplate } = await import('../../electron/main/menu');
    const help = menuTemplate().find((m) => m.label === '帮助')!;
    const manual = (help.submenu as { label?: string; click?: () => void }[]).find((i) => i.label === '使用说明')!;
    const loadURL = vi.fn();
    const BW = m.module.BrowserWindow as unknown as { getFocusedWindow: () => unknown };
    const before = BW.getFocusedWindow;
    BW.getFocusedWindow = () => ({ loadURL });
    try {
      manual.click!();
    } finally {
      BW.getFocusedWindow = before;
    }
    expect(loadURL).toHaveBeenCalledWith('app://luoshi/index.html#/help');
  });
});

describe('保存为 PDF', () => {
  it('renders the sheet from a temporary file (not a data: URL) in a hidden window without JavaScript, writes A4 PDF, removes the file', async () => {
    const { savePdf } = await import('../../electron/main/pdf');
    const out = path.join(tmpDir(), '签到表.pdf');
    m.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: out });
    // A year's ledger is far above Chromium's 2 MB data: URL cap.
    const long = '<tr><td>张三</td><td>参加党组会议</td></tr>'.repeat(80_000);
    let seen = '';
    m.webContents.printToPDF.mockImplementationOnce(async () => {
      const url = (m.windows.at(-1)!.loadURL.mock.calls[0] as string[])[0]!;
      seen = fs.readFileSync(new URL(url), 'utf8');
      return Buffer.from('%PDF-1.4 luoshi');
    });
    const r = await savePdf({ html: `<!doctype html><title>签到表</title><table>${long}</table>`, title: '2022年第1次党组会议 签到表' });
    expect(r).toEqual({ path: out });
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.4 luoshi');
    const win = m.windows.at(-1) as unknown as { options: { show: boolean; webPreferences: Record<string, unknown> }; loadURL: { mock: { calls: string[][] } }; destroy: () => void };
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    const url = win.loadURL.mock.calls[0]![0]!;
    expect(url).toMatch(/^file:\/\//);
    expect(seen.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(seen).toContain('<td>张三</td>');
    expect(fs.existsSync(new URL(url))).toBe(false);
    expect(m.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }));
    expect(win.destroy).toHaveBeenCalled();
    // The print session loads that one sheet and nothing else.
    const filter = m.partitions.get('luoshi-print')!.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled = (u: string) => {
      let c = false;
      filter({ url: u }, (res) => (c = res.cancel));
      return c;
    };
    expect(cancelled('https://example.com/x.png')).toBe(true);
    expect(cancelled(url)).toBe(true); // printed and removed: no longer loadable
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const { savePdf } = await import('../../electron/main/pdf');
    m.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await savePdf({ html: '<p>x</p>', title: 'x' })).toEqual({ path: null });
    expect(m.windows).toHaveLength(0);
  });
});
