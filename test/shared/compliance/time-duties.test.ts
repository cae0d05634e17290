import { describe, expect, it } from 'vitest';
import { computeCompliance, type EngineDuty, type EngineEvidence, type EngineMember } from '../../../shared/compliance/engine';
import { durationIn, figureOf, proratedAmount, timeNeedOf, unstatedText } from '../../../shared/compliance/time-duties';

describe('duties measured in time', () => {
  it('a days or 学时 duty needs its amount; a counted duty needs none', () => {
    expect(timeNeedOf({ measure: 'days', amount: 12 })).toEqual({ measure: 'days', amount: 12 });
    expect(timeNeedOf({ measure: 'hours', amount: 40 })).toEqual({ measure: 'hours', amount: 40 });
    expect(timeNeedOf({ measure: 'count', amount: null })).toBeNull();
    expect(timeNeedOf({ measure: 'days', amount: null })).toBeNull();
    expect(timeNeedOf({})).toBeNull();
  });
  it('days and 学时 are never converted: a record with only days adds nothing to a 学时 duty', () => {
    expect(durationIn({ durationDays: 1.5 }, 'days')).toBe(1.5);
    expect(durationIn({ durationDays: 1.5 }, 'hours')).toBeNull();
    expect(durationIn({ durationDays: null, durationHours: 4 }, 'hours')).toBe(4);
    expect(durationIn({}, 'days')).toBeNull();
  });
  it('a partial term owes a share of the time, rounded up to half a unit', () => {
    expect(proratedAmount(12, 12, 12)).toBe(12);
    expect(proratedAmount(12, 5, 12)).toBe(5);
    expect(proratedAmount(5, 1, 12)).toBe(0.5);
    expect(proratedAmount(20, 7, 12)).toBe(12); // 11.67 → 12
    expect(proratedAmount(0, 7, 12)).toBe(0);
  });
  it('figures carry their unit, counts stay as they were', () => {
    expect(figureOf({ done: 8.5, required: 12, measure: 'days' })).toBe('8.5/12 天');
    expect(figureOf({ done: 30, required: 40, measure: 'hours' })).toBe('30/40 学时');
    expect(figureOf({ done: 3, required: 4 })).toBe('3/4');
    expect(unstatedText(2, 'days')).toBe('2 条记录未填时长（天），未计入');
    expect(unstatedText(0, 'days')).toBe('');
  });
});

describe('the engine on a member duty measured in days', () => {
  const members: EngineMember[] = [
    { id: 1, name: '王某某', partyRole: 'deputy', termStart: '2021-01-01', termEnd: null, sortOrder: 1 },
    { id: 2, name: '李某某', partyRole: 'member', termStart: '2022-07-01', termEnd: null, sortOrder: 2 },
  ];
  // "班子成员每年蹲点调研不少于20天，形成调研报告不少于2篇": 20 days over at least 2 reports.
  const duty: EngineDuty = { id: 1, itemNo: '1', kind: 'research-report', title: '每年调研不少于20天', frequency: 'year', minCount: 2, scope: 'each-member', deadline: null, measure: 'days', amount: 20 };
  const ev = (ref: string, date: string, memberIds: number[], durationDays?: number): EngineEvidence => ({ ref, kind: 'research-report', date, memberIds, title: ref, durationDays });
  const run = (evidence: EngineEvidence[]) => computeCompliance({ year: 2022, today: '2022-12-01', duties: [duty], members, evidence }).duties[0]!;

  it('each member sums their own days; a half-year member owes half; enough days in one report is not enough reports', () => {
    const d = run([ev('record:1', '2022-03-01', [1], 15), ev('record:2', '2022-05-01', [1], 5), ev('record:3', '2022-08-01', [2], 10), ev('record:4', '2022-09-01', [2])]);
    const [wang, li] = d.members!;
    expect(wang!.periods[0]).toMatchObject({ done: 20, required: 20, events: 2, minEvents: 2, unstated: 0, status: 'done' });
    expect(li!.periods[0]).toMatchObject({ done: 10, required: 10, events: 2, minEvents: 1, unstated: 1, status: 'done' });
    expect([wang!.measure, wang!.done, wang!.required, li!.done, li!.required]).toEqual(['days', 20, 20, 10, 10]);
    expect(d).toMatchObject({ measure: 'days', amount: 20, done: 30, required: 30, unstated: 1, status: 'done' });

    // 20 days in one report: the days are there, the second report is not.
    const one = run([ev('record:1', '2022-03-01', [1], 20)]).members![0]!;
    expect(one.periods[0]).toMatchObject({ done: 20, events: 1, minEvents: 2, status: 'in-progress' });
  });

  it('a counted duty keeps its shape: no time fields at all', () => {
    const counted = computeCompliance({ year: 2022, today: '2022-12-01', duties: [{ ...duty, measure: 'count', amount: null }], members, evidence: [ev('record:1', '2022-03-01', [1], 15)] }).duties[0]!;
    expect(counted).not.toHaveProperty('measure');
    expect(counted.periods[0]).not.toHaveProperty('events');
    expect(counted.members![0]).toMatchObject({ done: 1, required: 2 });
  });
});

describe('totals over several duties', () => {
  it('a time duty adds its periods to the item, member and year totals, never days to counts', () => {
    const members: EngineMember[] = [{ id: 1, name: '王某某', partyRole: 'deputy', termStart: '2021-01-01', termEnd: null, sortOrder: 1 }];
    const duties: EngineDuty[] = [
      { id: 1, itemNo: '1', kind: 'study-group', title: '全年累计集中学习不少于12天', frequency: 'year', minCount: 1, scope: 'group', deadline: null, measure: 'days', amount: 12 },
      { id: 2, itemNo: '1', kind: 'party-group-meeting', title: '每季度召开党组会议', frequency: 'quarter', minCount: 1, scope: 'group', deadline: null },
      { id: 3, itemNo: '2', kind: 'research-report', title: '每年调研不少于20天', frequency: 'year', minCount: 1, scope: 'each-member', deadline: null, measure: 'days', amount: 20 },
    ];
    const e = (ref: string, kind: EngineEvidence['kind'], date: string, durationDays?: number, memberIds: number[] = []): EngineEvidence => ({ ref, kind, date, memberIds, title: ref, durationDays });
    const r = computeCompliance({
      year: 2022, today: '2022-12-31', duties, members,
      evidence: [e('record:1', 'study-group', '2022-03-01', 4.5), e('meeting:1', 'party-group-meeting', '2022-02-01'), e('meeting:2', 'party-group-meeting', '2022-05-01'), e('record:2', 'research-report', '2022-06-01', 20, [1])],
    });
    expect(r.duties.map((d) => [d.done, d.required])).toEqual([[4.5, 12], [2, 4], [20, 20]]);
    expect(r.summary).toMatchObject({ done: 3, required: 6 }); // 0/1 + 2/4 + 1/1, not 26.5/36
    expect(r.summary.byItem.map((i) => [i.itemNo, i.done, i.required])).toEqual([['1', 2, 5], ['2', 1, 1]]);
    expect(r.summary.byMember[0]).toMatchObject({ done: 1, required: 1 });
    expect(r.summary.byMember[0]!.duties[0]).toMatchObject({ done: 20, required: 20, measure: 'days' });
  });
});
