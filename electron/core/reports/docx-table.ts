import { cellText } from '../print/sheets/report';
import type { Cell, Column } from './doc';

// Report tables as WordprocessingML text. The docx library builds an object per cell, paragraph
// and run and then serialises them: a year's ledger (~20 000 rows) took ~30 s, nearly all in
// allocation and GC. Joining strings worked out once per column takes well under a second.
// The markup is byte for byte what docx 9 writes for the same table (the test compares them),
// so Word, WPS and LibreOffice read it exactly as they read the library's tables.

export interface Font {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
}

/** How table text looks; sizes are in half-points, as in docx. */
export interface TableLook {
  body: Font;
  head: Font;
  size: number;
}

// Characters XML 1.0 forbids (controls other than tab/CR/LF, U+FFFE/U+FFFF, lone surrogates).
// The docx library drops only the controls, so all text for the document passes through here.
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text without the characters an XML file may not contain. */
export const xmlSafe = (s: string): string => s.replace(FORBIDDEN, '');

/** Text escaped for an element or attribute value, as the docx library escapes it. */
export const xmlText = (s: string): string => xmlSafe(s).replace(SPECIAL, (c) => ENTITY[c]!);

/** Column widths in DXA: the columns' character widths scaled to the usable page width. */
export function columnWidths(columns: Column[], usable: number): number[] {
  const total = columns.reduce((n, c) => n + c.width, 0);
  return columns.map((c) => Math.floor((c.width / total) * usable));
}

const borders = (tag: string, sides: string[], color: string) => `<w:${tag}>${sides.map((s) => `<w:${s} w:val="single" w:color="${color}" w:sz="4"/>`).join('')}</w:${tag}>`;
const TABLE_BORDERS = borders('tblBorders', ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'], 'auto');
const CELL_BORDERS = borders('tcBorders', ['top', 'left', 'bottom', 'right'], '000000');
const HEAD_SHADING = '<w:shd w:fill="F2F2F2" w:color="auto" w:val="clear"/>';
const TEXT_END = '</w:t></w:r></w:p>';

/** The fixed markup around one column's cells, worked out once per table instead of per cell. */
interface ColumnXml {
  /** `<w:tc>` with its properties. */
  open: string;
  /** A paragraph and run up to the text. */
  text: string;
}

function columnXml(width: number, centered: boolean, head: boolean, font: Font, size: number): ColumnXml {
  const fonts = `<w:rFonts w:ascii="${xmlText(font.ascii)}" w:eastAsia="${xmlText(font.eastAsia)}" w:hAnsi="${xmlText(font.hAnsi)}"/>`;
  return {
    open: `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${CELL_BORDERS}${head ? HEAD_SHADING : ''}<w:vAlign w:val="center"/></w:tcPr>`,
    text: `<w:p><w:pPr><w:jc w:val="${centered ? 'center' : 'left'}"/></w:pPr><w:r><w:rPr>${fonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">`,
  };
}

/** A cell; each line of its text is a paragraph, as Word has no line breaks inside a run's text. */
const cellXml = (col: ColumnXml, text: string) => `${col.open}${text.split('\n').map((line) => col.text + xmlText(line) + TEXT_END).join('')}</w:tc>`;

/** A row that never splits across pages; the header row repeats on every page. */
const rowXml = (cols: ColumnXml[], texts: string[], header: boolean) =>
  `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${texts.map((t, i) => cellXml(cols[i]!, t)).join('')}</w:tr>`;

/** A whole `<w:tbl>`: a grey 黑体 header row, single borders, numbers and dates centred. */
export function tableXml(columns: Column[], rows: Cell[][], usable: number, look: TableLook): string {
  const widths = columnWidths(columns, usable);
  const head = widths.map((w) => columnXml(w, true, true, look.head, look.size));
  const body = widths.map((w, i) => columnXml(w, columns[i]!.type === 'number' || columns[i]!.type === 'date', false, look.body, look.size));
  const parts = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${usable}"/>${TABLE_BORDERS}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    rowXml(head, columns.map((c) => c.header), true),
  ];
  for (const r of rows) parts.push(rowXml(body, columns.map((c, i) => cellText(r[i] ?? null, c)), false));
  parts.push('</w:tbl>');
  return parts.join('');
}
