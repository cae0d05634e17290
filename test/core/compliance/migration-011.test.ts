import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComplianceView } from '../../../shared/contract/compliance';
import { openDatabase, type DB } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { call, tmpCore, tmpDir } from '../../helpers/tmp';

// A file as schema 10 left it: a 12-day study duty (the extractor's measure) with records and a
// meeting, one linked by hand. Migration 011 keeps every row and link; no piece has a duration yet,
// so the duty is 0/12 天 with every piece reported as not stated, never 已完成 on a guess.

const AT = '2022-01-01T00:00:00.000Z';

function schema10File() {
  const file = path.join(tmpDir(), 'luoshi.db');
  const { db } = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 10) });
  expect(db.pragma('user_version', { simple: true })).toBe(10);
  const insert = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
  insert("INSERT INTO members (name, party_role, sort_order, term_start, created_at, updated_at) VALUES ('张建国', 'secretary', 1, '2020-01-01', ?, ?)", AT, AT);
  const plan = insert("INSERT INTO plans (year, title, imported_at) VALUES (2022, '县政府党组2022年工作要点', ?)", AT);
  const duty = insert(
    "INSERT INTO duties (plan_id, kind, title, frequency, min_count, scope, measure, amount, created_at) VALUES (?, 'study-group', '全年累计集中学习不少于12天', 'year', 1, 'group', 'days', 12, ?)",
    plan,
    AT,
  );
  const record = (title: string, date: string) => insert("INSERT INTO records (kind, title, date, created_at, updated_at) VALUES ('study-group', ?, ?, ?, ?)", title, date, AT, AT);
  const r1 = record('学习党章', '2022-02-10');
  const r2 = record('读书班', '2022-04-10');
  const other = insert("INSERT INTO records (kind, title, date, created_at, updated_at) VALUES ('other', '专题研讨', '2022-05-10', ?, ?)", AT, AT);
  const type = db.prepare("SELECT id FROM meeting_types WHERE name = '理论学习中心组学习'").pluck().get() as number;
  const meeting = insert("INSERT INTO meetings (type_id, year, seq, date, status, created_at, updated_at) VALUES (?, 2022, 1, '2022-03-20', 'held', ?, ?)", type, AT, AT);
  insert("INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, 'link', ?)", duty, `record:${other}`, AT);
  const dump = (d: DB) => ({
    records: d.prepare('SELECT id, kind, title, date, data, note, report_period, deleted_at FROM records ORDER BY id').all(),
    meetings: d.prepare('SELECT id, type_id, date, status, start_time, end_time FROM meetings ORDER BY id').all(),
    links: d.prepare('SELECT duty_id, ref, mode FROM evidence_links ORDER BY id').all(),
  });
  const before = dump(db);
  db.close();
  return { file, duty, refs: [`record:${r1}`, `meeting:${meeting}`, `record:${r2}`, `record:${other}`], before, dump };
}

describe('migration 011 on a schema-10 file', () => {
  it('keeps records, meetings and links, leaves durations empty, and the time duty is 0/12 天 with 4 pieces to fill in', async () => {
    const { file, duty, refs, before, dump } = schema10File();
    const core = tmpCore({ dataFile: file });
    const db = core.ctx.db;
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(dump(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM records WHERE duration_days IS NOT NULL OR duration_hours IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM meetings WHERE duration_days IS NOT NULL OR duration_hours IS NOT NULL').pluck().get()).toBe(0);

    const v = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-06-15' });
    const d = v.result.duties.find((x) => x.dutyId === duty)!;
    expect(d.periods[0]!.evidence).toEqual(refs);
    expect(d).toMatchObject({ done: 0, required: 12, measure: 'days', unstated: 4, status: 'in-progress' });

    // The columns refuse what the contract refuses, for any other writer.
    expect(() => db.prepare('UPDATE records SET duration_days = 0.3 WHERE id = 1').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE meetings SET duration_hours = 0 WHERE id = 1').run()).toThrow(/CHECK/);
    db.prepare('UPDATE records SET duration_days = 2.5 WHERE id = 1').run();
    const v2 = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-06-16' });
    expect(v2.result.duties.find((x) => x.dutyId === duty)).toMatchObject({ done: 2.5, unstated: 3 });
  });
});
