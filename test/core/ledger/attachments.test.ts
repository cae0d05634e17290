import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/ledger';
import type { Attachment, RecordDetail, RecycleBin } from '../../../shared/ledger/types';
import { call, FIXED_NOW, TEST_SCRYPT, tmpCore, tmpDir } from '../../helpers/tmp';
import { b64, lecture, withPlan } from './fixtures';

const upload = (core: ReturnType<typeof tmpCore>, ownerId: number, fileName: string, content: string | Buffer, ownerType = 'record') =>
  call<Attachment>(core, 'attachments.upload', { ownerType, ownerId, fileName, dataBase64: b64(content) });
const stored = (core: ReturnType<typeof tmpCore>, sha: string) => path.join(core.ctx.dataDir, 'attachments', sha.slice(0, 2), sha);

describe('attachments', () => {
  it('stores content once under its hash (the backup layout), with name, size and type per row', async () => {
    const core = tmpCore();
    await withPlan(core);
    const r = await lecture(core, [1]);
    const a = await upload(core, r.id, '签到表扫描件.pdf', '%PDF-1.4 签到');
    const b = await upload(core, r.id, 'C:\\Users\\办公室\\照片/复印件.pdf', '%PDF-1.4 签到');
    expect(a.sha256).toBe(b.sha256);
    expect([a.name, b.name, a.mime, a.size]).toEqual(['签到表扫描件.pdf', '复印件.pdf', 'application/pdf', Buffer.byteLength('%PDF-1.4 签到')]);
    expect(fs.readFileSync(stored(core, a.sha256), 'utf8')).toBe('%PDF-1.4 签到');
    expect(fs.readdirSync(path.dirname(stored(core, a.sha256)))).toEqual([a.sha256]);
    const detail = await call<RecordDetail>(core, 'records.get', { id: r.id });
    expect([detail.attachments.length, detail.attachmentCount]).toEqual([2, 2]);
    const loc = await call<{ path: string; name: string }>(core, 'attachments.locate', { id: a.id });
    expect(loc).toMatchObject({ path: stored(core, a.sha256), name: '签到表扫描件.pdf' });
  });

  it('refuses files over the size limit and empty files with a clear message, storing nothing', async () => {
    const core = tmpCore();
    await withPlan(core);
    const r = await lecture(core, [1]);
    const big = await core.dispatch('attachments.upload', { ownerType: 'record', ownerId: r.id, fileName: '录像.mp4', dataBase64: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1).toString('base64') });
    expect(big.ok ? '' : big.error.message).toMatch(/超过 50(\.0)? MB/);
    const empty = await core.dispatch('attachments.upload', { ownerType: 'record', ownerId: r.id, fileName: '空.docx', dataBase64: '' });
    expect(empty.ok ? '' : empty.error.message).toMatch(/是空的/);
    expect(fs.existsSync(path.join(core.ctx.dataDir, 'attachments'))).toBe(false);
  });

  it('attaches a scan of the signed sign-in sheet to a meeting, even when the meeting is locked', async () => {
    const core = tmpCore();
    await withPlan(core);
    const types = await call<{ id: number; name: string }[]>(core, 'meetings.types', {});
    const m = await call<{ id: number }>(core, 'meetings.create', { typeId: types[0]!.id, date: '2022-03-10', status: 'held' });
    await call(core, 'meetings.lock', { id: m.id });
    const a = await upload(core, m.id, '签到表.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'meeting');
    expect(a.mime).toBe('image/jpeg');
    expect((await call<Attachment[]>(core, 'attachments.list', { ownerType: 'meeting', ownerId: m.id })).map((x) => x.name)).toEqual(['签到表.jpg']);
    const remove = await core.dispatch('attachments.remove', { id: a.id });
    expect(remove.ok ? '' : remove.error.message).toMatch(/已锁定/);
  });

  it('opens through the host opener with a temp copy under the original name; refuses executables; browser host says unsupported', async () => {
    const opened: string[] = [];
    const core = createCore({ dataFile: path.join(tmpDir(), 'luoshi.db'), now: FIXED_NOW, operator: 't', scrypt: TEST_SCRYPT, openPath: async (f) => (opened.push(f), '') });
    try {
      await call(core, 'members.create', { name: '张建国', partyRole: 'secretary' });
      const r = await call<RecordDetail>(core, 'records.create', { kind: 'other', title: '材料', date: '2022-03-05', data: {} });
      const doc = await upload(core, r.id, '学习计划.docx', 'PK docx');
      expect(await call(core, 'host.openAttachment', { id: doc.id })).toEqual({ supported: true });
      expect(path.basename(opened[0]!)).toBe('学习计划.docx');
      expect(opened[0]!.startsWith(core.ctx.dataDir)).toBe(false);
      expect(fs.readFileSync(opened[0]!, 'utf8')).toBe('PK docx');
      for (const [name, content] of [['setup.exe', 'whatever'], ['run.BAT', 'echo'], ['a.js', 'x'], ['快捷方式.lnk', 'x'], ['伪装.pdf', 'MZ\x90\x00']] as const) {
        const exe = await upload(core, r.id, name, content);
        const refused = await core.dispatch('host.openAttachment', { id: exe.id });
        expect(refused.ok ? '' : refused.error.message).toMatch(/不会打开可执行文件/);
      }
      expect(opened).toHaveLength(1);
    } finally {
      core.close();
    }
    const browser = tmpCore();
    await withPlan(browser);
    const r = await lecture(browser, [1]);
    const a = await upload(browser, r.id, 'a.pdf', '%PDF');
    expect(await call(browser, 'host.openAttachment', { id: a.id })).toEqual({ supported: false });
  });

  it('reports a file missing on disk instead of failing', async () => {
    const core = tmpCore();
    await withPlan(core);
    const r = await lecture(core, [1]);
    const a = await upload(core, r.id, '谈话记录.pdf', '%PDF 谈话');
    fs.rmSync(stored(core, a.sha256));
    const list = await call<Attachment[]>(core, 'attachments.list', { ownerType: 'record', ownerId: r.id });
    expect(list[0]!.missing).toBe(true);
    const loc = await core.dispatch('attachments.locate', { id: a.id });
    expect(loc.ok ? null : [loc.error.code, loc.error.message]).toEqual(['NOT_FOUND', expect.stringMatching(/找不到.*从备份恢复/)]);
    expect((await call<RecordDetail>(core, 'records.get', { id: r.id })).attachments[0]!.missing).toBe(true);
  });

  it('recycle bin: removed attachments and deleted records restore; emptying deletes rows and unreferenced files, audited', async () => {
    const core = tmpCore();
    await withPlan(core);
    const keep = await lecture(core, [1], { title: '保留的党课' });
    const gone = await lecture(core, [2], { title: '删除的党课' });
    const shared = await upload(core, keep.id, '共用.pdf', '%PDF 共用');
    await upload(core, gone.id, '共用副本.pdf', '%PDF 共用'); // same content as a kept file
    const own = await upload(core, gone.id, '独有.pdf', '%PDF 独有');
    const removed = await upload(core, keep.id, '误传.jpg', 'JPEG 误传');

    await call(core, 'attachments.remove', { id: removed.id });
    expect((await call<Attachment[]>(core, 'attachments.list', { ownerType: 'record', ownerId: keep.id })).map((a) => a.name)).toEqual(['共用.pdf']);
    await call(core, 'records.delete', { id: gone.id });
    let bin = await call<RecycleBin>(core, 'recycle.list', {});
    expect(bin.records.map((r) => r.title)).toEqual(['删除的党课']);
    expect(bin.attachments.map((a) => [a.name, a.ownerTitle])).toEqual([['误传.jpg', '保留的党课']]);

    await call(core, 'attachments.restore', { id: removed.id });
    await call(core, 'attachments.remove', { id: removed.id });
    const done = await call<{ records: number; attachments: number; files: number }>(core, 'recycle.empty', {});
    expect(done).toEqual({ records: 1, attachments: 3, files: 2 });
    expect(fs.existsSync(stored(core, shared.sha256))).toBe(true);
    expect(fs.existsSync(stored(core, own.sha256))).toBe(false);
    expect(fs.existsSync(stored(core, removed.sha256))).toBe(false);
    bin = await call<RecycleBin>(core, 'recycle.list', {});
    expect([bin.records.length, bin.attachments.length]).toEqual([0, 0]);
    expect((await core.dispatch('records.get', { id: gone.id })).ok).toBe(false);
    expect(core.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'recycle.empty'").pluck().get()).toMatch(/台账 1 条、附件 3 个/);
    expect(core.ctx.db.prepare('SELECT count(*) FROM record_members WHERE record_id = ?').pluck().get(gone.id)).toBe(0);
  });
});
