import type { WorkingYear } from '../../../shared/contract/system';
import { localToday, type CoreContext } from '../context';
import { planRepo } from '../plan/repository';
import { settings } from '../settings';
import { inTransaction } from '../tx';

// Kept in the database (not the browser profile) so the desktop app and the browser host open at
// the same year, and a restored backup opens where its office worked.
const KEY = 'working_year';

/** The year the clerk last worked in; else the newest plan's year; else this year. */
export function getWorkingYear(ctx: CoreContext): WorkingYear {
  const planYears = planRepo.years(ctx.db);
  const saved = Number(settings.get(ctx.db, KEY));
  const year = Number.isInteger(saved) && saved >= 2000 && saved <= 2100 ? saved : (planYears[0] ?? Number(localToday(ctx).slice(0, 4)));
  return { year, planYears };
}

/** A view preference, not a change to the records: no audit entry. */
export function setWorkingYear(ctx: CoreContext, year: number): WorkingYear {
  inTransaction(ctx, () => settings.set(ctx.db, KEY, String(year)));
  return getWorkingYear(ctx);
}
