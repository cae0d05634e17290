import { randomUUID } from 'node:crypto';
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { formatChineseDate } from '../../../shared/dates/periods';
import type { ReportDoc } from './doc';
import { tableXml, xmlSafe, type Font, type TableLook } from './docx-table';

// Chinese official-document conventions (GB/T 9704): A4; title 方正小标宋 二号 (22pt); headings 黑体
// 三号; body 仿宋_GB2312 三号 (16pt) with a two-character first-line indent. Fonts fall back
// to what Word or WPS has. Half-points: docx sizes are in half-points.
const BODY: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const TITLE: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const HEAD: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TABLE_LOOK: TableLook = { body: BODY, head: HEAD, size: 21 }; // 五号 10.5pt

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 }; // 37/35/28/26 mm

const DOCUMENT_XML = 'word/document.xml';

const run = (text: string, font: Font, size: number, color?: string) => new TextRun({ text: xmlSafe(text), font, size, color });

const body = (text: string, indent = true) =>
  new Paragraph({
    children: [run(text, BODY, 32)],
    indent: indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560, lineRule: 'exact' },
    alignment: AlignmentType.JUSTIFIED,
  });

// The docx library builds the document around the tables (styles, page, headings, notes); each
// table is a placeholder paragraph until the package is written, then its XML from
// docx-table.ts takes the paragraph's place. The tables are what made the library slow.

/** A paragraph holding only a fresh token (no report text can equal it), standing for `xml`. */
function placeholder(tables: Map<string, string>, xml: string): Paragraph {
  const token = `luoshi-table-${randomUUID()}`;
  tables.set(token, xml);
  return new Paragraph(token);
}

/** The placeholder paragraph exactly as the docx library writes it. */
const placeholderXml = (token: string) => `<w:p><w:r><w:t xml:space="preserve">${token}</w:t></w:r></w:p>`;

/** document.xml as UTF-8 pieces with each placeholder replaced by its table (no single huge string). */
function fillPlaceholders(xml: string, tables: Map<string, string>): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  for (const [token, table] of tables) {
    const p = placeholderXml(token);
    const at = xml.indexOf(p, from);
    if (at < 0) throw new Error(`生成 Word 文件时找不到表格的位置（${token}）`);
    pieces.push(Buffer.from(xml.slice(from, at)), Buffer.from(table));
    from = at + p.length;
  }
  pieces.push(Buffer.from(xml.slice(from)));
  return pieces;
}

/** The packed document with its tables put in. fflate, not jszip: it is what the docx library zips with, and synchronous. */
function withTables(packed: Buffer, tables: Map<string, string>): Buffer {
  if (!tables.size) return packed;
  const files = unzipSync(packed);
  const xml = Buffer.from(files[DOCUMENT_XML]!).toString('utf8');
  files[DOCUMENT_XML] = Buffer.concat(fillPlaceholders(xml, tables));
  const zipped = zipSync(files);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}

/** The report as an editable Word document that Word and WPS open without complaint. */
export async function toDocx(doc: ReportDoc): Promise<Buffer> {
  const pageWidth = doc.landscape ? A4.height : A4.width;
  const usable = pageWidth - MARGIN.left - MARGIN.right;
  const tables = new Map<string, string>();
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(doc.title, TITLE, 44)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(doc.subtitle, BODY, 32)] }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(s.title, HEAD, 32, '000000')] }));
    for (const p of s.paragraphs ?? []) children.push(body(p));
    if (s.columns && s.rows) children.push(s.rows.length ? placeholder(tables, tableXml(s.columns, s.rows, usable, TABLE_LOOK)) : body('无。'));
  }
  for (const n of doc.notes) children.push(new Paragraph({ children: [run(n, BODY, 24)] }));
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run(doc.unitName, BODY, 32)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(formatChineseDate(doc.asOf), BODY, 32)] }),
  );
  const document = new Document({
    creator: xmlSafe(doc.unitName),
    title: xmlSafe(doc.title),
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
  return withTables(await Packer.toBuffer(document), tables);
}
