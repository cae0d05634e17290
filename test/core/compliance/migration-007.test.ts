import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComplianceView } from '../../../shared/contract/compliance';
import { openDatabase, type DB } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { call, tmpCore, tmpDir } from '../../helpers/tmp';

// A file as the previous version (schema 6) left it: the office's meetings, records and hand-made
// links and unlinks. After migration 007 every piece counts where it counted before for the only
// duty of its kind, the links are all still there, and a document the clerk had unlinked from every
// list but one is confirmed for that one.

const AT = '2022-01-01T00:00:00.000Z';

type Named = 'secretary' | 'meetings' | 'lectures' | 'report' | 'studyPlan' | 'ideologyList' | 'strictList' | 'meeting' | 'lecture' | 'wrongReport' | 'report1' | 'curated' | 'once' | 'talk';

function previousVersionFile(): { file: string; ids: Record<Named, number> } {
  const file = path.join(tmpDir(), 'luoshi.db');
  const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
  expect(db.pragma('user_version', { simple: true })).toBe(6);
  const ids = {} as Record<Named, number>;
  const insert = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
  ids.secretary = insert("INSERT INTO members (name, party_role, sort_order, term_start, created_at, updated_at) VALUES ('张建国', 'secretary', 1, '2020-01-01', ?, ?)", AT, AT);
  const plan = insert("INSERT INTO plans (year, title, imported_at) VALUES (2022, '县政府党组2022年工作要点', ?)", AT);
  const duty = (kind: string, title: string, frequency: string, scope = 'group') =>
    insert('INSERT INTO duties (plan_id, kind, title, frequency, min_count, scope, created_at) VALUES (?, ?, ?, ?, 1, ?, ?)', plan, kind, title, frequency, scope, AT);
  ids.meetings = duty('party-group-meeting', '每月至少召开一次党组会议', 'month');
  ids.lectures = duty('party-lecture', '每年讲党课', 'year', 'each-member');
  ids.report = duty('report-to-committee', '每半年向县委报告1次意识形态工作情况', 'halfyear');
  ids.studyPlan = duty('deliverable', '制定党组理论学习中心组年度学习计划', 'year');
  ids.ideologyList = duty('deliverable', '制定印发本年度意识形态工作责任清单', 'year');
  ids.strictList = duty('deliverable', '制定印发党组全面从严治党主体责任清单', 'year');
  const record = (kind: string, title: string, date: string) => insert('INSERT INTO records (kind, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', kind, title, date, AT, AT);
  const type = db.prepare("SELECT id FROM meeting_types WHERE name = '党组会议'").pluck().get() as number;
  ids.meeting = insert("INSERT INTO meetings (type_id, year, seq, date, status, created_at, updated_at) VALUES (?, 2022, 1, '2022-01-20', 'held', ?, ?)", type, AT, AT);
  ids.lecture = record('party-lecture', '学习贯彻党的二十大精神', '2022-03-05');
  db.prepare("INSERT INTO record_members (record_id, member_id) VALUES (?, ?)").run(ids.lecture, ids.secretary);
  ids.wrongReport = record('report-to-committee', '关于2021年度全面从严治党的报告', '2022-01-20');
  ids.report1 = record('report-to-committee', '关于上半年意识形态工作情况的报告', '2022-07-05');
  ids.curated = record('deliverable', '县政府党组2022年全面从严治党主体责任清单', '2022-03-10');
  ids.once = record('deliverable', '县政府党组2022年意识形态工作责任清单', '2022-03-01');
  ids.talk = record('talk', '与县财政局局长谈心谈话', '2022-04-01');
  const link = (dutyId: number, ref: string, mode: string) => insert('INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, ?, ?)', dutyId, ref, mode, AT);
  link(ids.report, `record:${ids.wrongReport}`, 'unlink'); // the clerk took last year's report off by hand
  link(ids.meetings, `record:${ids.talk}`, 'link'); // a record of another kind linked by hand
  link(ids.studyPlan, `record:${ids.curated}`, 'unlink'); // unlinked from two of the three lists:
  link(ids.ideologyList, `record:${ids.curated}`, 'unlink'); // it counted for the third alone
  link(ids.studyPlan, `record:${ids.once}`, 'unlink'); // unlinked from one: still two in doubt
  db.close();
  return { file, ids };
}

const links = (db: DB) => db.prepare('SELECT duty_id AS dutyId, ref, mode FROM evidence_links ORDER BY id').all();

describe('migration 007 on a file of the previous version', () => {
  it('keeps every link and unlink, and what counted for the only duty of its kind still counts', async () => {
    const { file, ids } = previousVersionFile();
    const before = (() => {
      const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
      const l = links(db);
      db.close();
      return l;
    })();
    const core = tmpCore({ dataFile: file, now: () => new Date('2023-01-10T08:00:00Z') });
    const db = core.ctx.db;
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
    expect(db.prepare('SELECT count(*) FROM records WHERE report_period IS NOT NULL').pluck().get()).toBe(0);
    const after = links(db);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([{ dutyId: ids.strictList, ref: `record:${ids.curated}`, mode: 'link' }]);

    const v = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2023-01-01' });
    const of = (id: number) => v.result.duties.find((d) => d.dutyId === id)!;
    expect(of(ids.meetings).periods[0]!.evidence).toEqual([`meeting:${ids.meeting}`]);
    expect(of(ids.meetings).periods[3]!.evidence).toEqual([`record:${ids.talk}`]);
    expect(of(ids.lectures).members!.map((m) => [m.name, m.done])).toEqual([['张建国', 1]]);
    expect(of(ids.report).periods.map((p) => p.evidence)).toEqual([[], [`record:${ids.report1}`]]); // dated July, no 报告期 yet
    expect(of(ids.report).rejected).toEqual([`record:${ids.wrongReport}`]);
    expect([of(ids.strictList).done, of(ids.strictList).periods[0]!.evidence]).toEqual([1, [`record:${ids.curated}`]]);
    expect([of(ids.studyPlan).done, of(ids.ideologyList).done]).toEqual([0, 0]);
    expect(of(ids.ideologyList).suggested).toEqual([`record:${ids.once}`]);
    expect(of(ids.studyPlan).rejected).toEqual([`record:${ids.once}`, `record:${ids.curated}`]);

    // A 报告期 set after the migration moves the July report into the first half.
    db.prepare("UPDATE records SET report_period = '2022-H1' WHERE id = ?").run(ids.report1);
    const v2 = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2023-01-01' });
    expect(v2.result.duties.find((d) => d.dutyId === ids.report)!.periods.map((p) => p.evidence)).toEqual([[`record:${ids.report1}`], []]);
    expect(() => db.prepare("UPDATE records SET report_period = '2022-H3' WHERE id = ?").run(ids.report1)).toThrow(/CHECK/);
  });
});
