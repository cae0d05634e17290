import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch';
import { rendererHeaders, resolveInside } from '../core/renderer-files';

/** Uploads (member lists, plans, attachments) travel as base64 JSON. */
const MAX_BODY = 80 * 1024 * 1024;

export interface WebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The browser host: the same renderer and the same dispatch as the desktop app, over HTTP on
 * 127.0.0.1 only. Every API call needs the random session token; other Host headers are refused
 * (which also defeats DNS rebinding).
 */
export async function startWebHost(opts: { dispatch: Dispatch; rendererDir: string; port?: number; token?: string }): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const root = path.resolve(opts.rendererDir);
  let port = opts.port ?? 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '本机服务出错，请重试。' } }));
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('只接受本机地址的访问。');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (url.pathname.startsWith('/attachments/')) return handleDownload(req, res, url, 'attachments.locate', Number(url.pathname.slice('/attachments/'.length)));
    if (url.pathname.startsWith('/downloads/')) return handleDownload(req, res, url, 'files.download', url.pathname.slice('/downloads/'.length));
    if (url.pathname === '/uploads') return handleUpload(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = resolveInside(root, url.pathname);
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    const body = await fs.readFile(file).catch(() => (path.extname(file) ? null : fs.readFile(path.join(root, 'index.html'))));
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    // A path without extension is a client-side route: the body is index.html.
    res.writeHead(200, { ...rendererHeaders(path.extname(file) ? file : 'index.html'), 'cache-control': 'no-store' });
    res.end(body);
  }

  const validToken = (given: string) => {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  /**
   * GET /attachments/<id>?token=… (the browser's stand-in for "open with the default program")
   * and GET /downloads/<id>?token=… (an export or backup the core wrote for this tab).
   * The token rides in the query (a plain link cannot send headers); the file is always a
   * download (never rendered in the page) and never sniffed into another type.
   */
  async function handleDownload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, channel: 'attachments.locate' | 'files.download', id: number | string): Promise<void> {
    const fail = (status: number, message: string) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(message);
    if (req.method !== 'GET') return void fail(405, '只接受 GET 请求。');
    if (!validToken(url.searchParams.get('token') ?? '')) return void fail(401, '访问口令无效。请回到落实页面重新下载。');
    const input = typeof id === 'number' ? { id: Number.isInteger(id) && id > 0 ? id : -1 } : { id };
    const r = await opts.dispatch(channel, input);
    if (!r.ok) return void fail(r.error.code === 'NOT_FOUND' ? 404 : r.error.code === 'LOCKED' ? 423 : 400, r.error.message);
    const f = r.value as { path: string; name: string; mime: string };
    res.writeHead(200, {
      'content-type': f.mime,
      'content-length': String((await fs.stat(f.path)).size),
      'content-disposition': contentDisposition(f.name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'no-store',
    });
    createReadStream(f.path).on('error', () => res.destroy()).pipe(res);
  }

  /**
   * POST /uploads (token header, the file as the raw body, its name in x-file-name): a file the
   * user chose to restore from, streamed to a private temp folder, since a backup is far larger
   * than a JSON upload. Answers the path for backup.verify / backup.restore; one upload is kept
   * at a time, and none after the host closes.
   */
  let uploadDir: string | null = null;
  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: '只接受 POST 请求。' } });
    if (!validToken(String(req.headers['x-luoshi-token'] ?? ''))) return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: '访问口令无效。请使用启动时显示的完整网址（含 token）重新打开。' } });
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return send(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝来自其他网页的请求。' } });
    let name: string;
    try {
      name = path.basename(decodeURIComponent(String(req.headers['x-file-name'] ?? ''))).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 200) || 'upload';
    } catch {
      name = 'upload';
    }
    if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
    uploadDir = mkdtempSync(path.join(os.tmpdir(), 'luoshi-upload-'));
    const file = path.join(uploadDir, name);
    try {
      await pipeline(req, createWriteStream(file, { mode: 0o600 }));
    } catch {
      return send(res, 400, { ok: false, error: { code: 'BAD_FILE', message: '文件没有上传完整，请重新选择。' } });
    }
    send(res, 200, { ok: true, value: { path: file, name, size: (await fs.stat(file)).size } });
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: '只接受 POST 请求。' } });
    if (!validToken(String(req.headers['x-luoshi-token'] ?? ''))) {
      return send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: '访问口令无效。请使用启动时显示的完整网址（含 token）重新打开。' } });
    }
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return send(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝来自其他网页的请求。' } });
    }
    const raw = await readBody(req);
    if (raw === null) return send(res, 413, { ok: false, error: { code: 'VALIDATION', message: '上传的内容太大，请选择更小的文件。' } });
    let input: unknown;
    try {
      input = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: '请求内容不是有效的 JSON。' } });
    }
    send(res, 200, await opts.dispatch(decodeURIComponent(channel), input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
          resolve();
        }),
      ),
  };
}

/** attachment; with an ASCII fallback and the real (Chinese) name as RFC 5987 filename*. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
