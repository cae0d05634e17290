import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { planTextOf } from '../../../electron/core/plan/read';
import { parsePlan } from '../../../shared/plan/parse';
import { extractDuties } from '../../../shared/plan/extract';

/** A plan as many offices write it: Word's automatic list numbering, no typed numbers. */
async function autoNumberedPlan(typedSections: boolean): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('县政府党组2023年工作要点'),
          new Paragraph('2023年县政府党组工作的总体要求是：坚持党的全面领导。'),
          typedSections ? new Paragraph('一、加强政治建设') : new Paragraph({ text: '加强政治建设', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: '严格党内生活。党组每月至少召开一次党组会议。', numbering: { reference: 'plan', level: typedSections ? 0 : 1 } }),
          new Paragraph({ text: '抓好理论学习。党组成员每人全年讲党课不少于2次。', numbering: { reference: 'plan', level: typedSections ? 0 : 1 } }),
          typedSections ? new Paragraph('二、强化责任落实') : new Paragraph({ text: '强化责任落实', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: '开展调查研究。党组成员每人全年至少撰写一篇调研报告。', numbering: { reference: 'plan', level: typedSections ? 0 : 1 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('.docx with Word automatic numbering', () => {
  it('gets its numbers back, so sections, items and duties are found', async () => {
    const { text } = await planTextOf('要点.docx', await autoNumberedPlan(false));
    const plan = parsePlan(text);
    expect(plan.title).toBe('县政府党组2023年工作要点');
    expect(plan.sections.map((s) => [s.no, s.title, s.items.length])).toEqual([
      ['一', '加强政治建设', 2],
      ['二', '强化责任落实', 1],
    ]);
    expect(plan.sections[0]!.items[0]!.title).toBe('严格党内生活');
    const kinds = extractDuties(plan).map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['party-group-meeting', 'party-lecture', 'research-report']));
  });

  it('numbers list items as items when the section headings are typed by hand', async () => {
    const { text } = await planTextOf('要点.docx', await autoNumberedPlan(true));
    const plan = parsePlan(text);
    expect(plan.sections.map((s) => s.items.length)).toEqual([2, 1]);
    expect(plan.sections[1]!.items[0]!.title).toBe('开展调查研究');
  });
});
