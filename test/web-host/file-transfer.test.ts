import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobState } from '../../shared/contract/backup';
import { createCore, type Core } from '../../electron/core';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { call, FIXED_NOW, TEST_SCRYPT, tmpDir } from '../helpers/tmp';

let host: WebHost | null = null;
let core: Core | null = null;
afterEach(async () => {
  await host?.close();
  core?.close();
  host = null;
  core = null;
});

async function open() {
  core = createCore({ dataFile: path.join(tmpDir(), 'luoshi.db'), now: FIXED_NOW, operator: 'tester', scrypt: TEST_SCRYPT, backupWorkFactor: 10 });
  const renderer = tmpDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
  host = await startWebHost({ dispatch: core.dispatch, rendererDir: renderer });
  return { core, host, base: `http://127.0.0.1:${host.port}` };
}

async function finished<T>(c: Core, jobId: string): Promise<T> {
  for (;;) {
    const s = await call<JobState>(c, 'jobs.get', { jobId });
    if (s.status === 'done') return s.result as T;
    if (s.status === 'failed') throw new Error(s.error?.message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('browser host: exports and backups as downloads, restore files as uploads', () => {
  it('an export without a path becomes a download under the proposed Chinese name, token-protected', async () => {
    const { core, host, base } = await open();
    await call(core, 'unit.update', { name: '示例县人民政府党组', shortName: '示例县政府党组' });
    const started = await call<{ jobId: string; downloadId: string }>(core, 'reports.export', { report: 'attendance', year: 2022, format: 'xlsx' });
    expect(started.downloadId).toMatch(/^[0-9a-f]{32}$/);
    await finished(core, started.jobId);

    const url = `${base}/downloads/${started.downloadId}`;
    const res = await fetch(`${url}?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = res.headers.get('content-disposition')!;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('2022年度参会情况统计-示例县政府党组.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${url}?token=wrong`)).status).toBe(401);
    expect((await fetch(`${base}/downloads/${'0'.repeat(32)}?token=${host.token}`)).status).toBe(404);
    expect((await fetch(`${base}/downloads/..%2F..%2Fetc?token=${host.token}`)).status).toBe(400);
  });

  it('a backup downloaded, then chosen for restore: streamed up, verified, restored', async () => {
    const { core, host: web, base } = await open();
    await call(core, 'members.create', { name: '张建国', partyRole: 'secretary' });
    const started = await call<{ jobId: string; downloadId: string }>(core, 'backup.create', { passphrase: 'Backup#2022' });
    await finished(core, started.jobId);
    const res = await fetch(`${base}/downloads/${started.downloadId}?token=${web.token}`);
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe('落实备份-20220615.luoshi-backup');
    const bytes = Buffer.from(await res.arrayBuffer());

    const refused = await fetch(`${base}/uploads`, { method: 'POST', body: bytes });
    expect(refused.status).toBe(401);
    const up = await fetch(`${base}/uploads`, { method: 'POST', headers: { 'x-luoshi-token': web.token, 'x-file-name': encodeURIComponent('落实备份-20220615.luoshi-backup') }, body: bytes });
    const uploaded = ((await up.json()) as { ok: true; value: { path: string; name: string; size: number } }).value;
    expect(uploaded).toMatchObject({ name: '落实备份-20220615.luoshi-backup', size: bytes.length });
    expect(fs.readFileSync(uploaded.path).equals(bytes)).toBe(true);

    await call(core, 'members.create', { name: '李明', partyRole: 'member' });
    const verified = await finished<{ counts: Record<string, number> }>(core, (await call<{ jobId: string }>(core, 'backup.verify', { file: uploaded.path, passphrase: 'Backup#2022' })).jobId);
    expect(verified.counts.members).toBe(1);
    await finished(core, (await call<{ jobId: string }>(core, 'backup.restore', { file: uploaded.path, passphrase: 'Backup#2022' })).jobId);
    expect((await call<{ name: string }[]>(core, 'members.list', {})).map((m) => m.name)).toEqual(['张建国']);

    await web.close();
    host = null;
    expect(fs.existsSync(uploaded.path)).toBe(false); // the uploaded copy goes with the host
  });
});
