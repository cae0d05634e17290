import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { tmpCore, tmpDir } from '../helpers/tmp';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host!.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function start() {
  const core = tmpCore();
  const renderer = tmpDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>落实</title>');
  host = await startWebHost({ dispatch: core.dispatch, rendererDir: renderer });
  return { core, host };
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only and answers the contract with the session token', async () => {
    const { host: h } = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    const r = await request({ path: '/api/members.create', method: 'POST', headers: { 'x-luoshi-token': h.token, 'content-type': 'application/json' }, body: JSON.stringify({ name: '张建国' }) });
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: '张建国' } });
  });

  it('refuses API calls without the token, from other origins, and with other Host headers', async () => {
    const { host: h, core } = await start();
    const body = JSON.stringify({ name: '入侵者' });
    expect((await request({ path: '/api/members.create', method: 'POST', body })).status).toBe(401);
    expect((await request({ path: '/api/members.create', method: 'POST', headers: { 'x-luoshi-token': 'wrong' }, body })).status).toBe(401);
    expect((await request({ path: '/api/members.create', method: 'POST', headers: { 'x-luoshi-token': h.token, origin: 'http://evil.example' }, body })).status).toBe(403);
    expect((await request({ path: '/api/members.create', method: 'POST', headers: { 'x-luoshi-token': h.token, host: 'evil.example' }, body })).status).toBe(421);
    expect(core.ctx.db.prepare('SELECT count(*) n FROM members').get()).toEqual({ n: 0 });
  });

  it('answers bad JSON and unknown channels with the envelope, and serves no file outside the renderer', async () => {
    const { host: h } = await start();
    const bad = await request({ path: '/api/members.create', method: 'POST', headers: { 'x-luoshi-token': h.token }, body: '{not json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await request({ path: '/api/db.exec', method: 'POST', headers: { 'x-luoshi-token': h.token }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await request({ path: '/..%2f..%2fetc%2fpasswd' })).status).toBe(403);
  });
});
