// One plain model for every report, so printing, .xlsx and .docx show the same content and
// each writer is written once: a title, then sections, each with paragraphs and/or one table.

export type ColumnType = 'text' | 'number' | 'date';

export interface Column {
  header: string;
  /** Width in characters (Excel's unit); print and Word scale it to the page. Not 9: exceljs drops Excel's default width. */
  width: number;
  /** 'date' cells hold ISO 'YYYY-MM-DD' text and become real dates in Excel. */
  type?: ColumnType;
}

export type Cell = string | number | null;

export interface DocSection {
  /** Heading in print and Word. */
  title: string;
  /** Excel sheet name (defaults to the title; shortened to Excel's 31 characters). */
  sheetName?: string;
  paragraphs?: string[];
  columns?: Column[];
  rows?: Cell[][];
}

export interface ReportDoc {
  title: string;
  /** Under the title, e.g. 统计截至2022年6月15日. */
  subtitle: string;
  unitName: string;
  /** Wide tables print on landscape pages. */
  landscape: boolean;
  sections: DocSection[];
  /** Closing notes (统计口径). */
  notes: string[];
  /** For the file's metadata: the day the report describes (stable output). */
  asOf: string;
}
