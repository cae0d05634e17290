// The vocabulary of other units' plans (issue #13): each rule on phrasings of our own.
import { describe, expect, it } from 'vitest';
import type { DutyDraft } from '../../../shared/domain/duties';
import { draftFromClause, extractPlan } from '../../../shared/plan/extract';
import { parsePlan } from '../../../shared/plan/parse';

const read = (sentence: string) => extractPlan(parsePlan(`1.${sentence}`));

const cases: { rule: string; text: string; expected: Partial<DutyDraft> }[] = [
  // frequencies
  { rule: '每学期 is each half of the year', text: '党小组会每学期不少于2次。', expected: { frequency: 'halfyear', minCount: 2 } },
  { rule: '每半月', text: '支部委员会每半月召开1次。', expected: { kind: 'party-group-meeting', frequency: '2weeks', minCount: 1 } },
  { rule: '每两周', text: '党委会议每两周召开一次。', expected: { kind: 'party-group-meeting', frequency: '2weeks' } },
  { rule: '每周', text: '每周开展一次政治理论学习。', expected: { frequency: 'week', minCount: 1 } },
  { rule: '每旬 is three a month, with a note', text: '每旬开展一次安全检查。', expected: { frequency: 'month', minCount: 3, note: '原文为“每旬”，按每月至少3次计' } },
  { rule: '每季度或半年: the looser, with a note', text: '党课每季度或半年开展1次。', expected: { kind: 'party-lecture', frequency: 'halfyear', note: '原文为“每季度或半年”，按较宽的每半年计' } },
  { rule: '每月或每季度: the looser', text: '每月或每季度召开一次党委会。', expected: { frequency: 'quarter' } },
  // quantities of time
  { rule: '全年累计不少于N天', text: '中心组每年集中学习时间累计不少于12天。', expected: { kind: 'study-group', measure: 'days', amount: 12, minCount: 1, frequency: 'year' } },
  { rule: 'N学时', text: '每名党员全年参加集中培训不少于32学时。', expected: { measure: 'hours', amount: 32, scope: 'each-member' } },
  { rule: '调研时间不少于N天', text: '班子成员每年调研时间不少于20天。', expected: { kind: 'research-report', measure: 'days', amount: 20, scope: 'each-member' } },
  { rule: '蹲点不少于1周, with a note', text: '每位党组成员每年到联系点蹲点不少于1周。', expected: { measure: 'days', amount: 5, scope: 'each-member', note: '原文为“1周”，按5个工作日计' } },
  // counts of things
  { rule: '至少完成N篇', text: '每名党员每年至少完成2篇心得体会。', expected: { minCount: 2, frequency: 'year', scope: 'each-member' } },
  // deadlines
  { rule: 'monthly due day', text: '每月28日前上报党费收缴情况。', expected: { frequency: 'month', minCount: 1, monthDay: 28, deadline: null } },
  { rule: 'X月底前 of its own', text: '10月底前提交年度述职报告。', expected: { frequency: 'year', deadline: '10-31' } },
  // a frequency or time word without a number is a duty of one
  { rule: '每月…报送', text: '每月向上级党组织报送工作信息。', expected: { frequency: 'month', minCount: 1 } },
  { rule: '年终…评估', text: '年终进行年度评估。', expected: { frequency: 'year', minCount: 1, deadline: '12-31' } },
  { rule: '每年年初制定计划', text: '每年年初制定学习计划。', expected: { kind: 'deliverable', frequency: 'year', deadline: '03-31' } },
  { rule: '一般每季度召开1次', text: '党员大会一般每季度召开1次。', expected: { frequency: 'quarter', minCount: 1, scope: 'group' } },
  // scope
  { rule: '书记', text: '支部书记每年讲党课不少于2次。', expected: { kind: 'party-lecture', scope: 'secretary', minCount: 2 } },
  { rule: '主要负责人', text: '主要负责人每年听取意识形态工作汇报2次。', expected: { kind: 'hear-report', scope: 'secretary' } },
  { rule: '每位', text: '每位委员每季度开展一次谈心谈话。', expected: { kind: 'talk', scope: 'each-member' } },
  { rule: '各班子成员', text: '各班子成员每两周到分管领域督导检查1次。', expected: { kind: 'inspection', scope: 'each-member', frequency: '2weeks' } },
  { rule: '班子成员与普通党员', text: '班子成员与普通党员谈心谈话每年至少2次。', expected: { kind: 'talk', scope: 'each-member', minCount: 2 } },
  { rule: '党组成员每年', text: '党组成员每年讲党课1次。', expected: { scope: 'each-member' } },
  { rule: '除书记外', text: '除书记外班子成员每半月开展一次走访。', expected: { scope: 'each-member-except-secretary', frequency: '2weeks' } },
  { rule: '之间…谈心谈话', text: '支委-支委-党员-党员之间每年开展谈心谈话。', expected: { kind: 'talk', scope: 'each-member', frequency: 'year', minCount: 1 } },
  { rule: '联系点', text: '每年到联系点开展调研指导不少于2次。', expected: { scope: 'each-member', minCount: 2 } },
  { rule: 'members of any body', text: '关工委成员每学期要开展至少一次个人调研活动。', expected: { kind: 'research-report', scope: 'each-member', frequency: 'halfyear' } },
  { rule: 'the group hearing its members', text: '党组听取党组成员述职报告每年1次。', expected: { scope: 'group', frequency: 'year' } },
  // The scope rule: "之间…谈心谈话" is each member's, the group otherwise (the unit organises the talks).
  { rule: 'talks without a subject are the group\'s', text: '谈心谈话每年不少于一次。', expected: { kind: 'talk', scope: 'group' } },
  { rule: 'talks of an item saying members talk with each other are each member\'s', text: '谈心谈话每年不少于一次，班子成员相互之间必谈。', expected: { kind: 'talk', scope: 'each-member' } },
  { rule: 'the period of a count in the clause before', text: '每月集中学习、讨论或理论辅导，至少安排一次。', expected: { kind: 'study-group', frequency: 'month', minCount: 1 } },
  { rule: '制订…计划', text: '每年组织制订党委中心组学习计划。', expected: { kind: 'deliverable', frequency: 'year' } },
  { rule: 'the group otherwise', text: '每季度召开一次党委会专题研究意识形态工作。', expected: { scope: 'group', frequency: 'quarter' } },
];

describe('the vocabulary of real plans', () => {
  for (const { rule, text, expected } of cases) {
    it(`${rule}: ${text}`, () => {
      const { duties } = read(text);
      expect(duties).toHaveLength(1);
      expect(duties[0]).toMatchObject({ item: '1', ...expected });
      expect(text).toContain(duties[0]!.source);
    });
  }

  it('于X月X日前报送 and X月底前 attach to the duty of the same clause, not a duty of their own', () => {
    const { duties } = read('班子成员每人撰写调研报告1篇，于12月20日前报送党委办公室。');
    expect(duties).toHaveLength(1);
    expect(duties[0]).toMatchObject({ kind: 'research-report', minCount: 1, scope: 'each-member', deadline: '12-20', source: '班子成员每人撰写调研报告1篇，于12月20日前报送党委办公室' });
    // On a half-yearly duty a date would replace both halves by one period ending in October;
    // the periods stay, and the date is kept in the note for the clerk.
    // A date after a yearly count of two is that of one report, not a deadline for both.
    const yearly = read('每年向县委报告2次意识形态工作情况，7月10日前报送上半年情况。');
    expect(yearly.duties.map((d) => [d.kind, d.frequency, d.minCount, d.deadline])).toEqual([['report-to-committee', 'year', 2, null]]);
    expect(yearly.duties[0]!.note).toContain('7月10日前');
    const two = read('每半年向上级党委报告一次工作，10月底前提交全年总结。');
    expect(two.duties.map((d) => [d.kind, d.frequency, d.deadline])).toEqual([['report-to-committee', 'halfyear', null]]);
    expect(two.duties[0]!.note).toContain('原文“10月底前”：按每半年考核，未作为截止日期');
    const same = read('每半年向县委报告一次全面从严治党主体责任落实情况，于7月10日前报送上半年情况。');
    expect(same.duties.map((d) => [d.frequency, d.deadline])).toEqual([['halfyear', null]]);
  });

  it('a time amount for the whole year is yearly even after a quarterly clause', () => {
    const { duties } = read('理论学习中心组每季度至少集中学习1次，全年集中学习不少于12天。');
    expect(duties.map((d) => [d.frequency, d.measure ?? 'count', d.amount ?? d.minCount])).toEqual([
      ['quarter', 'count', 1],
      ['year', 'days', 12],
    ]);
  });

  it('a time amount and a count in one sentence are two duties', () => {
    const { duties } = read('班子成员每年调研时间不少于20天，撰写调研报告1篇。');
    expect(duties.map((d) => [d.kind, d.measure ?? 'count', d.amount ?? d.minCount])).toEqual([
      ['research-report', 'days', 20],
      ['research-report', 'count', 1],
    ]);
  });

  it('lists a quantity it cannot read as a possible duty with its source, never drops it', () => {
    const { duties, possible } = read('每三周组织一次巡查，参训率达到95%以上。');
    expect(duties).toEqual([]);
    expect(possible).toEqual([
      { item: '1', source: '每三周组织一次巡查' },
      { item: '1', source: '参训率达到95%以上' },
    ]);
  });

  it('stays silent on text without any quantity', () => {
    expect(read('把学习贯彻作为全年政治建设主线，不断提高政治能力。')).toEqual({ duties: [], possible: [], unread: [] });
  });

  it('makes a duty from a clause the clerk selected: read by the rules, else a blank one to fill in', () => {
    expect(draftFromClause('2', '每季度开展一次警示教育')).toMatchObject({ item: '2', kind: 'warning-education', frequency: 'quarter', source: '每季度开展一次警示教育' });
    expect(draftFromClause('3', '带头执行民主集中制')).toMatchObject({ item: '3', kind: 'other', frequency: 'year', minCount: 1, title: '带头执行民主集中制', source: '带头执行民主集中制' });
  });
});

describe('wording of other units', () => {
  it('reads traditional characters and cuts the source from the original text', () => {
    const { duties } = read('黨支部每月一般組織黨員主題黨日活動一次。');
    expect(duties).toEqual([expect.objectContaining({ kind: 'theme-party-day', frequency: 'month', minCount: 1, source: '黨支部每月一般組織黨員主題黨日活動一次' })]);
  });

  it('takes the activity from a label sentence before the frequency', () => {
    expect(read('支部委员会。一般每月召开一次。').duties).toEqual([expect.objectContaining({ kind: 'party-group-meeting', frequency: 'month', source: '一般每月召开一次' })]);
  });

  it('每学年 is yearly; 1—2篇 is at least 1; 调查研究 days are research', () => {
    expect(read('关工委每学年开展至少一次集体调研活动。').duties[0]).toMatchObject({ kind: 'research-report', frequency: 'year', minCount: 1 });
    expect(read('每年至少撰写1—2篇有参考价值的调研报告。').duties[0]).toMatchObject({ kind: 'research-report', minCount: 1 });
    expect(read('领导班子成员每年深入基层调查研究不少于60天。').duties[0]).toMatchObject({ kind: 'research-report', measure: 'days', amount: 60, scope: 'each-member' });
  });
});
