import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
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
  /** `found`: the non-empty rows counted, or null when the sheet is too large to count. */
  message: (found: number | null) => string;
}

/** Rows past the limit are still counted, up to this many times it, so the refusal can say how many. */
const COUNT_CAP = 20;
/** Uncompressed sheet XML larger than this is no list of people (1,000 rows of one are some 300 KB). */
const MAX_SHEET_XML = 32 * 1024 * 1024;

/** Rows of sheet XML holding a value (<v>, an inline string or a formula), counting stops at `stopAt`. */
function rowsWithValues(xml: Uint8Array, stopAt: number): number {
  const b = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let n = 0;
  for (let from = 0; ; ) {
    const end = b.indexOf('</row>', from, 'latin1');
    if (end < 0) return n;
    const row = b.subarray(b.lastIndexOf('<row', end, 'latin1'), end);
    if ((row.includes('<v>') || row.includes('<is>') || row.includes('<f')) && ++n >= stopAt) return n;
    from = end + 6;
  }
}

/**
 * Counts the non-empty rows of the first sheet that has any, from its XML alone (no cell is
 * parsed), so a sheet of 100,000 rows is refused in a fraction of a second instead of being
 * loaded whole (that took minutes). A file it cannot read is left to the full read's messages.
 */
function assertWithinLimit(buf: Buffer, limit: RowLimit): void {
  const cap = limit.rows * COUNT_CAP;
  const order: { name: string; oversized: boolean }[] = [];
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(buf, {
      filter: (f) => {
        if (!/^xl\/worksheets\/[^/]+\.xml$/.test(f.name)) return false;
        order.push({ name: f.name, oversized: f.originalSize > MAX_SHEET_XML });
        return f.originalSize <= MAX_SHEET_XML;
      },
    });
  } catch {
    return;
  }
  for (const { name, oversized } of order) {
    if (oversized) throw new AppError('BAD_FILE', limit.message(null));
    const n = rowsWithValues(sheets[name]!, cap + 1);
    if (n === 0) continue;
    if (n > limit.rows) throw new AppError('BAD_FILE', limit.message(n > cap ? null : n));
    return;
  }
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
  if (limit) assertWithinLimit(buf, limit);
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
