import { addDays } from '../../../shared/dates/periods';
import { isoNow, type CoreContext } from '../context';

/** The day a report describes: today within the year, Dec 31 for a past year. */
export function asOfDate(ctx: CoreContext, year: number): string {
  const today = isoNow(ctx).slice(0, 10);
  return today > `${year}-12-31` ? `${year}-12-31` : today;
}

/**
 * The "today" the compliance engine gets for a report as of `asOf`: once that day is over, the
 * next day, so what was still owed at the close of the year (or quarter) shows as overdue.
 */
export function engineDay(ctx: CoreContext, asOf: string): string {
  return isoNow(ctx).slice(0, 10) > asOf ? addDays(asOf, 1) : asOf;
}
