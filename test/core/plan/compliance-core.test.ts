import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORD_KINDS } from '../../../shared/ledger/record-kinds';
import { describe, expect, it } from 'vitest';
import type { ComplianceView, EvidencePage } from '../../../shared/contract/compliance';
import { getCompliance } from '../../../electron/core/compliance/service';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { PlanView } from '../../../shared/domain/plan';
import { runCli } from '../../../electron/core/cli/run';
import type { CliIO } from '../../../electron/core/cli/io';
import { createCore } from '../../../electron/core';
import { call, tmpCore, tmpDir } from '../../helpers/tmp';

const SAMPLE = fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url));
type Core = ReturnType<typeof tmpCore>;

async function setup(core: Core) {
  await call(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
  await call(core, 'members.create', { name: '王秀英', partyRole: 'member', termStart: '2022-07-01' });
  const p = await call<PlanPreview>(core, 'plan.parse', { fileName: 'a.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
  return call<PlanView>(core, 'plan.save', { year: 2022, plan: p.plan, duties: p.duties });
}

/** Writes a meeting the way the meetings feature does (we only read these tables). */
function meeting(core: Core, typeName: string, date: string, present: number[], status = 'held') {
  const db = core.ctx.db;
  const type = db.prepare('SELECT id FROM meeting_types WHERE name = ?').get(typeName) as { id: number };
  const seq = (db.prepare('SELECT count(*) n FROM meetings').get() as { n: number }).n + 1;
  const id = Number(
    db.prepare("INSERT INTO meetings (type_id, year, seq, title, date, status, created_at, updated_at) VALUES (?, 2022, ?, ?, ?, ?, 'x', 'x')").run(type.id, seq, `${typeName}${seq}`, date, status).lastInsertRowid,
  );
  for (const m of present) db.prepare("INSERT INTO meeting_attendees (meeting_id, member_id, name, status) VALUES (?, ?, 'x', 'present')").run(id, m);
  return `meeting:${id}`;
}

function record(core: Core, kind: string, date: string, members: number[]) {
  const db = core.ctx.db;
  const id = Number(db.prepare("INSERT INTO records (kind, title, date, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')").run(kind, `${kind} 记录`, date).lastInsertRowid);
  for (const m of members) db.prepare('INSERT INTO record_members (record_id, member_id) VALUES (?, ?)').run(id, m);
  return `record:${id}`;
}

const getComplianceOf = (core: Core) => getCompliance(core.ctx, { year: 2022, date: '2022-09-01' });
const dutyOf = (v: ComplianceView, kind: string) => v.result.duties.find((d) => d.kind === kind)!;

describe('compliance from the database', () => {
  it('with nothing recorded: past months overdue, later ones not started', async () => {
    const core = tmpCore();
    await setup(core);
    const v = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-04-05' });
    const meetings = dutyOf(v, 'party-group-meeting');
    expect(meetings.periods.map((p) => p.status).slice(0, 6)).toEqual(['overdue', 'overdue', 'overdue', 'in-progress', 'not-started', 'not-started']);
    expect(v.result.duties.every((d) => d.done === 0)).toBe(true);
  });

  it('counts held meetings and records of the right kind, date and person; links and unlinks by hand', async () => {
    const core = tmpCore();
    await setup(core);
    const jan = meeting(core, '党组会议', '2022-01-28', [1]);
    meeting(core, '党组会议', '2022-02-10', [1], 'cancelled'); // cancelled: no credit
    const mar = meeting(core, '党组会议', '2022-03-31', [1]); // last day of the quarter
    record(core, 'party-lecture', '2022-06-30', [1]);
    record(core, 'party-lecture', '2022-08-01', [2]);
    const other = record(core, 'other', '2022-02-15', []);
    let v = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-09-01' });
    const m = dutyOf(v, 'party-group-meeting');
    expect(m.periods.slice(0, 3).map((p) => [p.done, p.status])).toEqual([[1, 'done'], [0, 'overdue'], [1, 'done']]);
    expect(m.periods[0]!.evidence).toEqual([jan]);
    expect(m.periods[2]!.evidence).toEqual([mar]);
    // 王秀英 joined in July: she owes 1 of the 2 yearly lectures and has given it
    const lecture = dutyOf(v, 'party-lecture');
    expect(lecture.members!.map((r) => [r.name, r.done, r.required])).toEqual([['张建国', 1, 2], ['王秀英', 1, 1]]);
    // The view carries only the evidence it counts; the rest is asked for by date range.
    expect(v.evidence.map((e) => e.ref)).not.toContain(other);
    const page = await call<EvidencePage>(core, 'compliance.evidence', { from: '2022-02-01', to: '2022-02-28' });
    expect(page.items.map((e) => e.ref)).toEqual([other]); // the cancelled meeting is no evidence

    await call(core, 'compliance.link', { dutyId: m.dutyId, ref: other, mode: 'link' });
    await call(core, 'compliance.link', { dutyId: m.dutyId, ref: jan, mode: 'unlink' });
    v = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-09-01' });
    expect(dutyOf(v, 'party-group-meeting').periods.slice(0, 2).map((p) => p.evidence)).toEqual([[], [other]]);
    expect(v.evidence.map((e) => e.ref)).toEqual(expect.arrayContaining([other, jan])); // linked and unlinked refs keep their titles
    await call(core, 'compliance.link', { dutyId: m.dutyId, ref: jan, mode: 'clear' });
    v = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-09-01' });
    expect(dutyOf(v, 'party-group-meeting').periods[0]!.evidence).toEqual([jan]);
    const bad = await core.dispatch('compliance.link', { dutyId: m.dutyId, ref: 'record:999', mode: 'link' });
    expect(!bad.ok && bad.error.message).toContain('找不到该会议或台账');
  });

  it('sees every write, through a handler or straight into the tables, although it caches the year', async () => {
    const core = tmpCore();
    await setup(core);
    const done = async () => dutyOf(await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-09-01' }), 'party-group-meeting').done;
    expect(await done()).toBe(0);
    meeting(core, '党组会议', '2022-01-28', [1]);
    expect(await done()).toBe(1);
    // Another connection to the same file (another window, the CLI) commits a meeting.
    const other = createCore({ dataFile: core.ctx.dataFile, operator: 'other' });
    meeting(other, '党组会议', '2022-02-28', [1]);
    other.close();
    expect(await done()).toBe(2);
    // Rolled back inside a transaction: never cached.
    expect(() =>
      core.ctx.db.transaction(() => {
        meeting(core, '党组会议', '2022-03-28', [1]);
        expect(dutyOf(getComplianceOf(core), 'party-group-meeting').done).toBe(3);
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(await done()).toBe(2);
  });

  it('lists evidence of a date range by kind and title word, with the total when cut', async () => {
    const core = tmpCore();
    await setup(core);
    record(core, 'talk', '2022-03-01', [1]);
    record(core, 'talk', '2022-03-02', [1]);
    record(core, 'party-lecture', '2022-03-02', [1]);
    const held = meeting(core, '党组会议', '2022-03-02', [1]);
    const page = await call<EvidencePage>(core, 'compliance.evidence', { from: '2022-03-01', to: '2022-03-31', limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((e) => e.date)).toEqual(['2022-03-01', '2022-03-02']);
    const talks = await call<EvidencePage>(core, 'compliance.evidence', { from: '2022-03-01', to: '2022-03-31', kind: 'talk' });
    expect([talks.total, talks.items.every((e) => e.kind === 'talk')]).toEqual([2, true]);
    const byWord = await call<EvidencePage>(core, 'compliance.evidence', { from: '2022-01-01', to: '2022-12-31', q: '党组会议' });
    expect(byWord.items.map((e) => e.ref)).toEqual([held]);
    const bad = await core.dispatch('compliance.evidence', { from: '2022-03-31', to: '2022-03-01' });
    expect(!bad.ok && bad.error.message).toContain('开始日期不能晚于结束日期');
    const long = await core.dispatch('compliance.evidence', { from: '2020-01-01', to: '2022-03-01' });
    expect(!long.ok && long.error.message).toContain('不能超过一年');
  });

  it('keeps links and unlinks made by hand when the plan of the year is imported again', async () => {
    const core = tmpCore();
    await setup(core);
    const jan = meeting(core, '党组会议', '2022-01-28', [1]);
    const other = record(core, 'other', '2022-02-15', []);
    const before = dutyOf(await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-09-01' }), 'party-group-meeting');
    await call(core, 'compliance.link', { dutyId: before.dutyId, ref: other, mode: 'link' });
    await call(core, 'compliance.link', { dutyId: before.dutyId, ref: jan, mode: 'unlink' });

    const p = await call<PlanPreview>(core, 'plan.parse', { fileName: 'a.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
    await call<PlanView>(core, 'plan.save', { year: 2022, plan: p.plan, duties: p.duties, replace: true });
    const after = dutyOf(await call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-09-01' }), 'party-group-meeting');
    expect(after.dutyId).not.toBe(before.dutyId);
    expect(after.periods.slice(0, 2).map((x) => x.evidence)).toEqual([[], [other]]);
  });

  it('says so when the year has no plan', async () => {
    const core = tmpCore();
    const v = await call<ComplianceView>(core, 'compliance.get', { year: 2030, date: '2030-01-01' });
    expect(v.hasPlan).toBe(false);
    expect(v.result.duties).toEqual([]);
  });
});

function io(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), readStdin: async () => '', now: () => new Date('2022-06-15T08:00:00Z'), env: {} };
}

describe('CLI: plan import and duties status', () => {
  it('prints the fixed JSON shape on --dry-run and saves nothing', async () => {
    const db = path.join(tmpDir(), 'l.db');
    const o = io();
    expect(await runCli(['plan', 'import', SAMPLE, '--year', '2022', '--json', '--dry-run', '--db', db], o)).toBe(0);
    const out = JSON.parse(o.stdout.join('\n'));
    expect(Object.keys(out)).toEqual(['title', 'sections', 'duties']);
    expect(out.sections).toHaveLength(5);
    expect(out.sections[0].items[0]).toMatchObject({ no: '1', title: '严守政治纪律规矩' });
    expect(out.duties[0]).toEqual({ item: '1', kind: 'party-group-meeting', frequency: 'month', minCount: 1, scope: 'group', deadline: null, source: '坚持每月至少召开一次党组会议' });
    expect(fs.existsSync(db)).toBe(false);
  });

  it('imports, refuses a second import without --replace, and prints statuses', async () => {
    const db = path.join(tmpDir(), 'l.db');
    expect(await runCli(['plan', 'import', SAMPLE, '--year', '2022', '--db', db], io())).toBe(0);
    const again = io();
    expect(await runCli(['plan', 'import', SAMPLE, '--year', '2022', '--db', db], again)).toBe(5);
    expect(again.stderr.join('')).toContain('--replace');
    expect(await runCli(['plan', 'import', SAMPLE, '--year', '2022', '--replace', '--db', db], io())).toBe(0);
    const o = io();
    expect(await runCli(['duties', 'status', '--year', '2022', '--date', '2022-04-05', '--json', '--db', db], o)).toBe(0);
    const status = JSON.parse(o.stdout.join('\n'));
    expect(status.duties).toHaveLength(11);
    const meetings = status.duties.find((d: { kind: string }) => d.kind === 'party-group-meeting');
    expect(meetings.status).toBe('overdue');
    expect(meetings.periods[3]).toMatchObject({ key: '2022-04', due: '2022-04-30', status: 'in-progress' });
  });

  it('rejects a bad file with a Chinese message and exit code 5', async () => {
    const dir = tmpDir();
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const o = io();
    expect(await runCli(['plan', 'import', empty, '--year', '2022', '--dry-run'], o)).toBe(5);
    expect(o.stderr.join('')).toContain('空的');
  });

  it('demo generate includes the sample plan with confirmed duties for the demo year', async () => {
    const db = path.join(tmpDir(), 'demo.db');
    const o = io();
    expect(await runCli(['demo', 'generate', '--db', db, '--year', '2023', '--json'], o)).toBe(0);
    expect(JSON.parse(o.stdout.join('\n')).counts).toMatchObject({ plans: 1, duties: 11 });
    const core = createCore({ dataFile: db });
    try {
      const plan = (await core.dispatch('plan.get', { year: 2023 })) as { ok: true; value: PlanView };
      expect(plan.value.sections.flatMap((s) => s.items).every((i) => i.leadMemberId !== null)).toBe(true);
      // The demo 台账 holds only what a clerk can enter there: no meeting (党组会议书面传阅) counted as held.
      const kinds = core.ctx.db.prepare('SELECT DISTINCT kind FROM records').pluck().all() as string[];
      expect(kinds.filter((k) => !RECORD_KINDS.includes(k as (typeof RECORD_KINDS)[number]))).toEqual([]);
    } finally {
      core.close();
    }
  });
});
