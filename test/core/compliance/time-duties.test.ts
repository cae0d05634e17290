import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { ComplianceView } from '../../../shared/contract/compliance';
import type { DutyResult } from '../../../shared/compliance/types';
import type { MeetingDetail } from '../../../shared/domain/meetings';
import type { PlanView } from '../../../shared/domain/plan';
import type { RecordDetail } from '../../../shared/ledger/types';
import { cli } from '../../cli/helpers';
import { call, tmpCore } from '../../helpers/tmp';
import { NEW_YEAR } from '../reports/fixtures';

// Duties measured in time on a real SQLite file: the figure is the sum of the durations the counted
// records and meetings state, in the duty's unit; a piece without one adds nothing and is reported.

const PLAN = {
  title: '县政府党组2022年工作要点',
  preamble: '',
  sections: [{ no: '一', title: '加强理论武装', items: [{ no: '1', title: '抓好中心组学习', text: '全年累计集中学习不少于12天，每年集中学习不少于40学时。' }] }],
};
const DAYS = { item: '1', kind: 'study-group', title: '全年累计集中学习不少于12天', frequency: 'year', minCount: 1, scope: 'group', measure: 'days', amount: 12 };
const HOURS = { item: '1', kind: 'study-group', title: '每年集中学习不少于40学时', frequency: 'year', minCount: 1, scope: 'group', measure: 'hours', amount: 40 };

/** The plan, and a secretary so that meetings have someone to attend them. */
async function planWith(core: Core, duties: object[]): Promise<PlanView> {
  await call(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2021-01-01' });
  return call<PlanView>(core, 'plan.save', { year: 2022, plan: PLAN, duties });
}

const study = (core: Core, title: string, date: string, d: { durationDays?: number; durationHours?: number } = {}) =>
  call<RecordDetail>(core, 'records.create', { kind: 'study-group', title, date, ...d });

async function duty(core: Core, title: string, date = '2022-06-15'): Promise<DutyResult> {
  const view = await call<ComplianceView>(core, 'compliance.get', { year: 2022, date });
  return view.result.duties.find((d) => d.title === title)!;
}

describe('a duty measured in days', () => {
  it('sums the records’ days (0.5 + 1 + 3), counts nothing for a record without days and says how many', async () => {
    const core = tmpCore();
    await planWith(core, [DAYS]);
    await study(core, '学习党章（半天）', '2022-02-10', { durationDays: 0.5 });
    await study(core, '学习二十大报告', '2022-03-10', { durationDays: 1 });
    await study(core, '读书班', '2022-04-10', { durationDays: 3 });
    await study(core, '未填时长的学习', '2022-05-10');
    await study(core, '只填了学时的学习', '2022-05-20', { durationHours: 6 }); // 学时 are not days

    const d = await duty(core, DAYS.title);
    expect(d).toMatchObject({ measure: 'days', amount: 12, done: 4.5, required: 12, unstated: 2, status: 'in-progress' });
    expect(d.periods[0]).toMatchObject({ done: 4.5, required: 12, measure: 'days', events: 5, minEvents: 1, unstated: 2 });
    expect(d.periods[0]!.evidence).toHaveLength(5);

    // A 中心组学习 meeting states its days too: 4.5 + 7.5 reaches 12.
    const m = await call<MeetingDetail>(core, 'meetings.create', { typeId: 2, date: '2022-06-01', status: 'held', durationDays: 7.5 });
    expect(m.durationDays).toBe(7.5);
    expect(await duty(core, DAYS.title)).toMatchObject({ done: 12, required: 12, status: 'done', unstated: 2 });
  });

  it('filling the missing duration changes the figure; one short half day is not 已完成', async () => {
    const core = tmpCore();
    await planWith(core, [DAYS]);
    await study(core, '集中学习一周', '2022-03-07', { durationDays: 5 });
    const missing = await study(core, '集中学习', '2022-04-11');
    expect(await duty(core, DAYS.title)).toMatchObject({ done: 5, unstated: 1, status: 'in-progress' });
    await call(core, 'records.update', { id: missing.id, durationDays: 6.5 });
    expect(await duty(core, DAYS.title)).toMatchObject({ done: 11.5, unstated: 0, status: 'in-progress' });
    expect((await duty(core, DAYS.title, '2023-01-05')).status).toBe('overdue');
  });
});

describe('a duty measured in 学时, beside a days duty of the same kind', () => {
  it('counts a record only once it is linked, sums 学时 alone, and unlinking takes it off again', async () => {
    const core = tmpCore();
    await planWith(core, [DAYS, HOURS]);
    const both = await study(core, '学习贯彻党的二十大精神', '2022-03-10', { durationDays: 1, durationHours: 6 });
    const daysOnly = await study(core, '读书班', '2022-04-10', { durationDays: 3 });
    // Two duties ask for 中心组学习: nothing counts on a guess.
    expect(await duty(core, HOURS.title)).toMatchObject({ done: 0, required: 40, measure: 'hours', unstated: 0 });
    expect((await duty(core, HOURS.title)).suggested).toEqual([`record:${both.id}`, `record:${daysOnly.id}`]);

    const link = (dutyId: number, ref: string, mode: string) => call(core, 'compliance.link', { dutyId, ref, mode });
    const hoursId = (await duty(core, HOURS.title)).dutyId;
    const daysId = (await duty(core, DAYS.title)).dutyId;
    await link(hoursId, `record:${both.id}`, 'link');
    await link(hoursId, `record:${daysOnly.id}`, 'link');
    expect(await duty(core, HOURS.title)).toMatchObject({ done: 6, required: 40, unstated: 1 }); // 3 days are not turned into 学时
    await link(daysId, `record:${both.id}`, 'link');
    await link(daysId, `record:${daysOnly.id}`, 'link');
    expect(await duty(core, DAYS.title)).toMatchObject({ done: 4, unstated: 0 });

    await link(hoursId, `record:${both.id}`, 'unlink');
    expect(await duty(core, HOURS.title)).toMatchObject({ done: 0, unstated: 1 });
    expect(await duty(core, DAYS.title)).toMatchObject({ done: 4 });
  });
});

describe('durations through the contract and closed years', () => {
  it('refuses a duration out of bounds or not in half days, with a message, and changes nothing', async () => {
    const core = tmpCore();
    await planWith(core, [DAYS]);
    const r = await study(core, '集中学习', '2022-03-10', { durationDays: 2 });
    const refuse = async (patch: object) => {
      const res = await core.dispatch('records.update', { id: r.id, ...patch });
      expect(res.ok).toBe(false);
      return !res.ok ? res.error.message : '';
    };
    expect(await refuse({ durationDays: 0 })).toContain('时长（天）必须大于0');
    expect(await refuse({ durationDays: 367 })).toContain('时长（天）不能超过366天');
    expect(await refuse({ durationDays: 1.3 })).toContain('以0.5天为单位');
    expect(await refuse({ durationHours: 2001 })).toContain('时长（学时）不能超过2000学时');
    expect((await call<RecordDetail>(core, 'records.get', { id: r.id })).durationDays).toBe(2);
    // Clearing it is allowed: null is "not stated".
    expect((await call<RecordDetail>(core, 'records.update', { id: r.id, durationDays: null })).durationDays).toBeNull();
  });

  it('a duration edit in a closed year is refused by the service and by the database', async () => {
    const core = tmpCore({ now: NEW_YEAR });
    await planWith(core, [DAYS]);
    const r = await study(core, '集中学习', '2022-03-10', { durationDays: 2 });
    const m = await call<MeetingDetail>(core, 'meetings.create', { typeId: 2, date: '2022-05-10', status: 'held', durationDays: 1 });
    await call(core, 'years.close', { year: 2022 });
    const rec = await core.dispatch('records.update', { id: r.id, durationDays: 12 });
    expect(!rec.ok && rec.error.message).toMatch(/2022年度已关账/);
    const meet = await core.dispatch('meetings.update', { id: m.id, patch: { durationDays: 12 } });
    expect(!meet.ok && meet.error.message).toMatch(/2022年度已关账/);
    expect(() => core.ctx.db.prepare('UPDATE records SET duration_days = 12 WHERE id = ?').run(r.id)).toThrow(/已关账/);
    expect(() => core.ctx.db.prepare('UPDATE meetings SET duration_hours = 12 WHERE id = ?').run(m.id)).toThrow(/已关账/);
    expect(core.ctx.db.prepare('SELECT duration_days FROM records WHERE id = ?').pluck().get(r.id)).toBe(2);
  });
});

describe('duties status shows the same figure', () => {
  it('JSON adds measure, amount, unstated and figure; the text line prints 4.5/12 天', async () => {
    const core = tmpCore();
    const file = core.ctx.dataFile;
    await planWith(core, [DAYS, { item: '1', kind: 'party-group-meeting', title: '每月至少召开一次党组会议', frequency: 'month', minCount: 1, scope: 'group' }]);
    await study(core, '学习党章', '2022-02-10', { durationDays: 1.5 });
    await study(core, '读书班', '2022-04-10', { durationDays: 3 });
    await study(core, '未填时长的学习', '2022-05-10');
    const engine = await duty(core, DAYS.title);
    core.close();

    const { code, out } = await cli(['duties', 'status', '--year', '2022', '--date', '2022-06-15', '--json', '--db', file]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { duties: Record<string, unknown>[] };
    const time = json.duties.find((d) => d.title === DAYS.title)!;
    expect(time).toMatchObject({ done: 4.5, required: 12, measure: 'days', amount: 12, unstated: 1, figure: '4.5/12 天', status: engine.status });
    expect(time.periods).toEqual([expect.objectContaining({ done: 4.5, required: 12, measure: 'days', events: 3, minEvents: 1, unstated: 1 })]);
    // A counted duty prints exactly the fields it printed before.
    const counted = json.duties.find((d) => d.kind === 'party-group-meeting')!;
    expect(Object.keys(counted)).toEqual(['id', 'item', 'kind', 'title', 'frequency', 'minCount', 'scope', 'deadline', 'status', 'done', 'required', 'periods', 'members', 'suggested', 'rejected']);
    expect(Object.keys((counted.periods as object[])[0]!)).toEqual(['key', 'label', 'start', 'due', 'required', 'done', 'status', 'evidence']);

    const text = await cli(['duties', 'status', '--year', '2022', '--date', '2022-06-15', '--db', file]);
    expect(text.out).toContain('4.5/12 天\t全年累计集中学习不少于12天（1 条记录未填时长（天），未计入）');
  });
});
