// Calendar arithmetic on 'YYYY-MM-DD' strings.
// Everything goes through UTC day numbers so results never depend on the machine's
// timezone or DST (a local `new Date('2022-03-05')` is the 4th west of Greenwich).
// ISO date strings also compare correctly with < and >, which the engine relies on.

import type { Frequency } from '../domain/duties';

const DAY_MS = 86_400_000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** A reporting period of a duty. `start` and `end` are inclusive ISO dates. */
export interface Period {
  key: string;
  label: string;
  start: string;
  end: string;
}

export interface PeriodOptions {
  /** 'MM-DD': the duty is a single period from Jan 1 to that day (see parseDeadline). */
  deadline?: string | null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Strict parse: rejects '2022-02-30' and anything that is not 'YYYY-MM-DD'. */
export function tryParseIsoDate(date: string): DateParts | null {
  const m = ISO_DATE_RE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidIsoDate(date: string): boolean {
  return tryParseIsoDate(date) !== null;
}

export function parseIsoDate(date: string): DateParts {
  const parts = tryParseIsoDate(date);
  if (!parts) throw new RangeError(`不是有效的日期（应为 YYYY-MM-DD）：${date}`);
  return parts;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days since 1970-01-01 (UTC), the unit all arithmetic below uses. */
function toDayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Signed number of days from `from` to `to` ('2022-03-01' → '2022-03-02' is 1). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 1 = Monday … 7 = Sunday (ISO 8601), as weeks are counted in China. */
export function weekdayMondayFirst(date: string): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function formatChineseDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${year}年${month}月${day}日`;
}

export function formatChineseMonthDay(date: string): string {
  const { month, day } = parseIsoDate(date);
  return `${month}月${day}日`;
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/**
 * 'MM-DD' (or 'M-D') → that day in `year`; 02-29 becomes 02-28 in common years so a
 * leap-day deadline still lands in February. Null when the text is not a date.
 */
export function parseDeadline(year: number, deadline: string): string | null {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(deadline.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // 2000 is a leap year, so this is the longest the month can ever be.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

const QUARTER_LABELS = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;
const rangeLabel = (start: string, end: string): string =>
  `${formatChineseMonthDay(start)}—${formatChineseMonthDay(end)}`;

/** Consecutive blocks of `size` months: month (1), 2months (2), quarter (3), halfyear (6). */
function monthBlocks(year: number, size: number, name: (index: number, first: number, last: number) => Omit<Period, 'start' | 'end'>): Period[] {
  const periods: Period[] = [];
  for (let first = 1, i = 1; first <= 12; first += size, i++) {
    const last = first + size - 1;
    periods.push({ ...name(i, first, last), start: isoDate(year, first, 1), end: isoDate(year, last, daysInMonth(year, last)) });
  }
  return periods;
}

interface NumberedWeek extends Period {
  week: number;
}

/**
 * Monday–Sunday weeks clipped to the year. Numbers follow ISO 8601 for every week that
 * ISO assigns to this year; the days ISO gives to a neighbouring year keep the
 * year-local numbers W00 (leading days, e.g. 2022-01-01..02) and W53 (trailing days,
 * e.g. 2024-12-30..31), so keys stay unique and sortable inside one year.
 */
function weeksOfYear(year: number): NumberedWeek[] {
  const jan1 = isoDate(year, 1, 1);
  const dec31 = isoDate(year, 12, 31);
  const jan1Weekday = weekdayMondayFirst(jan1);
  // ISO week 1 is the week containing the year's first Thursday.
  const firstNumber = jan1Weekday <= 4 ? 1 : 0;
  const weeks: NumberedWeek[] = [];
  for (let monday = addDays(jan1, 1 - jan1Weekday), n = firstNumber; monday <= dec31; monday = addDays(monday, 7), n++) {
    const start = maxDate(monday, jan1);
    const end = minDate(addDays(monday, 6), dec31);
    const label = `${n === 0 ? '年初' : `第${n}周`}（${rangeLabel(start, end)}）`;
    weeks.push({ key: `${year}-W${pad2(n)}`, label, start, end, week: n });
  }
  return weeks;
}

/**
 * Two-week periods pair ISO weeks (1+2, 3+4, …). The leading W00 days join the first
 * pair and a W53 joins the last, so every year has exactly 26 periods and none is a
 * two-day stub that could never reasonably be met.
 */
function fortnightsOfYear(year: number): Period[] {
  const periods: Period[] = [];
  for (const week of weeksOfYear(year)) {
    const index = Math.min(26, Math.ceil(Math.max(week.week, 1) / 2));
    const last = periods[index - 1];
    if (last) {
      last.end = week.end;
    } else {
      periods.push({ key: `${year}-F${pad2(index)}`, label: '', start: week.start, end: week.end });
    }
  }
  return periods.map((p, i) => ({ ...p, label: `第${i + 1}个双周（${rangeLabel(p.start, p.end)}）` }));
}

function wholeYear(year: number): Period {
  return { key: String(year), label: '全年', start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/**
 * The periods a duty of this frequency is checked in during `year`, in date order.
 * Keys: '2022-W01', '2022-F01', '2022-03', '2022-B1', '2022-Q1', '2022-H1', '2022';
 * a deadline duty has the single period '2022-D0331' from Jan 1 to the deadline.
 */
export function periodsOfYear(year: number, frequency: Frequency, opts: PeriodOptions = {}): Period[] {
  const deadline = opts.deadline ? parseDeadline(year, opts.deadline) : null;
  if (deadline) {
    const { month, day } = parseIsoDate(deadline);
    return [{ key: `${year}-D${pad2(month)}${pad2(day)}`, label: `${formatChineseMonthDay(deadline)}前`, start: isoDate(year, 1, 1), end: deadline }];
  }
  switch (frequency) {
    case 'week':
      return weeksOfYear(year).map(({ week: _week, ...period }) => period);
    case '2weeks':
      return fortnightsOfYear(year);
    case 'month':
      return monthBlocks(year, 1, (_i, m) => ({ key: `${year}-${pad2(m)}`, label: `${m}月` }));
    case '2months':
      return monthBlocks(year, 2, (i, first, last) => ({ key: `${year}-B${i}`, label: `${first}—${last}月` }));
    case 'quarter':
      return monthBlocks(year, 3, (i) => ({ key: `${year}-Q${i}`, label: QUARTER_LABELS[i - 1] ?? `第${i}季度` }));
    case 'halfyear':
      return monthBlocks(year, 6, (i) => ({ key: `${year}-H${i}`, label: i === 1 ? '上半年' : '下半年' }));
    case 'year':
    case 'once':
      return [wholeYear(year)];
  }
}

/** The period whose range contains `date`, if any. */
export function findPeriod<P extends Period>(periods: readonly P[], date: string): P | undefined {
  return periods.find((p) => p.start <= date && date <= p.end);
}

/** Number of calendar months that [start, end] touches (used to prorate by term of office). */
export function monthsTouched(start: string, end: string): number {
  if (end < start) return 0;
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}
