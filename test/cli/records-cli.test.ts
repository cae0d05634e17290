import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordDetail } from '../../shared/ledger/types';
import { call, tmpCore, tmpDir } from '../helpers/tmp';
import { cli } from './helpers';

describe('npm run cli: records list', () => {
  it('prints the year’s live records in date order with the documented JSON fields, filtered by kind', async () => {
    const db = path.join(tmpDir(), 'luoshi.db');
    const core = tmpCore({ dataFile: db });
    await call(core, 'members.create', { name: '李明', partyRole: 'member' });
    const lecture = await call<RecordDetail>(core, 'records.create', {
      kind: 'party-lecture', title: '专题党课', date: '2022-03-05', memberIds: [1], data: { audience: '机关党支部', place: '三楼会议室' },
    });
    await call(core, 'attachments.upload', { ownerType: 'record', ownerId: lecture.id, fileName: '课件.pdf', dataBase64: Buffer.from('%PDF').toString('base64') });
    await call(core, 'records.create', { kind: 'talk', title: '提醒谈话', date: '2022-01-20', memberIds: [1], data: { subtype: 'reminder', talkee: '王五' } });
    await call(core, 'records.create', { kind: 'other', title: '去年的', date: '2021-12-31', data: {} });
    const deleted = await call<RecordDetail>(core, 'records.create', { kind: 'other', title: '删掉的', date: '2022-05-01', data: {} });
    await call(core, 'records.delete', { id: deleted.id });
    core.close();

    const r = await cli(['records', 'list', '--year', '2022', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.map((x) => x.title)).toEqual(['提醒谈话', '专题党课']);
    expect(Object.keys(rows[1]!)).toEqual(['id', 'kind', 'kindLabel', 'title', 'date', 'members', 'data', 'note', 'attachments', 'createdAt', 'updatedAt', 'reportPeriod', 'durationDays', 'durationHours']);
    expect(rows[1]).toMatchObject({ kind: 'party-lecture', kindLabel: '党课', date: '2022-03-05', members: [{ id: 1, name: '李明' }], attachments: 1 });
    expect(rows[0]).toMatchObject({ kind: 'talk', kindLabel: '提醒谈话', data: { subtype: 'reminder', talkee: '王五' } });

    const lectures = JSON.parse((await cli(['records', 'list', '--year', '2022', '--kind', 'party-lecture', '--json', '--db', db])).out) as unknown[];
    expect(lectures).toHaveLength(1);
    const text = await cli(['records', 'list', '--year', '2022', '--db', db]);
    expect(text.out.split('\n')[1]).toBe(`${lecture.id}\t2022-03-05\t党课\t专题党课\t李明`);

    expect((await cli(['records', 'list', '--json', '--db', db])).code).toBe(2);
    const badKind = await cli(['records', 'list', '--year', '2022', '--kind', 'lecture', '--db', db]);
    expect([badKind.code, badKind.err]).toEqual([2, expect.stringContaining('party-lecture（党课）')]);
  });
});
