import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { DutyDraft } from '../../../shared/domain/duties';
import { DUTY_KINDS, DUTY_SCOPES, FREQUENCIES } from '../../../shared/domain/duties';
import { extractDuties, extractPlan } from '../../../shared/plan/extract';
import { parsePlan } from '../../../shared/plan/parse';

const sample = readFileSync(fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url)), 'utf8');

/** Duties of a one-item plan. */
const dutiesOf = (sentence: string): DutyDraft[] => extractDuties(parsePlan(`1.${sentence}`));
const brief = (d: DutyDraft) => ({ kind: d.kind, frequency: d.frequency, minCount: d.minCount, scope: d.scope, deadline: d.deadline });

describe('extractDuties on the sample plan', () => {
  const plan = parsePlan(sample);
  const duties = extractDuties(plan);
  const of = (item: string) => duties.filter((d) => d.item === item);
  const find = (item: string, kind: DutyDraft['kind']) => of(item).find((d) => d.kind === kind);

  it('item 1: a monthly party group meeting', () => {
    const d = find('1', 'party-group-meeting');
    expect(d && brief(d)).toEqual({ kind: 'party-group-meeting', frequency: 'month', minCount: 1, scope: 'group', deadline: null });
    expect(d?.title).toBe('每月至少召开一次党组会议');
    expect(d?.source).toBe('坚持每月至少召开一次党组会议');
  });

  it('item 2: two party lectures per member and the yearly democratic life meeting', () => {
    const lecture = find('2', 'party-lecture');
    expect(lecture && brief(lecture)).toMatchObject({ frequency: 'year', minCount: 2, scope: 'each-member' });
    expect(lecture?.title).toBe('每年讲党课不少于2次');
    const dlm = find('2', 'democratic-life-meeting');
    expect(dlm && brief(dlm)).toMatchObject({ frequency: 'year', minCount: 1, scope: 'group' });
    expect(dlm?.source).toBe('按规定召开民主生活会');
    // "双重组织生活会、…谈心谈话等制度" names institutions without numbers: no duty.
    expect(of('2').map((d) => d.kind).sort()).toEqual(['democratic-life-meeting', 'party-lecture']);
  });

  it('item 4: the study group plan is a yearly deliverable', () => {
    const d = find('4', 'deliverable');
    expect(d?.title).toContain('学习计划');
    expect(d && brief(d)).toMatchObject({ frequency: 'year', minCount: 1, scope: 'group' });
    expect(of('4')).toHaveLength(1);
  });

  it('item 5: the ideology list and the half-yearly report to the county committee', () => {
    expect(find('5', 'deliverable')?.title).toContain('意识形态工作责任清单');
    const report = find('5', 'report-to-committee');
    expect(report && brief(report)).toMatchObject({ frequency: 'halfyear', minCount: 1, scope: 'group' });
    expect(report?.source).toContain('意识形态工作');
    // "坚持定期分析研判" has no number: nothing is invented for it.
    expect(of('5')).toHaveLength(2);
  });

  it('item 6: one deliverable per list named, and nothing for "及时向县委请示报告"', () => {
    const titles = of('6').map((d) => d.title);
    expect(of('6').every((d) => d.kind === 'deliverable')).toBe(true);
    expect(titles).toHaveLength(2);
    expect(titles[0]).toContain('全面从严治党主体责任清单');
    expect(titles[1]).toContain('党风廉政建设主体责任清单');
  });

  it('item 7: yearly hearing of reports and quarterly inspection by each member', () => {
    const hear = find('7', 'hear-report');
    expect(hear && brief(hear)).toMatchObject({ frequency: 'year', minCount: 1, scope: 'group' });
    const inspection = find('7', 'inspection');
    expect(inspection && brief(inspection)).toMatchObject({ frequency: 'quarter', minCount: 1, scope: 'each-member' });
    expect(inspection?.source).toBe('党组成员对分管领域内的党风廉政建设工作研究部署、督导检查每季度至少1次');
  });

  it('item 14: one research report per member per year', () => {
    const d = find('14', 'research-report');
    expect(d && brief(d)).toMatchObject({ frequency: 'year', minCount: 1, scope: 'each-member' });
  });

  it('finds nothing in items without quantified obligations (3, 8–13, 15)', () => {
    expect(duties.map((d) => d.item)).toEqual(['1', '2', '2', '4', '5', '5', '6', '6', '7', '7', '14']);
  });

  it('every draft is well formed: known codes, short title, source taken from its item', () => {
    const texts = new Map(plan.sections.flatMap((s) => s.items.map((i) => [i.no, i.text] as const)));
    for (const d of duties) {
      expect(DUTY_KINDS).toContain(d.kind);
      expect(FREQUENCIES).toContain(d.frequency);
      expect(DUTY_SCOPES).toContain(d.scope);
      expect(d.minCount).toBeGreaterThanOrEqual(1);
      expect(d.title.length).toBeLessThanOrEqual(30);
      expect(texts.get(d.item)).toContain(d.source);
    }
  });
});

describe('extractDuties on phrasings outside the sample', () => {
  const cases: { text: string; expected: Partial<DutyDraft> }[] = [
    { text: '党组会议原则上每两周召开一次。', expected: { kind: 'party-group-meeting', frequency: '2weeks', minCount: 1, scope: 'group' } },
    { text: '党组理论学习中心组每两个月集中学习1次。', expected: { kind: 'study-group', frequency: '2months', minCount: 1 } },
    { text: '党组书记每周至少听取一次分管领域工作汇报。', expected: { kind: 'hear-report', frequency: 'week', scope: 'secretary' } },
    { text: '3月底前召开年度民主生活会。', expected: { kind: 'democratic-life-meeting', frequency: 'year', deadline: '03-31', title: '3月底前召开年度民主生活会' } },
    { text: '12月20日前向县委报告全年落实全面从严治党主体责任情况。', expected: { kind: 'report-to-committee', frequency: 'year', deadline: '12-20' } },
    { text: '党组成员每人每年至少讲1次党课。', expected: { kind: 'party-lecture', frequency: 'year', minCount: 1, scope: 'each-member' } },
    { text: '除书记外，每位党组成员每半年至少开展1次谈心谈话。', expected: { kind: 'talk', frequency: 'halfyear', scope: 'each-member-except-secretary' } },
    { text: '班子其他成员每季度参加一次所在支部主题党日活动。', expected: { kind: 'theme-party-day', frequency: 'quarter', scope: 'each-member-except-secretary' } },
    { text: '党组书记每年与班子成员谈心谈话不少于两次。', expected: { kind: 'talk', frequency: 'year', minCount: 2, scope: 'secretary' } },
    { text: '每年开展警示教育不少于三次。', expected: { kind: 'warning-education', frequency: 'year', minCount: 3, scope: 'group' } },
    { text: '县政府党组每三个月向县委请示报告一次重大事项。', expected: { kind: 'report-to-committee', frequency: 'quarter', scope: 'group' } },
    { text: '每年召开一次专题组织生活会。', expected: { kind: 'organizational-life-meeting', frequency: 'year', minCount: 1 } },
    { text: '党组理论学习中心组集中学习，每月至少1次。', expected: { kind: 'study-group', frequency: 'month', source: '党组理论学习中心组集中学习，每月至少1次' } },
    { text: '党组书记每年讲党课1至2次。', expected: { kind: 'party-lecture', minCount: 1, scope: 'secretary' } },
    { text: '十二月底前完成年度述职述廉工作。', expected: { kind: 'other', frequency: 'year', deadline: '12-31' } },
    { text: '2022年6月底前完成公立医院布局调整。', expected: { kind: 'other', frequency: 'once', deadline: '06-30' } },
    { text: '年底前印发下一年度党建工作要点。', expected: { kind: 'deliverable', frequency: 'year', deadline: '12-31', title: '印发下一年度党建工作要点' } },
    // Other units' plans: the unit before the subject, and 党委 as well as 党组.
    { text: '局党组成员每季度至少深入联系学校督导检查1次。', expected: { kind: 'inspection', frequency: 'quarter', scope: 'each-member' } },
    { text: '县教育局党组每半年向县委报告一次工作。', expected: { kind: 'report-to-committee', frequency: 'halfyear', scope: 'group' } },
    { text: '镇党委书记每年至少讲1次党课。', expected: { kind: 'party-lecture', frequency: 'year', scope: 'secretary' } },
    { text: '党委委员每季度至少开展一次谈心谈话。', expected: { kind: 'talk', frequency: 'quarter', scope: 'each-member' } },
    { text: '领导班子成员每人每年撰写1篇调研报告。', expected: { kind: 'research-report', frequency: 'year', scope: 'each-member' } },
    { text: '党委会议每月至少召开2次。', expected: { kind: 'party-group-meeting', frequency: 'month', minCount: 2, scope: 'group' } },
    { text: '班子成员以普通党员身份参加所在支部组织生活会。', expected: { kind: 'organizational-life-meeting', frequency: 'year', minCount: 1, scope: 'each-member' } },
  ];

  for (const { text, expected } of cases) {
    it(text, () => {
      const duties = dutiesOf(text);
      expect(duties).toHaveLength(1);
      expect(duties[0]).toMatchObject({ item: '1', ...expected });
      expect(text).toContain(duties[0]?.source);
    });
  }

  it('reads two documents named in one clause, with a deadline and book-title marks', () => {
    const duties = dutiesOf('6月30日前制定出台《县政府党组议事规则》和“三重一大”实施办法。');
    expect(duties.map((d) => [d.kind, d.title, d.deadline])).toEqual([
      ['deliverable', '制定出台《县政府党组议事规则》', '06-30'],
      ['deliverable', '制定出台“三重一大”实施办法', '06-30'],
    ]);
  });

  it('reads 民主生活会 and 组织生活会 named together as two yearly duties', () => {
    const duties = dutiesOf('按时召开领导班子民主生活会和党支部组织生活会。');
    expect(duties.map((d) => [d.kind, d.frequency, d.title])).toEqual([
      ['democratic-life-meeting', 'year', '每年召开民主生活会'],
      ['organizational-life-meeting', 'year', '每年召开组织生活会'],
    ]);
  });

  it('reads several duties in one item and numbers them with the item', () => {
    const duties = extractDuties(parsePlan('一、政治建设\n（一）严守纪律。党组每月召开党组会议，每季度听取一次意识形态工作汇报。'));
    expect(duties.map((d) => [d.item, d.kind, d.frequency])).toEqual([
      ['一', 'party-group-meeting', 'month'],
      ['一', 'hear-report', 'quarter'],
    ]);
  });

  it('stays conservative on vague or unsupported wording', () => {
    for (const text of [
      '坚持定期分析研判意识形态领域情况，及时向县委请示报告。',
      '加强经常性教育，及时提醒谈话。',
      '建立党组会议签到、通报等制度，不得无故缺席党组会议。',
      '自觉落实“两个确定”，健全“三项机制”，做好第一次会议准备。',
      '把学习贯彻作为全年政治建设主线。',
      '每三周开展一次巡查。',
      '扎实开展以案促改、廉政警示教育。',
      '将意识形态工作纳入年度民主生活会的重要内容。',
    ]) {
      expect(dutiesOf(text), text).toEqual([]);
    }
  });

  it('offers an item it fails to read whole as a possible duty, names it, and still reads the others', () => {
    const plan = parsePlan('2025年党建工作要点\n一、组织建设\n1.党组每月召开一次党组会议。\n2.党组书记每年讲党课不少于1次。');
    // An item the reading cannot take (here: its text is not a string at all) stands for any sentence it throws on.
    plan.sections[0]!.items[1]!.text = undefined as unknown as string;
    const x = extractPlan(plan);
    expect(x.unread).toEqual(['2']);
    expect(x.duties.map((d) => [d.item, d.kind])).toEqual([['1', 'party-group-meeting']]);
    expect(x.possible.map((p) => p.item)).toContain('2');
  });
});
