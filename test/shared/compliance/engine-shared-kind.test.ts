import { describe, expect, it } from 'vitest';
import { computeCompliance, type DutyResult, type EngineDuty, type EngineEvidence, type EngineMember, type ManualLink } from '../../../shared/compliance/engine';
import { countingDate, parseReportPeriod, reportPeriodsOf } from '../../../shared/compliance/report-period';
import type { DutyKind } from '../../../shared/domain/duties';
import { extractPlan } from '../../../shared/plan/extract';
import { parsePlan } from '../../../shared/plan/parse';

// Duties as the extractor reads them from the sample plan (items 1, 2, 4, 5, 6): four documents
// to issue share the kind 'deliverable'; the half-yearly report is the only 'report-to-committee'.

const members: EngineMember[] = [
  { id: 1, name: '张书记', partyRole: 'secretary', termStart: null, termEnd: null, sortOrder: 1 },
  { id: 2, name: '王副书记', partyRole: 'deputy', termStart: null, termEnd: null, sortOrder: 2 },
  { id: 3, name: '李成员', partyRole: 'member', termStart: null, termEnd: null, sortOrder: 3 },
];

let nextId = 1;
const duty = (kind: DutyKind, title: string, more: Partial<EngineDuty> = {}): EngineDuty => ({ id: nextId++, itemNo: '1', kind, title, frequency: 'year', minCount: 1, scope: 'group', deadline: null, ...more });

const meetings = duty('party-group-meeting', '每月至少召开一次党组会议', { frequency: 'month' });
const studyPlan = duty('deliverable', '制定党组理论学习中心组年度学习计划', { itemNo: '4' });
const ideologyList = duty('deliverable', '制定印发本年度意识形态工作责任清单', { itemNo: '5' });
const report = duty('report-to-committee', '每半年向县委报告1次意识形态工作情况', { itemNo: '5', frequency: 'halfyear' });
const strictList = duty('deliverable', '制定印发党组全面从严治党主体责任清单', { itemNo: '6' });
const integrityList = duty('deliverable', '制定印发落实党风廉政建设主体责任清单', { itemNo: '6' });
const DUTIES = [meetings, studyPlan, ideologyList, report, strictList, integrityList];

const ev = (ref: string, kind: DutyKind, date: string, title: string, more: Partial<EngineEvidence> = {}): EngineEvidence => ({ ref, kind, date, title, memberIds: [], ...more });

const planDoc = ev('record:1', 'deliverable', '2022-02-15', '县政府党组2022年党组理论学习中心组年度学习计划', { subtype: 'study-plan' });
const ideologyDoc = ev('record:2', 'deliverable', '2022-03-01', '关于印发《2022年意识形态工作责任清单》的通知', { subtype: 'responsibility-list' });
const strictDoc = ev('record:3', 'deliverable', '2022-03-10', '县政府党组2022年全面从严治党主体责任清单', { subtype: 'responsibility-list' });
const DOCS = [planDoc, ideologyDoc, strictDoc];
const monthly = Array.from({ length: 12 }, (_, i) => ev(`meeting:${i + 1}`, 'party-group-meeting', `2022-${String(i + 1).padStart(2, '0')}-20`, '党组会议'));

function run(evidence: EngineEvidence[], links: ManualLink[] = [], duties = DUTIES, today = '2023-01-10') {
  const r = computeCompliance({ year: 2022, today, duties, members, evidence, links });
  return (d: EngineDuty): DutyResult => r.duties.find((x) => x.dutyId === d.id)!;
}

describe('several duties of one kind: nothing counts on a guess', () => {
  it('the three documents count for none of the four lists until confirmed; each is suggested to the duty it names', () => {
    const of = run([...monthly, ...DOCS]);
    for (const d of [studyPlan, ideologyList, strictList, integrityList]) {
      expect([of(d).done, of(d).required, of(d).status]).toEqual([0, 1, 'overdue']);
    }
    expect(of(studyPlan).suggested).toEqual([planDoc.ref]);
    expect(of(ideologyList).suggested).toEqual([ideologyDoc.ref]);
    expect(of(strictList).suggested).toEqual([strictDoc.ref]);
    expect(of(integrityList).suggested).toEqual([]);
    // A kind only one duty asks for keeps matching by kind: twelve meetings, twelve months.
    expect([of(meetings).done, of(meetings).required, of(meetings).status, of(meetings).suggested]).toEqual([12, 12, 'done', []]);
  });

  it('confirmed documents count 1/1 each; the never-issued list stays 未完成 0/1 with nothing suggested', () => {
    const links: ManualLink[] = [
      { dutyId: studyPlan.id, ref: planDoc.ref, mode: 'link' },
      { dutyId: ideologyList.id, ref: ideologyDoc.ref, mode: 'link' },
      { dutyId: strictList.id, ref: strictDoc.ref, mode: 'link' },
    ];
    const of = run(DOCS, links);
    expect([studyPlan, ideologyList, strictList].map((d) => [of(d).done, of(d).required, of(d).status, of(d).periods[0]!.evidence])).toEqual([
      [1, 1, 'done', [planDoc.ref]],
      [1, 1, 'done', [ideologyDoc.ref]],
      [1, 1, 'done', [strictDoc.ref]],
    ]);
    expect([of(integrityList).done, of(integrityList).status, of(integrityList).suggested, of(integrityList).periods[0]!.evidence]).toEqual([0, 'overdue', [], []]);
  });

  it('a rejected suggestion is listed as rejected and goes to the next best duty; the last word on a pair wins', () => {
    const rejected: ManualLink = { dutyId: strictList.id, ref: strictDoc.ref, mode: 'unlink' };
    let of = run(DOCS, [rejected]);
    expect(of(strictList).rejected).toEqual([strictDoc.ref]);
    expect(of(strictList).suggested).toEqual([]);
    expect(of(integrityList).suggested).toEqual([strictDoc.ref]); // shares 主体责任清单
    expect(of(integrityList).done).toBe(0);
    of = run(DOCS, [rejected, { dutyId: strictList.id, ref: strictDoc.ref, mode: 'link' }]);
    expect([of(strictList).done, of(strictList).rejected, of(integrityList).suggested]).toEqual([1, [], []]);
  });

  it('a document nothing names is suggested to every duty it could prove', () => {
    const of = run([ev('record:9', 'deliverable', '2022-04-01', '关于调整领导小组成员的通知')]);
    expect([studyPlan, ideologyList, strictList, integrityList].map((d) => of(d).suggested)).toEqual([['record:9'], ['record:9'], ['record:9'], ['record:9']]);
  });

  it('still counts automatically what only one of the duties could count (deadline window, scope)', () => {
    const early = duty('deliverable', '3月底前制定意识形态工作责任清单', { frequency: 'once', deadline: '03-31' });
    const yearly = duty('deliverable', '制定年度学习计划');
    const lecturesAll = duty('party-lecture', '每年讲党课不少于2次', { scope: 'each-member', minCount: 2 });
    const lecturesSecretary = duty('party-lecture', '书记讲党课', { scope: 'secretary' });
    const talksSecretary = duty('talk', '书记谈心谈话', { scope: 'secretary' });
    const talksOthers = duty('talk', '其他成员谈心谈话', { scope: 'each-member-except-secretary' });
    const evidence = [
      ev('record:20', 'deliverable', '2022-03-15', '关于印发文件的通知'), // both windows
      ev('record:21', 'deliverable', '2022-06-15', '关于印发文件的通知'), // after the deadline: the yearly one alone
      ev('record:30', 'party-lecture', '2022-05-05', '党课', { memberIds: [1] }), // the secretary: both lecture duties
      ev('record:31', 'party-lecture', '2022-05-06', '党课', { memberIds: [2] }), // a deputy: each-member alone
      ev('record:40', 'talk', '2022-05-07', '谈话', { memberIds: [1] }),
      ev('record:41', 'talk', '2022-05-08', '谈话', { memberIds: [3] }),
    ];
    const of = run(evidence, [], [early, yearly, lecturesAll, lecturesSecretary, talksSecretary, talksOthers]);
    expect([of(early).done, of(early).suggested]).toEqual([0, ['record:20']]);
    expect([of(yearly).done, of(yearly).periods[0]!.evidence, of(yearly).suggested]).toEqual([1, ['record:21'], ['record:20']]);
    expect(of(lecturesAll).members!.map((m) => [m.name, m.done])).toEqual([['张书记', 0], ['王副书记', 1], ['李成员', 0]]);
    expect([of(lecturesSecretary).done, of(lecturesSecretary).suggested]).toEqual([0, ['record:30']]);
    expect([of(talksSecretary).done, of(talksOthers).done]).toEqual([1, 1]); // scopes that do not overlap
  });
});

describe('报告期: a report counts in the period it reports on', () => {
  const lastYear = ev('record:50', 'report-to-committee', '2022-01-20', '关于2021年度全面从严治党主体责任落实情况的报告', { reportPeriod: '2021' });
  const firstHalf = ev('record:51', 'report-to-committee', '2022-07-05', '关于2022年上半年意识形态工作情况的报告', { reportPeriod: '2022-H1' });
  const secondHalf = ev('record:52', 'report-to-committee', '2023-01-08', '关于2022年下半年意识形态工作情况的报告', { reportPeriod: '2022-H2' });

  it('a 上半年 report dated 7月5日 counts for H1, not H2; last year’s report dated January counts for neither', () => {
    const of = run([lastYear, firstHalf], [], DUTIES, '2022-08-01');
    expect(of(report).periods.map((p) => [p.label, p.done, p.status, p.evidence])).toEqual([
      ['上半年', 1, 'done', [firstHalf.ref]],
      ['下半年', 0, 'in-progress', []],
    ]);
  });

  it('a 下半年 report dated next January counts for the year it reports on', () => {
    const of = run([firstHalf, secondHalf]);
    expect(of(report).periods.map((p) => p.evidence)).toEqual([[firstHalf.ref], [secondHalf.ref]]);
    expect(of(report).status).toBe('done');
  });

  it('without a 报告期 the date decides, as before', () => {
    const of = run([{ ...firstHalf, reportPeriod: null }], [], DUTIES, '2022-08-01');
    expect(of(report).periods.map((p) => p.done)).toEqual([0, 1]);
  });

  it('reads and labels the stored periods; the counting day is the date pulled into the period', () => {
    expect(reportPeriodsOf(2022).map((p) => [p.code, p.label, p.start, p.end])).toEqual([
      ['2022', '2022年全年', '2022-01-01', '2022-12-31'],
      ['2022-H1', '2022年上半年', '2022-01-01', '2022-06-30'],
      ['2022-H2', '2022年下半年', '2022-07-01', '2022-12-31'],
      ['2022-Q1', '2022年第一季度', '2022-01-01', '2022-03-31'],
      ['2022-Q2', '2022年第二季度', '2022-04-01', '2022-06-30'],
      ['2022-Q3', '2022年第三季度', '2022-07-01', '2022-09-30'],
      ['2022-Q4', '2022年第四季度', '2022-10-01', '2022-12-31'],
    ]);
    expect(parseReportPeriod('2022-H3')).toBeNull();
    expect([countingDate('2022-07-05', '2022-H1'), countingDate('2022-05-05', '2022-H1'), countingDate('2021-12-20', '2022'), countingDate('2022-07-05', null)]).toEqual([
      '2022-06-30',
      '2022-05-05',
      '2022-01-01',
      '2022-07-05',
    ]);
  });
});

describe('one sentence asking for two dated reports ("分别报送上半年和全年…报告")', () => {
  // The duties exactly as the extractor reads the sentence: one per date, titled by the period.
  const [h1, year] = extractPlan(parsePlan('二、党组于7月10日前和12月20日前分别向县委报送上半年和全年落实情况报告。')).duties.map((d) =>
    duty(d.kind, d.title, { frequency: d.frequency, minCount: d.minCount, deadline: d.deadline }),
  );
  const july = ev('record:60', 'report-to-committee', '2022-07-05', '关于2022年上半年全面从严治党落实情况的报告', { reportPeriod: '2022-H1' });
  const december = ev('record:61', 'report-to-committee', '2022-12-15', '关于2022年全面从严治党落实情况的报告', { reportPeriod: '2022' });

  it('the July report is suggested to the 上半年 duty and proves nothing of the 全年 one', () => {
    const of = run([july], [], [h1!, year!], '2022-08-01');
    expect([h1!.deadline, year!.deadline]).toEqual(['07-10', '12-20']);
    expect([of(h1!).done, of(h1!).suggested]).toEqual([0, [july.ref]]);
    expect([of(year!).done, of(year!).status, of(year!).suggested]).toEqual([0, 'in-progress', []]);
  });

  it('confirmed, the July report completes the first; the December report alone completes the second', () => {
    const of = run([july, december], [{ dutyId: h1!.id, ref: july.ref, mode: 'link' }], [h1!, year!]);
    expect([of(h1!).status, of(h1!).periods[0]!.evidence]).toEqual(['done', [july.ref]]);
    expect([of(year!).status, of(year!).periods[0]!.evidence]).toEqual(['done', [december.ref]]);
  });
});
