import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_STATUS_LABELS,
  TERM_RULE_TEXT,
  computeCompliance,
  proratedRequired,
  sortByUrgency,
  type ComplianceInput,
  type DutyResult,
  type EngineDuty,
  type EngineEvidence,
  type EngineMember,
} from '../../../shared/compliance/engine';
import { DUTY_KINDS, type DutyKind } from '../../../shared/domain/duties';

// ------------------------------------------------------------------ fixtures

const SECRETARY = 1;
const WANG = 2; // in office all year
const LI = 3; // joins 2022-07-01
const ZHAO = 4; // leaves 2022-06-30

const members: EngineMember[] = [
  { id: SECRETARY, name: '张书记', partyRole: 'secretary', termStart: null, termEnd: null, sortOrder: 1 },
  { id: WANG, name: '王某某', partyRole: 'deputy', termStart: '2021-01-01', termEnd: null, sortOrder: 2 },
  { id: LI, name: '李某某', partyRole: 'member', termStart: '2022-07-01', termEnd: null, sortOrder: 3 },
  { id: ZHAO, name: '赵某某', partyRole: 'member', termStart: '2019-05-01', termEnd: '2022-06-30', sortOrder: 4 },
];

let nextId = 1;
function duty(fields: Partial<EngineDuty> & Pick<EngineDuty, 'kind' | 'frequency'>): EngineDuty {
  return { id: nextId++, itemNo: '1', title: fields.kind, minCount: 1, scope: 'group', deadline: null, ...fields };
}

const ev = (ref: string, kind: DutyKind, date: string, memberIds: number[] = []): EngineEvidence => ({ ref, kind, date, memberIds, title: ref });

const monthlyMeeting = duty({ itemNo: '1', kind: 'party-group-meeting', frequency: 'month', title: '每月至少召开一次党组会议' });
const lectures = duty({ itemNo: '2', kind: 'party-lecture', frequency: 'year', minCount: 2, scope: 'each-member', title: '全年讲党课不少于2次' });
const inspections = duty({ itemNo: '7', kind: 'inspection', frequency: 'quarter', scope: 'each-member', title: '每季度督导检查至少1次' });
const secretaryTalks = duty({ itemNo: '2', kind: 'talk', frequency: 'halfyear', scope: 'secretary', title: '书记谈心谈话' });
const researchReports = duty({ itemNo: '14', kind: 'research-report', frequency: 'year', scope: 'each-member-except-secretary', title: '每人撰写调研报告' });
const responsibilityList = duty({ itemNo: '5', kind: 'deliverable', frequency: 'once', deadline: '03-31', title: '制定印发意识形态工作责任清单' });

function run(today: string, evidence: EngineEvidence[], extra: Partial<ComplianceInput> = {}) {
  return computeCompliance({
    year: 2022,
    today,
    dueSoonDays: 7,
    duties: [monthlyMeeting, lectures, inspections, secretaryTalks, researchReports, responsibilityList],
    members,
    evidence,
    ...extra,
  });
}

const find = (result: { duties: DutyResult[] }, d: EngineDuty): DutyResult => {
  const found = result.duties.find((r) => r.dutyId === d.id);
  if (!found) throw new Error(`duty ${d.id} missing`);
  return found;
};
const memberRow = (r: DutyResult, memberId: number) => r.members?.find((m) => m.memberId === memberId);
const statuses = (r: { periods: { key: string; status: string }[] }) => Object.fromEntries(r.periods.map((p) => [p.key, p.status]));

// ------------------------------------------------------------------ tests

describe('group duty statuses', () => {
  const meetings = [ev('meeting:1', 'party-group-meeting', '2022-01-10'), ev('meeting:3', 'party-group-meeting', '2022-03-31')];

  it('marks past empty months overdue, the current one in progress and later ones not started', () => {
    const r = find(run('2022-05-20', meetings), monthlyMeeting);
    expect(statuses(r)).toEqual({
      '2022-01': 'done',
      '2022-02': 'overdue',
      '2022-03': 'done',
      '2022-04': 'overdue', // the 03-31 meeting belongs to March only
      '2022-05': 'in-progress',
      '2022-06': 'not-started',
      '2022-07': 'not-started',
      '2022-08': 'not-started',
      '2022-09': 'not-started',
      '2022-10': 'not-started',
      '2022-11': 'not-started',
      '2022-12': 'not-started',
    });
    expect(r.periods[2]).toEqual({
      key: '2022-03',
      label: '3月',
      start: '2022-03-01',
      end: '2022-03-31',
      due: '2022-03-31',
      required: 1,
      done: 1,
      status: 'done',
      evidence: ['meeting:3'],
    });
    expect(r.status).toBe('overdue');
    expect(r.current?.key).toBe('2022-05');
    expect(r.overduePeriods).toBe(2);
    expect(r.nextDue).toBe('2022-02-28');
    expect([r.done, r.required]).toEqual([2, 12]);
  });

  it('turns the current period due-soon within dueSoonDays of its end', () => {
    expect(find(run('2022-05-23', meetings), monthlyMeeting).current?.status).toBe('in-progress'); // 8 days left
    expect(find(run('2022-05-24', meetings), monthlyMeeting).current?.status).toBe('due-soon'); // 7 days left
    expect(find(run('2022-05-31', meetings), monthlyMeeting).current?.status).toBe('due-soon');
    expect(find(run('2022-06-01', meetings), monthlyMeeting).periods[4]?.status).toBe('overdue');
  });

  it('counts evidence on the last day of February in common and leap years', () => {
    const feb = (year: number, date: string) =>
      computeCompliance({ year, today: `${year}-12-31`, duties: [monthlyMeeting], members, evidence: [ev('m', 'party-group-meeting', date)] })
        .duties[0]!.periods[1]!;
    expect(feb(2022, '2022-02-28')).toMatchObject({ end: '2022-02-28', done: 1, status: 'done' });
    expect(feb(2024, '2024-02-29')).toMatchObject({ end: '2024-02-29', done: 1, status: 'done' });
  });

  it('counts group evidence whoever is credited, only of the same kind, only in the year', () => {
    const r = find(
      run('2022-12-31', [
        ev('meeting:a', 'party-group-meeting', '2022-12-31', [WANG]),
        ev('record:b', 'study-group', '2022-11-10'),
        ev('meeting:c', 'party-group-meeting', '2021-12-31'),
        ev('meeting:d', 'party-group-meeting', '2023-01-01'),
      ]),
      monthlyMeeting,
    );
    expect(r.periods[11]).toMatchObject({ key: '2022-12', done: 1, evidence: ['meeting:a'] });
    expect(r.periods[10]?.done).toBe(0);
    expect(r.periods[0]?.done).toBe(0);
  });

  it('treats every period as not started before the year and overdue after it', () => {
    expect(find(run('2021-12-01', []), monthlyMeeting).status).toBe('not-started');
    const after = find(run('2023-02-01', []), monthlyMeeting);
    expect(after.overduePeriods).toBe(12);
    expect(after.current).toBeNull();
  });
});

describe('terms of office', () => {
  it('prorates a yearly duty for a member who joins in July (1 of 2 lectures)', () => {
    const r = find(run('2022-12-31', [ev('record:1', 'party-lecture', '2022-06-15', [LI]), ev('record:2', 'party-lecture', '2022-08-01', [LI])]), lectures);
    const li = memberRow(r, LI)!;
    expect(li.periods).toEqual([
      {
        key: '2022',
        label: '全年',
        start: '2022-07-01',
        end: '2022-12-31',
        due: '2022-12-31',
        required: 1,
        done: 1, // the June lecture predates the term
        status: 'done',
        evidence: ['record:2'],
      },
    ]);
    expect([li.done, li.required]).toEqual([1, 1]);
    expect(memberRow(r, WANG)?.required).toBe(2);
  });

  it('owes quarterly inspections only for quarters the term overlaps', () => {
    const r = find(run('2022-08-15', []), inspections);
    expect(memberRow(r, LI)?.periods.map((p) => p.key)).toEqual(['2022-Q3', '2022-Q4']);
    expect(memberRow(r, ZHAO)?.periods.map((p) => p.key)).toEqual(['2022-Q1', '2022-Q2']);
    expect(memberRow(r, WANG)?.periods).toHaveLength(4);
    // Q3 is owed by 张书记, 王某某 and 李某某; 赵某某 has left.
    expect(r.periods[2]).toMatchObject({ key: '2022-Q3', required: 3, done: 0, status: 'in-progress' });
    expect(r.periods[0]).toMatchObject({ key: '2022-Q1', required: 3, status: 'overdue' });
  });

  it('lets a member who leaves mid-year owe a prorated share due on the last day in office', () => {
    const evidence = [ev('record:7', 'party-lecture', '2022-07-05', [ZHAO])];
    const zhao = memberRow(find(run('2022-08-01', evidence), lectures), ZHAO)!;
    expect(zhao.periods[0]).toMatchObject({ start: '2022-01-01', end: '2022-06-30', due: '2022-06-30', required: 1, done: 0, status: 'overdue', evidence: [] });
    expect(zhao.status).toBe('overdue');
    const before = memberRow(find(run('2022-06-25', evidence), lectures), ZHAO)!;
    expect(before.periods[0]?.status).toBe('due-soon');
  });

  it('prorates by touched months, rounding up, at least one', () => {
    expect(TERM_RULE_TEXT).toContain('向上取整');
    expect(proratedRequired(2, 6, 12)).toBe(1);
    expect(proratedRequired(2, 7, 12)).toBe(2);
    expect(proratedRequired(2, 1, 12)).toBe(1);
    expect(proratedRequired(4, 12, 12)).toBe(4);
    expect(proratedRequired(3, 2, 6)).toBe(1);
    expect(proratedRequired(0, 6, 12)).toBe(0);
  });

  it('caps each member when summing a member duty, so one surplus cannot hide a shortfall', () => {
    const many = [1, 2, 3, 4].map((i) => ev(`record:w${i}`, 'party-lecture', `2022-0${i}-10`, [WANG]));
    const r = find(run('2022-12-31', many), lectures);
    expect(memberRow(r, WANG)).toMatchObject({ done: 2, required: 2, status: 'done' });
    expect(memberRow(r, WANG)?.periods[0]?.done).toBe(4);
    // 张书记 2 + 王某某 2 + 李某某 1 + 赵某某 1 owed; only 王某某's 2 credited.
    expect(r.periods[0]).toMatchObject({ required: 6, done: 2, status: 'overdue' });
    expect(r.periods[0]?.evidence).toEqual(['record:w1', 'record:w2', 'record:w3', 'record:w4']);
  });
});

describe('scopes', () => {
  it('secretary scope covers only the secretary and only evidence crediting them', () => {
    const r = find(run('2022-12-31', [ev('record:t1', 'talk', '2022-03-01', [SECRETARY]), ev('record:t2', 'talk', '2022-09-01', [WANG])]), secretaryTalks);
    expect(r.members?.map((m) => m.name)).toEqual(['张书记']);
    // The due day itself is still open: due-soon, overdue only from the next day.
    expect(statuses(r)).toEqual({ '2022-H1': 'done', '2022-H2': 'due-soon' });
  });

  it('except-secretary scope leaves the secretary out', () => {
    const r = find(run('2022-12-31', []), researchReports);
    expect(r.members?.map((m) => m.memberId)).toEqual([WANG, LI, ZHAO]);
  });
});

describe('duties nobody in the member list owes', () => {
  it('are 无人承担, never done, when no members are entered', () => {
    const r = run('2022-06-15', [], { members: [] });
    for (const d of [lectures, inspections, secretaryTalks, researchReports]) {
      const result = find(r, d);
      expect(result.status).toBe('unassigned');
      expect(result.periods.every((p) => p.status === 'unassigned')).toBe(true);
      expect([result.done, result.required, result.ratio]).toEqual([0, 0, 0]);
    }
    expect(r.summary.byStatus.unassigned).toBe(4);
    // Items of duties nobody owes are no full bars on the dashboard.
    for (const item of r.summary.byItem.filter((i) => i.status === 'unassigned')) expect(item.ratio).toBe(0);
    expect(r.summary.byItem.some((i) => i.status === 'unassigned')).toBe(true);
    expect(r.summary.byStatus.done).toBe(0);
    // Group duties do not depend on the member list.
    expect(find(r, monthlyMeeting).status).toBe('overdue');
  });

  it('mark only the periods of a vacant secretary post, and the year is not 100%', () => {
    const newSecretary: EngineMember = { id: 9, name: '钱书记', partyRole: 'secretary', termStart: '2022-07-01', termEnd: null, sortOrder: 1 };
    const r = find(run('2022-12-31', [ev('record:t9', 'talk', '2022-08-01', [9])], { members: [newSecretary, members[1]!] }), secretaryTalks);
    expect(statuses(r)).toEqual({ '2022-H1': 'unassigned', '2022-H2': 'done' });
    expect(r.periods[0]).toMatchObject({ required: 0, done: 0 });
  });
});

describe('manual links', () => {
  it('links evidence of another kind and unlinks an automatic match', () => {
    const evidence = [
      ev('meeting:1', 'party-group-meeting', '2022-01-10'),
      ev('meeting:2', 'study-group', '2022-02-15'),
      ev('meeting:3', 'party-group-meeting', '2022-03-31'),
    ];
    const links = [
      { dutyId: monthlyMeeting.id, ref: 'meeting:2', mode: 'link' as const },
      { dutyId: monthlyMeeting.id, ref: 'meeting:3', mode: 'unlink' as const },
      { dutyId: monthlyMeeting.id, ref: 'meeting:404', mode: 'link' as const }, // unknown: ignored
    ];
    const r = find(run('2022-04-10', evidence, { links }), monthlyMeeting);
    expect(r.periods.slice(0, 3).map((p) => [p.key, p.status, p.evidence])).toEqual([
      ['2022-01', 'done', ['meeting:1']],
      ['2022-02', 'done', ['meeting:2']],
      ['2022-03', 'overdue', []],
    ]);
  });

  it('lets the last instruction for a pair win', () => {
    const links = [
      { dutyId: monthlyMeeting.id, ref: 'meeting:1', mode: 'unlink' as const },
      { dutyId: monthlyMeeting.id, ref: 'meeting:1', mode: 'link' as const },
    ];
    const r = find(run('2022-04-10', [ev('meeting:1', 'party-group-meeting', '2022-01-10')], { links }), monthlyMeeting);
    expect(r.periods[0]?.status).toBe('done');
  });

  it('credits linked group-level evidence to every member who owes the period', () => {
    const links = [{ dutyId: inspections.id, ref: 'meeting:9', mode: 'link' as const }];
    const r = find(run('2022-08-15', [ev('meeting:9', 'party-group-meeting', '2022-08-01')], { links }), inspections);
    expect(r.periods[2]).toMatchObject({ key: '2022-Q3', required: 3, done: 3, status: 'done', evidence: ['meeting:9'] });
  });
});

describe('deadline duties', () => {
  it('have one period from Jan 1 to the deadline, due on the deadline', () => {
    const late = find(run('2022-05-20', [ev('record:d', 'deliverable', '2022-04-02')]), responsibilityList);
    expect(late.periods).toEqual([
      { key: '2022-D0331', label: '3月31日前', start: '2022-01-01', end: '2022-03-31', due: '2022-03-31', required: 1, done: 0, status: 'overdue', evidence: [] },
    ]);
    expect(late.status).toBe('overdue');
    const onTime = find(run('2022-05-20', [ev('record:d', 'deliverable', '2022-03-15')]), responsibilityList);
    expect(onTime.status).toBe('done');
    expect(find(run('2022-03-26', []), responsibilityList).status).toBe('due-soon');
  });
});

describe('summary', () => {
  const evidence = [
    ev('meeting:1', 'party-group-meeting', '2022-01-10'),
    ev('record:1', 'party-lecture', '2022-03-01', [WANG]),
    ev('record:2', 'deliverable', '2022-03-01'),
  ];
  const result = run('2022-05-20', evidence);

  it('reports member progress such as 王某某 党课 1/2', () => {
    const wang = result.summary.byMember.find((m) => m.memberId === WANG)!;
    expect(wang.duties.find((d) => d.dutyId === lectures.id)).toMatchObject({ title: '全年讲党课不少于2次', done: 1, required: 2, ratio: 0.5 });
    expect(result.summary.byMember.map((m) => m.name)).toEqual(['张书记', '王某某', '李某某', '赵某某']);
  });

  it('groups progress by plan item in natural order', () => {
    expect(result.summary.byItem.map((i) => i.itemNo)).toEqual(['1', '2', '5', '7', '14']);
    const item5 = result.summary.byItem.find((i) => i.itemNo === '5')!;
    expect(item5).toMatchObject({ dutyIds: [responsibilityList.id], done: 1, required: 1, ratio: 1, status: 'done' });
  });

  it('counts duties by status and sorts overdue first', () => {
    const counts = result.summary.byStatus;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(result.duties.length);
    expect(counts.done).toBe(1);
    const sorted = sortByUrgency(result.duties).map((d) => d.status);
    expect(sorted[0]).toBe('overdue');
    expect(sorted.at(-1)).toBe('done');
    expect(COMPLIANCE_STATUS_LABELS.overdue).toBe('已逾期');
  });

  it('rejects a malformed today', () => {
    expect(() => run('2022-5-20', [])).toThrow(RangeError);
  });
});

describe('performance', () => {
  it('handles 30 members × 100 duties × 10k evidence (timing printed, not asserted)', () => {
    const manyMembers: EngineMember[] = Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      name: `成员${i + 1}`,
      partyRole: i === 0 ? 'secretary' : 'member',
      termStart: i % 5 === 0 ? '2022-07-01' : null,
      termEnd: i % 7 === 0 ? '2022-09-30' : null,
      sortOrder: i,
    }));
    const frequencies = ['week', '2weeks', 'month', '2months', 'quarter', 'halfyear', 'year', 'once'] as const;
    const scopes = ['group', 'each-member', 'secretary', 'each-member-except-secretary'] as const;
    const manyDuties: EngineDuty[] = Array.from({ length: 100 }, (_, i) => ({
      id: i + 1,
      itemNo: String((i % 15) + 1),
      kind: DUTY_KINDS[i % DUTY_KINDS.length]!,
      title: `职责${i + 1}`,
      frequency: frequencies[i % frequencies.length]!,
      minCount: (i % 3) + 1,
      scope: scopes[i % scopes.length]!,
      deadline: i % 17 === 0 ? '06-30' : null,
    }));
    // Deterministic pseudo-random spread over the year.
    let seed = 42;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const manyEvidence: EngineEvidence[] = Array.from({ length: 10_000 }, (_, i) => {
      const month = rand(12) + 1;
      const day = rand(28) + 1;
      return ev(`record:${i}`, DUTY_KINDS[rand(DUTY_KINDS.length)]!, `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, rand(3) === 0 ? [] : [rand(30) + 1, rand(30) + 1]);
    });
    const links = Array.from({ length: 200 }, (_, i) => ({ dutyId: (i % 100) + 1, ref: `record:${i * 37}`, mode: i % 2 ? ('link' as const) : ('unlink' as const) }));
    const input: ComplianceInput = { year: 2022, today: '2022-06-15', dueSoonDays: 7, duties: manyDuties, members: manyMembers, evidence: manyEvidence, links };

    computeCompliance(input); // warm up the JIT
    // Min and median of several runs: a busy machine inflates single timings.
    const times: number[] = [];
    let result = computeCompliance(input);
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      result = computeCompliance(input);
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    console.log(`computeCompliance, 30 members × 100 duties × 10k evidence: min ${times[0]!.toFixed(1)} ms, median ${times[5]!.toFixed(1)} ms`);
    expect(result.duties).toHaveLength(100);
    expect(result.summary.byMember).toHaveLength(30);
  });
});
