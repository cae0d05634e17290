import { describe, expect, it } from 'vitest';
import { pdfPagesToText, type PdfLine, type PdfPage } from '../../../electron/core/plan/formats/pdf-layout';

// Lines as a PDF of an A4 plan has them: body from x=57 to a right margin near 538 (10 pt font).
const line = (text: string, y: number, full = true): PdfLine => ({ text, x: 57, right: full ? 538 : 57 + text.length * 10, y, size: 10 });
const page = (lines: PdfLine[]): PdfPage => ({ lines });

describe('PDF lines back to paragraphs', () => {
  it('joins wrapped lines, keeps titles, numbered items and sentence ends, drops headers, footers and page numbers', () => {
    const pages = [
      page([
        line('县政府党组文件', 810, false),
        line('县政府党组2023年工作要点', 780, false),
        line('一、加强政治建设', 760, false),
        line('1.严肃党内政治生活。党组每月至少召开一次党组会议，研究', 740),
        line('部署重要工作。', 725, false),
        line('2.抓好理论学习。党组理论学习中心组全年集中学习不少于', 705),
        line('- 1 -', 40, false),
      ]),
      page([
        line('县政府党组文件', 810, false),
        line('12次。', 780, false),
        line('（一）党组成员每人全年讲党课不少于2次', 760),
        line('第 2 页 共 2 页', 40, false),
      ]),
    ];
    expect(pdfPagesToText(pages).split('\n')).toEqual([
      '县政府党组2023年工作要点',
      '一、加强政治建设',
      '1.严肃党内政治生活。党组每月至少召开一次党组会议，研究部署重要工作。',
      '2.抓好理论学习。党组理论学习中心组全年集中学习不少于12次。',
      '（一）党组成员每人全年讲党课不少于2次',
    ]);
  });

  it('a closing quote is not a sentence end; a line ending with 。 at the margin is', () => {
    const text = pdfPagesToText([page([line('用好“红旗”“蜗牛”', 700), line('评选办法。', 685, false), line('每季度至少召开一次。', 670), line('党组会议由书记主持。', 655, false)])]);
    expect(text.split('\n')).toEqual(['用好“红旗”“蜗牛”评选办法。', '每季度至少召开一次。', '党组会议由书记主持。']);
  });

  it('keeps a space between two Latin words split across lines', () => {
    expect(pdfPagesToText([page([line('依托 Microsoft', 700), line('Teams 平台学习。', 685, false)])])).toBe('依托 Microsoft Teams 平台学习。');
  });
});
