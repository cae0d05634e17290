import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Cell, Column, ReportDoc } from '../../../electron/core/reports/doc';
import { toDocx } from '../../../electron/core/reports/docx';
import { columnWidths, tableXml, type TableLook } from '../../../electron/core/reports/docx-table';
import { cellText } from '../../../electron/core/print/sheets/report';
import { missing } from '../../helpers/needs';
import { tmpDir } from '../../helpers/tmp';
import { readDocx } from './docx-check';

// Tables are written as XML strings rather than through the docx library (speed). These tests
// hold that XML to what the library writes, and prove hostile cell text stays well-formed and
// comes back out of the file unchanged (less the characters XML cannot carry).

const COLUMNS: Column[] = [
  { header: '事项', width: 20 },
  { header: '次数', width: 6, type: 'number' },
  { header: '日期', width: 12, type: 'date' },
  { header: '说明', width: 30 },
];

const LONG = '长文本'.repeat(4000);

/** Awkward cells, and the text each should read as once in Word. */
const AWKWARD: { cell: Cell; text: string[] }[] = [
  { cell: `A<&>"'B`, text: [`A<&>"'B`] },
  { cell: '响\u0007铃\u0000', text: ['响铃'] },
  { cell: '第一行\n第二行\n第三行', text: ['第一行', '第二行', '第三行'] },
  { cell: '   前导空格与尾随空格  ', text: ['   前导空格与尾随空格  '] },
  { cell: '</w:t></w:r></w:p>注入', text: ['</w:t></w:r></w:p>注入'] },
  { cell: '替换串 $& $1 $$', text: ['替换串 $& $1 $$'] },
  { cell: '表情😀与\uFFFE非字符\uD800', text: ['表情😀与非字符'] },
  { cell: LONG, text: [LONG] },
];

const ROWS: Cell[][] = [
  ...AWKWARD.map((a, i) => [a.cell, i, '2022-03-05', '党组会议研究部署']),
  ['空单元格', null, null, ''],
];

const doc = (over: Partial<ReportDoc> = {}): ReportDoc => ({
  title: '2022年度台账 & <测试>',
  subtitle: '（统计截至2022年12月31日）',
  unitName: '示例县人民政府党组',
  landscape: true,
  sections: [
    { title: '一、怪异文本', paragraphs: ['说明段落 <&> \u0007 结束'], columns: COLUMNS, rows: ROWS },
    { title: '二、无记录', columns: COLUMNS, rows: [] },
    { title: '三、第二张表', columns: COLUMNS, rows: [['第二张表的事项', 3, '2022-12-31', '末行']] },
  ],
  notes: ['注：统计口径说明。'],
  asOf: '2022-12-31',
  ...over,
});

const LOOK: TableLook = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' },
  head: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' },
  size: 21,
};

/** The same table built with the docx library, as docx.ts did before: the reference markup. */
function libraryTable(columns: Column[], rows: Cell[][], usable: number): Table {
  const widths = columnWidths(columns, usable);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders: { top: border, bottom: border, left: border, right: border },
      verticalAlign: VerticalAlign.CENTER,
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
      children: text.split('\n').map(
        (t) =>
          new Paragraph({
            alignment: head || columns[i]!.type === 'number' || columns[i]!.type === 'date' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [new TextRun({ text: t, font: head ? LOOK.head : LOOK.body, size: LOOK.size })],
          }),
      ),
    });
  return new Table({
    width: { size: usable, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(cellText(r[i] ?? null, c), i, false)) })),
    ],
  });
}

const documentXml = (docx: Uint8Array) => Buffer.from(unzipSync(docx)['word/document.xml']!).toString('utf8');

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);

describe('.docx tables written as XML text', () => {
  it('are the markup the docx library writes for the same table', async () => {
    // The library keeps U+FFFE and lone surrogates (invalid XML); leave those out of the comparison.
    const rows = ROWS.filter((r) => !String(r[0]).includes('\uFFFE'));
    const packed = await Packer.toBuffer(new Document({ sections: [{ children: [libraryTable(COLUMNS, rows, 13744)] }] }));
    const xml = documentXml(packed);
    const library = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>') + '</w:tbl>'.length);
    expect(tableXml(COLUMNS, rows, 13744, LOOK)).toBe(library);
  });

  it('keep hostile text well-formed and every cell line round-trips through mammoth', async () => {
    const buf = await toDocx(doc());
    await readDocx(buf); // strict XML parse of every part
    const xml = documentXml(buf);
    expect(xml).not.toMatch(/luoshi-table-/);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    const paragraphs = (await mammoth.extractRawText({ buffer: buf })).value.split('\n');
    for (const line of AWKWARD.flatMap((a) => a.text)) expect(paragraphs, line.slice(0, 20)).toContain(line);
    for (const line of ['2022年3月5日', '7', '说明段落 <&>  结束', '2022年度台账 & <测试>', '无。']) expect(paragraphs).toContain(line);
  });

  it('put each table in its own section, in order', async () => {
    const text = (await mammoth.extractRawText({ buffer: await toDocx(doc()) })).value;
    const order = ['一、怪异文本', '第三行', '二、无记录', '无。', '三、第二张表', '第二张表的事项', '注：统计口径说明。'].map((s) => text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('leave a report without tables to the docx library alone', async () => {
    const buf = await toDocx(doc({ sections: [{ title: '一、只有文字', paragraphs: ['正文。'] }] }));
    expect((await readDocx(buf)).text).toContain('正文。');
  });

  it.skipIf(missing(soffice, '.docx 在 LibreOffice 中打开', 'libreoffice-writer-nogui'))('open in LibreOffice with the cell text intact', async () => {
    const dir = tmpDir();
    const file = path.join(dir, '怪异文本.docx');
    fs.writeFileSync(file, await toDocx(doc()));
    const profile = path.join(dir, 'lo-profile');
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], { timeout: 120_000, stdio: 'pipe' });
    const text = fs.readFileSync(path.join(dir, '怪异文本.txt'), 'utf8');
    for (const line of AWKWARD.flatMap((a) => a.text)) expect(text, line.slice(0, 20)).toContain(line);
    expect(text).toContain('第二张表的事项');
  }, 150_000);
});
