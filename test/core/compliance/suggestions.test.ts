import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ComplianceView } from '../../../shared/contract/compliance';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { PlanView } from '../../../shared/domain/plan';
import type { RecordDetail } from '../../../shared/ledger/types';
import { buildReport } from '../../../electron/core/reports/build';
import { cli } from '../../cli/helpers';
import { call, tmpCore, tmpDir } from '../../helpers/tmp';

// The sample plan's four documents to issue share the kind 'deliverable'; its half-yearly report
// to the county committee is the only 'report-to-committee'. Records are entered through dispatch,
// as the 台账 form does, on a real SQLite file.

const SAMPLE = fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url));
const AFTER_YEAR = () => new Date('2023-01-10T08:00:00Z');
const DAY = '2023-01-01'; // the engine's "today" for reports on a finished 2022
type Core = ReturnType<typeof tmpCore>;

async function setup(file = path.join(tmpDir(), 'luoshi.db')) {
  const core = tmpCore({ now: AFTER_YEAR, dataFile: file });
  await call(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
  const p = await call<PlanPreview>(core, 'plan.parse', { fileName: 'a.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
  const plan = await call<PlanView>(core, 'plan.save', { year: 2022, plan: p.plan, duties: p.duties });
  const duty = (title: string) => plan.duties.find((d) => d.title.includes(title))!.id;
  return { core, file, duty };
}

const record = (core: Core, kind: string, title: string, date: string, data: Record<string, unknown> = {}, reportPeriod: string | null = null) =>
  call<RecordDetail>(core, 'records.create', { kind, title, date, data, reportPeriod });

const get = (core: Core) => call<ComplianceView>(core, 'compliance.get', { year: 2022, date: DAY });
const figures = (v: ComplianceView) => Object.fromEntries(v.result.duties.map((d) => [d.title, `${d.done}/${d.required}`]));

async function enterYear(core: Core) {
  const plan = await record(core, 'deliverable', '县政府党组2022年党组理论学习中心组年度学习计划', '2022-02-15', { docType: 'study-plan' });
  const ideology = await record(core, 'deliverable', '关于印发《2022年意识形态工作责任清单》的通知', '2022-03-01', { docType: 'responsibility-list' });
  const strict = await record(core, 'deliverable', '县政府党组2022年全面从严治党主体责任清单', '2022-03-10', { docType: 'responsibility-list' });
  const lastYear = await record(core, 'report-to-committee', '关于2021年度全面从严治党主体责任落实情况的报告', '2022-01-20', {}, '2021');
  const firstHalf = await record(core, 'report-to-committee', '关于2022年上半年意识形态工作情况的报告', '2022-07-05', {}, '2022-H1');
  return { plan, ideology, strict, lastYear, firstHalf };
}

describe('evidence matched to the duty it proves', () => {
  it('documents are suggested, not counted; confirm, reject and undo through dispatch', async () => {
    const { core, duty } = await setup();
    const r = await enterYear(core);
    const ref = (x: RecordDetail) => `record:${x.id}`;
    const dutyOf = (v: ComplianceView, title: string) => v.result.duties.find((d) => d.dutyId === duty(title))!;

    let v = await get(core);
    for (const t of ['学习计划', '意识形态工作责任清单', '全面从严治党主体责任清单', '党风廉政建设主体责任清单']) {
      expect([t, dutyOf(v, t).done, dutyOf(v, t).status]).toEqual([t, 0, 'overdue']);
    }
    expect(dutyOf(v, '学习计划').suggested).toEqual([ref(r.plan)]);
    expect(dutyOf(v, '全面从严治党主体责任清单').suggested).toEqual([ref(r.strict)]);
    expect(dutyOf(v, '党风廉政建设主体责任清单').suggested).toEqual([]);
    // The suggestions come with their titles for the duty detail.
    expect(v.evidence.find((e) => e.ref === ref(r.strict))?.title).toBe('县政府党组2022年全面从严治党主体责任清单');
    // 报告期: the 上半年 report dated 7月5日 is the first half's; last year's January report is no one's.
    const report = dutyOf(v, '向县委报告');
    expect(report.periods.map((p) => [p.label, p.done, p.evidence])).toEqual([
      ['上半年', 1, [ref(r.firstHalf)]],
      ['下半年', 0, []],
    ]);
    // The record itself says which duties it is suggested to.
    expect((await call<RecordDetail>(core, 'records.get', { id: r.strict.id })).duties.map((d) => [d.title, d.mode])).toEqual([['制定印发党组全面从严治党主体责任清单', 'suggested']]);

    await call(core, 'compliance.link', { dutyId: duty('全面从严治党主体责任清单'), ref: ref(r.strict), mode: 'link' });
    v = await get(core);
    expect([dutyOf(v, '全面从严治党主体责任清单').done, dutyOf(v, '全面从严治党主体责任清单').status, dutyOf(v, '全面从严治党主体责任清单').suggested]).toEqual([1, 'done', []]);
    expect(dutyOf(v, '党风廉政建设主体责任清单').done).toBe(0);
    const listed = await call<{ rows: { id: number }[] }>(core, 'records.list', { dutyId: duty('全面从严治党主体责任清单') });
    expect(listed.rows.map((x) => x.id)).toEqual([r.strict.id]);

    await call(core, 'compliance.link', { dutyId: duty('学习计划'), ref: ref(r.plan), mode: 'unlink' });
    v = await get(core);
    expect([dutyOf(v, '学习计划').done, dutyOf(v, '学习计划').rejected, dutyOf(v, '学习计划').suggested]).toEqual([0, [ref(r.plan)], []]);
    await call(core, 'compliance.link', { dutyId: duty('学习计划'), ref: ref(r.plan), mode: 'clear' });
    v = await get(core);
    expect([dutyOf(v, '学习计划').rejected, dutyOf(v, '学习计划').suggested]).toEqual([[], [ref(r.plan)]]);
    const actions = core.ctx.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'evidence.%' ORDER BY id").pluck().all();
    expect(actions).toEqual(['evidence.link', 'evidence.unlink', 'evidence.clear']);
  });

  it('refuses a 报告期 of the wrong form or on a kind without one, in Chinese, and saves nothing', async () => {
    const { core } = await setup();
    const count = () => core.ctx.db.prepare('SELECT count(*) FROM records').pluck().get();
    const before = count();
    const bad = await core.dispatch('records.create', { kind: 'report-to-committee', title: '报告', date: '2022-07-05', reportPeriod: '2022-H3' });
    expect(bad.ok ? null : bad.error.message).toContain('报告期只能是某年的全年、上半年、下半年或某一季度');
    const talk = await core.dispatch('records.create', { kind: 'talk', title: '谈话', date: '2022-07-05', memberIds: [1], data: { talkee: '王五' }, reportPeriod: '2022-H1' });
    expect(talk.ok ? null : talk.error.message).toContain('没有报告期');
    expect(count()).toBe(before);
    const saved = await record(core, 'deliverable', '学习计划', '2021-12-20', {}, '2022');
    expect(saved.reportPeriod).toBe('2022');
    const edited = await call<RecordDetail>(core, 'records.update', { id: saved.id, kind: 'deliverable', title: '学习计划', date: '2021-12-20', reportPeriod: null });
    expect(edited.reportPeriod).toBeNull();
  });

  it('工作台, the reports and the CLI duties status show the same figures', async () => {
    const { core, file, duty } = await setup();
    const r = await enterYear(core);
    // A 下半年 report sent next January counts for 2022's second half wherever it is read.
    await record(core, 'report-to-committee', '关于2022年下半年意识形态工作情况的报告', '2023-01-06', {}, '2022-H2');
    await call(core, 'compliance.link', { dutyId: duty('学习计划'), ref: `record:${r.plan.id}`, mode: 'link' });
    const v = await get(core);
    const expected = figures(v);
    expect(expected).toMatchObject({ 制定党组理论学习中心组年度学习计划: '1/1', 制定印发本年度意识形态工作责任清单: '0/1', 制定印发落实党风廉政建设主体责任清单: '0/1', 每半年向县委报告1次意识形态工作情况: '2/2' });

    const ledger = buildReport(core.ctx, { report: 'ledger', year: 2022 });
    const rows = ledger.sections.flatMap((s) => s.rows ?? []).filter((row) => typeof row[1] === 'string' && row[3] !== null);
    expect(Object.fromEntries(rows.map((row) => [row[1], `${row[4]}/${row[3]}`]))).toEqual(expected);

    core.close();
    const out = await cli(['duties', 'status', '--year', '2022', '--date', DAY, '--json', '--db', file]);
    expect(out.code).toBe(0);
    const status = JSON.parse(out.out) as { duties: { title: string; done: number; required: number; suggested: string[]; rejected: string[] }[] };
    expect(Object.fromEntries(status.duties.map((d) => [d.title, `${d.done}/${d.required}`]))).toEqual(expected);
    expect(Object.keys(status.duties[0]!).slice(-2)).toEqual(['suggested', 'rejected']);
    expect(status.duties.find((d) => d.title.includes('意识形态工作责任清单'))!.suggested).toEqual([`record:${r.ideology.id}`]);
  });
});
