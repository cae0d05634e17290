// 报告期: the period a report, summary or document is about, apart from the day it is dated.
// A 上半年 report dated 7月5日 is about the first half: periodic duties count it there.
// Stored as 'YYYY' (全年), 'YYYY-H1' / 'YYYY-H2' (上/下半年) or 'YYYY-Q1'…'YYYY-Q4' (季度).

import { isoDate } from '../dates/periods';

const PARTS = [
  { code: '', label: '全年', from: 1, to: 12 },
  { code: 'H1', label: '上半年', from: 1, to: 6 },
  { code: 'H2', label: '下半年', from: 7, to: 12 },
  { code: 'Q1', label: '第一季度', from: 1, to: 3 },
  { code: 'Q2', label: '第二季度', from: 4, to: 6 },
  { code: 'Q3', label: '第三季度', from: 7, to: 9 },
  { code: 'Q4', label: '第四季度', from: 10, to: 12 },
] as const;

export const REPORT_PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const lastDay = (year: number, month: number) => (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : LAST_DAY[month - 1]!);

export interface ReportPeriod {
  code: string;
  year: number;
  label: string;
  start: string;
  end: string;
}

/** null for null, '' or anything not of the stored form. */
export function parseReportPeriod(code: string | null | undefined): ReportPeriod | null {
  const m = code ? REPORT_PERIOD_PATTERN.exec(code) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const part = PARTS.find((p) => p.code === (m[2] ?? ''))!;
  return { code: code!, year, label: `${year}年${part.label}`, start: isoDate(year, part.from, 1), end: isoDate(year, part.to, lastDay(year, part.to)) };
}

export const reportPeriodLabel = (code: string | null | undefined): string => parseReportPeriod(code)?.label ?? '';

/** The periods of a year, in menu order: 全年, 上半年, 下半年, 第一…第四季度. */
export const reportPeriodsOf = (year: number): ReportPeriod[] => PARTS.map((p) => parseReportPeriod(p.code ? `${year}-${p.code}` : String(year))!);

/**
 * The day a record counts on: its date, pulled into its 报告期 when it lies outside (a 上半年
 * report dated 7月5日 counts on 6月30日; next year's plan issued in December on 1月1日).
 */
export function countingDate(date: string, code: string | null | undefined): string {
  const p = parseReportPeriod(code);
  if (!p) return date;
  return date < p.start ? p.start : date > p.end ? p.end : date;
}
