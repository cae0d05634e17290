import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attachment, RecordDetail } from '../../shared/ledger/types';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { call, tmpCore, tmpDir } from '../helpers/tmp';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

describe('browser host: attachment download', () => {
  it('serves the stored file as a download with the token in the query; refuses without it; reports a missing file', async () => {
    const core = tmpCore();
    const renderer = tmpDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    host = await startWebHost({ dispatch: core.dispatch, rendererDir: renderer });
    const r = await call<RecordDetail>(core, 'records.create', { kind: 'other', title: '材料', date: '2022-03-05', data: {} });
    const html = '<html><script>alert(1)</script></html>';
    const a = await call<Attachment>(core, 'attachments.upload', { ownerType: 'record', ownerId: r.id, fileName: '会议 "纪要".html', dataBase64: Buffer.from(html).toString('base64') });
    const base = `http://127.0.0.1:${host.port}/attachments/${a.id}`;

    const ok = await fetch(`${base}?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe(html);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = ok.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[ -!#-~]+\.html"; filename\*=UTF-8''/);
    expect(a.name).toBe('会议 _纪要_.html'); // characters Windows forbids in names are replaced
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(a.name);

    expect((await fetch(base)).status).toBe(401);
    expect((await fetch(`${base}?token=wrong`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${host.port}/attachments/999?token=${host.token}`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${host.port}/attachments/abc?token=${host.token}`)).status).toBe(400);

    fs.rmSync(path.join(core.ctx.dataDir, 'attachments', a.sha256.slice(0, 2), a.sha256));
    const missing = await fetch(`${base}?token=${host.token}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/找不到/);
  });
});
