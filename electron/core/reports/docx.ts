import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { formatChineseDate } from '../../../shared/dates/periods';
import { cellText } from '../print/sheets/report';
import type { Column, ReportDoc } from './doc';

// Chinese official-document conventions (GB/T 9704): A4; title 方正小标宋 二号 (22pt); headings 黑体
// 三号; body 仿宋_GB2312 三号 (16pt) with a two-character first-line indent. Fonts fall back
// to what Word or WPS has. Half-points: docx sizes are in half-points.
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const TITLE = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const HEAD = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TABLE_SIZE = 21; // 五号 10.5pt

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 }; // 37/35/28/26 mm

const body = (text: string, indent = true) =>
  new Paragraph({
    children: [new TextRun({ text, font: BODY, size: 32 })],
    indent: indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560, lineRule: 'exact' },
    alignment: AlignmentType.JUSTIFIED,
  });

function table(columns: Column[], rows: (string | number | null)[][], usable: number): Table {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * usable));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      verticalAlign: VerticalAlign.CENTER,
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
      children: text.split('\n').map(
        (t) =>
          new Paragraph({
            alignment: head || columns[i]!.type === 'number' || columns[i]!.type === 'date' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [new TextRun({ text: t, font: head ? HEAD : BODY, size: TABLE_SIZE })],
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

/** The report as an editable Word document that Word and WPS open without complaint. */
export async function toDocx(doc: ReportDoc): Promise<Buffer> {
  const pageWidth = doc.landscape ? A4.height : A4.width;
  const usable = pageWidth - MARGIN.left - MARGIN.right;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: doc.title, font: TITLE, size: 44 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [new TextRun({ text: doc.subtitle, font: BODY, size: 32 })] }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: s.title, font: HEAD, size: 32, color: '000000' })] }));
    for (const p of s.paragraphs ?? []) children.push(body(p));
    if (s.columns && s.rows) children.push(s.rows.length ? table(s.columns, s.rows, usable) : body('无。'));
  }
  for (const n of doc.notes) children.push(new Paragraph({ children: [new TextRun({ text: n, font: BODY, size: 24 })] }));
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [new TextRun({ text: doc.unitName, font: BODY, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: formatChineseDate(doc.asOf), font: BODY, size: 32 })] }),
  );
  const document = new Document({
    creator: doc.unitName,
    title: doc.title,
    styles: { default: { document: { run: { font: BODY, size: 32 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
