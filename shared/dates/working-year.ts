// The one working year (年度) every page shows, and the dates that belong to it.

import { dayInfo } from './holidays';
import { addDays, isoDate } from './periods';

export const yearOf = (date: string) => Number(date.slice(0, 4));

/** The first working day of the year (2 January or later: 1 January is always a holiday). */
export function firstWorkdayOf(year: number): string {
  let d = isoDate(year, 1, 1);
  while (!dayInfo(d).isWorkday) d = addDays(d, 1);
  return d;
}

/** Where a new meeting or record starts: today when today is in the working year, else its first working day. */
export const defaultDateIn = (year: number, today: string) => (yearOf(today) === year ? today : firstWorkdayOf(year));

/** The dashboard's "as of" date: today in the current year, the year's end for past years, its start for future ones. */
export function asOfIn(year: number, today: string): string {
  const y = yearOf(today);
  if (y === year) return today;
  return year < y ? isoDate(year, 12, 31) : isoDate(year, 1, 1);
}

/** The question asked before saving a date of another year, or null when it is in the working year. */
export const otherYearQuestion = (date: string, year: number) => (yearOf(date) === year ? null : `该日期属于${yearOf(date)}年度，仍要保存吗？`);
