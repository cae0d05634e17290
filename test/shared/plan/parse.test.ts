import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { PlanInputError } from '../../../shared/plan/errors';
import { itemLabel } from '../../../shared/plan/item-label';
import { readPlan, inferPlanYear, mergeItems, parsePlan, splitItem, type ParsedPlan } from '../../../shared/plan/parse';

const sample = readFileSync(fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url)), 'utf8');

const outline = (plan: ParsedPlan): string[][] => plan.sections.map((s) => s.items.map((i) => `${i.no}|${i.title}`));

describe('parsePlan on the sample plan', () => {
  const plan = parsePlan(sample);

  it('finds 5 sections and 15 items numbered 1–15', () => {
    expect(plan.sections.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五']);
    expect(plan.sections.map((s) => s.items.length)).toEqual([3, 2, 3, 4, 3]);
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.no))).toEqual(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    );
    expect(plan.sections[0]?.title).toBe('站稳政治立场，始终把党的政治建设摆在突出位置');
  });

  it('has no title line; the preamble is the opening paragraph', () => {
    expect(plan.title).toBe('');
    expect(plan.preamble).toMatch(/^2022年是全面实施/);
    expect(plan.preamble).toMatch(/献礼。$/);
  });

  it('takes the first sentence as item title and keeps the full text', () => {
    const item1 = plan.sections[0]?.items[0];
    expect(item1?.title).toBe('严守政治纪律规矩');
    expect(item1?.text).toMatch(/^严守政治纪律规矩。党组成员要提高政治站位/);
    expect(item1?.text).toMatch(/重要事项集体研究决策。$/);
  });

  it('attaches the unnumbered paragraph after item 7 to item 7', () => {
    const item7 = plan.sections[2]?.items[1];
    expect(item7?.no).toBe('7');
    expect(item7?.text).toContain('\n党组成员对分管领域内的党风廉政建设工作研究部署、督导检查每季度至少1次。');
    expect(plan.sections[2]?.items[2]?.text).not.toContain('每季度');
  });
});

describe('parsePlan on other layouts', () => {
  it('reads a title line, 第一部分 sections and （一） items, with CRLF and indents', () => {
    const text = [
      '中共某某县教育局党组2023年工作要点',
      '\u3000\u30002023年是全面贯彻党的二十大精神的开局之年。',
      '第一部分  加强政治建设',
      '\u3000\u3000（一）严明政治纪律。党组每月至少召开1次党组会议。',
      '  (二) 加强理论学习。中心组每月集中学习1次。',
      '第二部分：从严管党治党',
      '（一）落实主体责任。制定印发年度责任清单。',
    ].join('\r\n');
    const plan = parsePlan(text);
    expect(plan.title).toBe('中共某某县教育局党组2023年工作要点');
    expect(plan.preamble).toBe('2023年是全面贯彻党的二十大精神的开局之年。');
    expect(plan.sections.map((s) => `${s.no}|${s.title}`)).toEqual(['一|加强政治建设', '二|从严管党治党']);
    // （一） starts again in each part: items are named with their part, so "第一条" names one item.
    expect(outline(plan)).toEqual([['一.一|严明政治纪律', '一.二|加强理论学习'], ['二.一|落实主体责任']]);
    expect(plan.sections[0]?.items[0]?.text).toBe('严明政治纪律。党组每月至少召开1次党组会议。');
  });

  it('reads 第一部分 > 一、 > 1.: the numbered sentences are the items, 一、 their sections', () => {
    const text = [
      '县财政局党组2025年度全面从严治党工作要点',
      '第一部分  总体要求',
      '2025年全局党建工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导。',
      '第二部分  主要任务',
      '一、加强党的政治建设',
      '1.党组每年向县委报告全面从严治党主体责任落实情况不少于2次。',
      '2.党组会议一般每月召开一次。',
      '二、加强思想理论武装',
      '3.党组书记带头讲党课，每年不少于1次。',
    ].join('\n');
    const plan = parsePlan(text);
    expect(plan.preamble).toContain('总体要求是');
    expect(plan.sections.map((s) => `${s.no}|${s.title}`)).toEqual(['一|加强党的政治建设', '二|加强思想理论武装']);
    expect(outline(plan)).toEqual([['1|党组每年向县委报告全面从严治党主体责任落实情况不少于2次', '2|党组会议一般每月召开一次'], ['3|党组书记带头讲党课，每年不少于1次']]);
  });

  it('uses （一） as the top level when there is no 一、 and keeps deeper levels in the item', () => {
    const text = ['（一）政治建设', '1、严守纪律。每月召开党组会议。', '（1）会前征求意见。', '2、强化学习。', '（二）作风建设', '3、转变作风。'].join('\n');
    const plan = parsePlan(text);
    expect(plan.sections.map((s) => s.title)).toEqual(['政治建设', '作风建设']);
    expect(outline(plan)).toEqual([['1|严守纪律', '2|强化学习'], ['3|转变作风']]);
    expect(plan.sections[0]?.items[0]?.text).toBe('严守纪律。每月召开党组会议。\n（1）会前征求意见。');
  });

  it('puts items without sections into one section with no number and no title', () => {
    const text = '县政府党组工作要点\n为抓好落实，特制定如下要点。\n１．严守政治纪律。\n2．严肃政治生活。\n3、加强理论学习。\n1.5亿元资金按期拨付。\n4.3月底前完成。';
    const plan = parsePlan(text);
    expect(plan.preamble).toBe('为抓好落实，特制定如下要点。');
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]?.no).toBe('');
    expect(plan.sections[0]?.title).toBe('');
    expect(outline(plan)).toEqual([['1|严守政治纪律', '2|严肃政治生活', '3|加强理论学习', '4|3月底前完成']]);
    expect(plan.sections[0]?.items[2]?.text).toBe('加强理论学习。\n1.5亿元资金按期拨付。');
  });

  it('treats 一、二、 headings followed by paragraphs as sections whose paragraphs are items', () => {
    const text = '一、政治建设\n党组每月召开党组会议。\n党组成员每年讲党课2次。\n二、作风建设\n每季度开展一次督导检查。';
    const plan = parsePlan(text);
    expect(plan.sections.map((s) => s.title)).toEqual(['政治建设', '作风建设']);
    expect(outline(plan)).toEqual([['1|党组每月召开党组会议', '2|党组成员每年讲党课2次'], ['3|每季度开展一次督导检查']]);
  });

  it('treats 一、 lines that carry sentences as items', () => {
    const plan = parsePlan('一、严守纪律。党组每月召开党组会议。\n二、加强学习。中心组每月学习1次。');
    expect(plan.sections).toHaveLength(1);
    expect(outline(plan)).toEqual([['一|严守纪律', '二|加强学习']]);
  });

  it('keeps a section intro paragraph as an unnumbered item', () => {
    const plan = parsePlan('一、政治建设\n总的要求是讲政治。\n1.严守纪律。\n2.加强学习。');
    expect(outline(plan)).toEqual([['|总的要求是讲政治', '1|严守纪律', '2|加强学习']]);
  });

  it('reads text without any numbering as one item per paragraph, with a notice', () => {
    const { plan, notices } = readPlan('县政府党组工作要点\n今年要抓好各项工作。\n要加强学习。');
    expect(plan.title).toBe('县政府党组工作要点');
    expect(outline(plan)).toEqual([['1|今年要抓好各项工作', '2|要加强学习']]);
    expect(notices.join()).toContain('没有可识别的编号');
    expect(() => parsePlan('')).toThrow(PlanInputError);
  });
});

describe('inferPlanYear', () => {
  it('reads the year from the sample preamble and from titles', () => {
    expect(inferPlanYear(sample)).toBe(2022);
    expect(inferPlanYear('中共某某县人民政府党组2023年度工作要点\n一、…2021年以来…')).toBe(2023);
    expect(inferPlanYear('二〇二四年工作要点')).toBe(2024);
    expect(inferPlanYear('一、严守纪律。')).toBeNull();
  });
});

describe('mergeItems / splitItem', () => {
  const plan = parsePlan(sample);

  it('merges item 7 with item 8 and renumbers the rest of the plan', () => {
    const merged = mergeItems(plan, 2, 1);
    const section = merged.sections[2]!;
    expect(section.items.map((i) => i.no)).toEqual(['6', '7']);
    expect(section.items[1]?.title).toBe('坚持把纪律挺在前面');
    expect(section.items[1]?.text).toContain('\n建立健全监督机制。');
    expect(merged.sections[3]?.items[0]?.no).toBe('8');
    expect(merged.sections.flatMap((s) => s.items)).toHaveLength(14);
    // Immutable: the input plan is unchanged.
    expect(plan.sections[2]?.items).toHaveLength(3);
    expect(plan.sections[3]?.items[0]?.no).toBe('9');
  });

  it('splits item 7 before its continuation paragraph and renumbers', () => {
    const item7 = plan.sections[2]!.items[1]!;
    const split = splitItem(plan, 2, 1, item7.text.indexOf('党组成员对分管领域'));
    const items = split.sections[2]!.items;
    expect(items.map((i) => i.no)).toEqual(['6', '7', '8', '9']);
    expect(items[1]?.text).toMatch(/不少于1次，重大问题及时研究解决。$/);
    expect(items[2]?.title).toBe('党组成员对分管领域内的党风廉政建设工作研究部署、督导检查每季度至少1次');
    expect(split.sections[4]?.items.at(-1)?.no).toBe('16');
    expect(plan.sections[2]?.items).toHaveLength(3);
  });

  it('round-trips: split then merge gives the same items', () => {
    const item1 = plan.sections[0]!.items[0]!;
    const back = mergeItems(splitItem(plan, 0, 0, item1.text.indexOf('党组要发挥')), 0, 0);
    expect(back.sections[0]?.items[0]?.text.replace('\n', '')).toBe(item1.text);
    expect(back.sections.flatMap((s) => s.items.map((i) => i.no))).toEqual(plan.sections.flatMap((s) => s.items.map((i) => i.no)));
  });

  it('renumbers per section when each section restarts at 一', () => {
    const local = parsePlan('第一部分 甲\n（一）甲一。\n（二）甲二。\n第二部分 乙\n（一）乙一。\n（二）乙二。');
    expect(outline(mergeItems(local, 0, 0))).toEqual([['一.一|甲一'], ['二.一|乙一', '二.二|乙二']]);
    expect(outline(splitItem(local, 1, 0, 1)).at(1)).toEqual(['二.一|乙', '二.二|一', '二.三|乙二']);
  });

  it('names items with their section when numbering restarts, so each number names one item', () => {
    const local = parsePlan('一、政治建设\n1.党组会议每月至少召开一次。\n2.每半年向县委报告一次工作。\n二、思想建设\n1.中心组每月集中学习一次。');
    expect(outline(local)).toEqual([['一.1|党组会议每月至少召开一次', '一.2|每半年向县委报告一次工作'], ['二.1|中心组每月集中学习一次']]);
    expect(['一.1', '二.1', '7'].map(itemLabel)).toEqual(['一、第1条', '二、第1条', '第7条']);
    // Continuous numbering (the sample) stays as printed.
    expect(plan.sections[1]?.items.map((i) => i.no)).toEqual(['4', '5']);
  });

  it('refuses impossible edits', () => {
    expect(() => mergeItems(plan, 0, 2)).toThrow(RangeError);
    expect(() => mergeItems(plan, 9, 0)).toThrow(RangeError);
    expect(() => splitItem(plan, 0, 0, 0)).toThrow(RangeError);
    expect(() => splitItem(plan, 0, 0, 10_000)).toThrow(RangeError);
  });
});
