// Keeps the pages' own stores in the working year, both ways: switching the year moves them,
// and moving the dashboard's "as of" date or the calendar into another year moves the year.

import { asOfIn, yearOf } from '../../../../shared/dates/working-year';
import { useCompliance } from '../compliance/store';
import { useLedger } from '../ledger/store';
import { useMeetings } from '../meetings/store';
import { todayIso, useWorkingYear } from './store';

let started = false;

export function startYearSync(): void {
  if (started) return;
  started = true;
  const follow = (year: number | null) => {
    if (year === null) return;
    const c = useCompliance.getState();
    if (yearOf(c.date) !== year) c.setDate(asOfIn(year, todayIso()));
    if (useMeetings.getState().year !== year) useMeetings.getState().setFilter({ year });
    if (useLedger.getState().year !== year) useLedger.getState().setFilter({ year });
  };
  useWorkingYear.subscribe((s, prev) => s.year !== prev.year && follow(s.year));
  useCompliance.subscribe((s, prev) => {
    const year = useWorkingYear.getState().year;
    if (s.date !== prev.date && year !== null && yearOf(s.date) !== year) useWorkingYear.getState().setYear(yearOf(s.date));
  });
}
