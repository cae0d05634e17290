import ExcelJS from 'exceljs';
import type { Cell, Column, ReportDoc } from './doc';

/**
 * Text that Excel (or a CSV round-trip) could take for a formula — starting with = + - @ or a
 * tab/CR — gets a leading apostrophe, the usual mark of "this is text", so it is never run.
 */
export const neutralise = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const SHEET_BAD = /[\\/?*[\]:]/g;

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :, unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(SHEET_BAD, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

const isoToDate = (s: string) => new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))));

/** A cell as a plain Excel value: dates as dates, numbers as numbers, text neutralised. Never a formula. */
function value(c: Cell, col: Column): ExcelJS.CellValue {
  if (c === null || c === '') return null;
  if (col.type === 'date' && typeof c === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c)) return isoToDate(c);
  if (typeof c === 'number') return c;
  return neutralise(c);
}

/** One sheet per section: frozen header row, set column widths, A4 page setup, title in the print header. */
export async function toXlsx(doc: ReportDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = doc.unitName;
  wb.title = doc.title;
  // The day described, not the wall clock: exporting twice gives the same metadata.
  wb.created = wb.modified = isoToDate(doc.asOf);
  const taken = new Set<string>();
  for (const s of doc.sections) {
    const columns: Column[] = s.columns ?? [{ header: '内容', width: 100 }];
    const rows: Cell[][] = s.columns ? (s.rows ?? []) : (s.paragraphs ?? []).map((p) => [p]);
    const ws = wb.addWorksheet(sheetName(s.sheetName ?? s.title, taken), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      pageSetup: { paperSize: 9, orientation: doc.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
      headerFooter: { oddHeader: `&C${neutralise(`${doc.title} · ${s.title}`).replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
    });
    ws.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
    const header = ws.addRow(columns.map((c) => neutralise(c.header)));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7EFE9' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const r of rows) {
      const row = ws.addRow(columns.map((c, i) => value(r[i] ?? null, c)));
      row.alignment = { vertical: 'top', wrapText: true };
    }
    columns.forEach((c, i) => {
      if (c.type === 'date') ws.getColumn(i + 1).numFmt = 'yyyy"年"m"月"d"日"';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
