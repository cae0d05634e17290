// Every structure real plans use (issue #13): numbered levels, 第X条, run-together items,
// numbers without a separator, "一是…二是…", no numbering at all, and web residue around it.
import { describe, expect, it } from 'vitest';
import { extractDuties } from '../../../shared/plan/extract';
import { readPlan, type ParsedPlan } from '../../../shared/plan/parse';

const items = (plan: ParsedPlan) => plan.sections.flatMap((s) => s.items.map((i) => `${i.no}|${i.text}`));

const cases: { name: string; text: string; title?: string; preamble?: string; items: string[]; notice?: RegExp }[] = [
  {
    // Each section numbers its items its own way, and the last one is a plain paragraph.
    name: 'sections numbering their items differently (（一） / 1. / none)',
    text: '某局党组2024年工作要点\n一、强化理论武装\n（一）中心组每季度集中学习1次。\n（二）党组书记每年讲党课1次。\n二、严格组织生活\n1.每月召开党组会议。\n2.每半年向县委报告一次。\n三、加强调查研究\n每名班子成员每年撰写调研报告1篇。',
    title: '某局党组2024年工作要点',
    items: ['一|中心组每季度集中学习1次。', '二|党组书记每年讲党课1次。', '1|每月召开党组会议。', '2|每半年向县委报告一次。', '三.1|每名班子成员每年撰写调研报告1篇。'],
  },
  {
    name: '1、 items',
    text: '1、每月召开党委会。\n2、每季度讲党课。',
    items: ['1|每月召开党委会。', '2|每季度讲党课。'],
  },
  {
    name: '第X章 > 第X条',
    text: '学习制度\n第一章 总则\n第一条 为加强学习，制定本制度。\n第二章 学习安排\n第二条 中心组每月集中学习1次。',
    title: '学习制度',
    items: ['一|为加强学习，制定本制度。', '二|中心组每月集中学习1次。'],
  },
  {
    name: 'items run together in one paragraph',
    text: '支部工作安排\n1、每月召开支委会。2、每学期讲党课不少于2次。3、年终进行年度评估。',
    title: '支部工作安排',
    items: ['1|每月召开支委会。', '2|每学期讲党课不少于2次。', '3|年终进行年度评估。'],
    notice: /连在同一段/,
  },
  {
    name: 'a lead sentence, then items run together from 1',
    text: '一、组织生活\n主要安排如下。1、每月召开支委会。2、每季度召开党员大会。',
    items: ['|主要安排如下。', '1|每月召开支委会。', '2|每季度召开党员大会。'],
  },
  {
    name: 'numbers without a separator',
    text: '1加强理论学习，每月集中学习1次。\n2落实三会一课，支委会每月召开1次。\n12月底前召开组织生活会。',
    items: ['1|加强理论学习，每月集中学习1次。', '2|落实三会一课，支委会每月召开1次。\n12月底前召开组织生活会。'],
  },
  {
    name: '一是…二是… inside a paragraph, without other numbering',
    text: '镇党委2023年工作要点\n全年重点抓好以下工作：\n一是每月召开党委会议；二是每季度开展一次督导检查；三是年底前向县委报告工作。',
    title: '镇党委2023年工作要点',
    preamble: '全年重点抓好以下工作：',
    items: ['1|一是每月召开党委会议；', '2|二是每季度开展一次督导检查；', '3|三是年底前向县委报告工作。'],
    notice: /没有可识别的编号/,
  },
  {
    name: 'no numbering at all: one item per paragraph',
    text: '谈心谈话制度\n为加强党内沟通，特制定本制度。\n班子成员之间每年谈心谈话不少于1次。\n书记与班子成员每年谈心谈话不少于2次。',
    title: '谈心谈话制度',
    preamble: '为加强党内沟通，特制定本制度。',
    items: ['1|班子成员之间每年谈心谈话不少于1次。', '2|书记与班子成员每年谈心谈话不少于2次。'],
    notice: /没有可识别的编号/,
  },
  {
    name: 'web residue and page footers are dropped',
    text: '县统战部工作制度\n发布时间：2022-05-06 来源：县委统战部 浏览次数：1024\n【字体：大 中 小】\n一、会议制度\n1.每季度召开一次部务会。\n- 2 -\n2.每年召开一次民主生活会。\n第 1 页 共 3 页\n打印本页 关闭窗口\n分享到：',
    title: '县统战部工作制度',
    items: ['1|每季度召开一次部务会。', '2|每年召开一次民主生活会。'],
    notice: /网页/,
  },
];

describe('structures of real plans', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { plan, notices } = readPlan(c.text);
      expect(items(plan)).toEqual(c.items);
      if (c.title !== undefined) expect(plan.title).toBe(c.title);
      if (c.preamble !== undefined) expect(plan.preamble).toBe(c.preamble);
      if (c.notice) expect(notices.join('\n')).toMatch(c.notice);
      else expect(notices.join('\n')).not.toMatch(/没有可识别的编号/);
    });
  }

  it('（1） items keep ① lines inside them', () => {
    const { plan } = readPlan('（1）每月召开党委会。会议由书记主持。\n①会前通知。\n（2）每季度讲党课。');
    expect(items(plan)).toEqual(['1|每月召开党委会。会议由书记主持。\n①会前通知。', '2|每季度讲党课。']);
  });

  it('a date at the start of a line is not an item number', () => {
    const { plan } = readPlan('1.每月召开党委会。2022年起实行。\n2.每季度讲党课。');
    expect(items(plan)).toEqual(['1|每月召开党委会。2022年起实行。', '2|每季度讲党课。']);
  });

  it('the refused documents of the report now yield duties', () => {
    for (const text of [cases[4]!.text, cases[5]!.text]) {
      expect(extractDuties(readPlan(text).plan).length, text).toBeGreaterThanOrEqual(2);
    }
    // "制定本制度" is the rule introducing itself, not a document to draw up: the study is the one duty.
    expect(extractDuties(readPlan(cases[2]!.text).plan).map((d) => d.kind)).toEqual(['study-group']);
  });
});
