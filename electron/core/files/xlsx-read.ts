import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/result';

/** Rows of the first non-empty sheet as trimmed strings, with their 1-based row numbers. */
export interface SheetRows {
  sheetName: string;
  rows: { row: number; cells: string[] }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

/** A bound on the rows read: past `rows` non-empty rows the file is refused with `message`. */
export interface RowLimit {
  rows: number;
  /** `found` is the number of non-empty rows, or "超过 N" when counting stopped. */
  message: (sheetName: string, found: string) => string;
}

/** Rows past the limit are still counted, up to this many times it, so the refusal can say how many. */
const COUNT_CAP = 20;

/**
 * Counts the non-empty rows of the first sheet that has any, with ExcelJS' streaming reader:
 * nothing is kept, and it stops at COUNT_CAP × the limit, so a sheet of 100,000 rows is
 * refused in well under a second instead of being loaded whole (that took minutes).
 */
async function assertWithinLimit(buf: Buffer, limit: RowLimit): Promise<void> {
  const cap = limit.rows * COUNT_CAP;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let count = 0;
  let sheetName = '';
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) if (row.hasValues && ++count > cap) break;
      if (count > 0) {
        sheetName = (sheet as unknown as { name?: string }).name ?? '';
        break;
      }
    }
  } catch {
    return; // the full read below gives the damaged file its message
  }
  if (count <= limit.rows) return;
  throw new AppError('BAD_FILE', limit.message(sheetName || '第一个', count > cap ? `超过 ${cap}` : String(count)));
}

/** Reads an .xlsx into plain strings; every way a file can be wrong gets its own message. */
export async function readXlsxRows(buf: Buffer, fileName: string, limit?: RowLimit): Promise<SheetRows> {
  if (buf.length === 0) throw new AppError('BAD_FILE', `文件“${fileName}”是空的，请选择填好的 Excel 文件。`);
  if (startsWith(buf, OLE_MAGIC)) {
    throw new AppError('BAD_FILE', `“${fileName}”是旧版 .xls 格式。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入。`);
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new AppError('BAD_FILE', `“${fileName}”不是 Excel（.xlsx）文件。请选择 .xlsx 文件，或在 Excel/WPS 中另存为 .xlsx。`);
  }
  if (limit) await assertWithinLimit(buf, limit);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_FILE', `无法读取“${fileName}”：文件已损坏或不是 Excel 工作簿。请用 Excel/WPS 打开确认后另存为 .xlsx 再试。`);
  }
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new AppError('BAD_FILE', `“${fileName}”中没有任何数据，请检查是否选错了文件。`);
  const rows: SheetRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { sheetName: sheet.name, rows };
}

/** ExcelJS gives rich text, formulas, hyperlinks and dates as objects; users mean their text. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
    return '';
  }
  return String(v).trim();
}
