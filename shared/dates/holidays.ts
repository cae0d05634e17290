// Chinese public holidays (法定节假日) and make-up working days (调休上班) from the
// offline `chinese-days` tables: no network, bundles into the renderer as-is.
// Default import on purpose: in Node the package is a UMD/CommonJS bundle whose named
// exports are not detectable, while both Node's default and the ESM build's default
// object carry every function.
import chineseDays from 'chinese-days';
import { parseIsoDate, weekdayMondayFirst } from './periods';

export interface DayInfo {
  /** A statutory holiday day off (ordinary weekends are not holidays). */
  isHoliday: boolean;
  /** People work that day: a weekday that is not a holiday, or a 调休 Saturday/Sunday. */
  isWorkday: boolean;
  /** Chinese name of the holiday the day belongs to (also set on its 调休 workdays), e.g. '国庆节'. */
  name: string | null;
  /** A weekend day that is a working day because of 调休. */
  isAdjustedWorkday: boolean;
}

export function dayInfo(date: string): DayInfo {
  parseIsoDate(date); // reject malformed input instead of letting the library guess
  // chinese-days parses 'YYYY-MM-DD' as UTC midnight and reads it back with local
  // getters, both when it builds its tables and when it is queried. Querying with the
  // same string keeps the two consistent in every timezone (a local Date would not,
  // west of Greenwich), but its own weekday is then off by one there, so ordinary
  // weekends are decided here with UTC arithmetic.
  const detail = chineseDays.getDayDetail(date);
  // Arranged days are named 'National Day,国庆节,3'; ordinary days get an English weekday.
  const parts = detail.name.split(',');
  const arranged = parts.length >= 2;
  const isWorkday = arranged ? detail.work : weekdayMondayFirst(date) <= 5;
  return {
    isHoliday: arranged && !isWorkday,
    isWorkday,
    name: arranged ? (parts[1] ?? null) : null,
    isAdjustedWorkday: arranged && isWorkday,
  };
}
