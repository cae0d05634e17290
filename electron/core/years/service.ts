import { AppError } from '../../../shared/result';
import type { YearStatus } from '../../../shared/contract/reports';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { inTransaction } from '../tx';

// Year close (年度关账): the triggers of migration 003 refuse every write into a closed year;
// this module opens and closes years (audited) and gives services a clearer message first.

interface ClosedRow {
  year: number;
  closed_at: string;
  closed_by: string;
  reason: string;
}

const row = (ctx: CoreContext, year: number) => ctx.db.prepare('SELECT * FROM closed_years WHERE year = ?').get(year) as ClosedRow | undefined;

export function yearStatus(ctx: CoreContext, year: number): YearStatus {
  const r = row(ctx, year);
  return r ? { year, closed: true, closedAt: r.closed_at, closedBy: r.closed_by, reason: r.reason } : { year, closed: false, closedAt: null, closedBy: null, reason: '' };
}

export const closedYears = (ctx: CoreContext): number[] =>
  (ctx.db.prepare('SELECT year FROM closed_years ORDER BY year').all() as { year: number }[]).map((r) => r.year);

/** Services call this before writing, for a message that names the year. */
export function assertYearOpen(ctx: CoreContext, year: number): void {
  if (row(ctx, year)) throw new AppError('READ_ONLY', `${year}年度已关账，内容只读。如确需修改，请先在“报表 → 年终”中解除关账（会记入操作日志）。`);
}

export function closeYear(ctx: CoreContext, year: number, reason: string): YearStatus {
  const today = isoNow(ctx).slice(0, 10);
  if (today <= `${year}-12-31`) {
    throw new AppError('VALIDATION', `${year}年尚未结束，年底之后才能关账。`);
  }
  return inTransaction(ctx, () => {
    if (row(ctx, year)) throw new AppError('CONFLICT', `${year}年度已经关账。`);
    ctx.db.prepare('INSERT INTO closed_years (year, closed_at, closed_by, reason) VALUES (?, ?, ?, ?)').run(year, isoNow(ctx), ctx.operator, reason);
    audit(ctx, { action: 'year.close', objectType: 'year', objectId: year, summary: `${year}年度关账${reason ? `：${reason}` : ''}` });
    return yearStatus(ctx, year);
  });
}

export function reopenYear(ctx: CoreContext, year: number, reason: string): YearStatus {
  return inTransaction(ctx, () => {
    if (!row(ctx, year)) throw new AppError('CONFLICT', `${year}年度没有关账，无需解除。`);
    ctx.db.prepare('DELETE FROM closed_years WHERE year = ?').run(year);
    audit(ctx, { action: 'year.reopen', objectType: 'year', objectId: year, summary: `${year}年度解除关账：${reason}` });
    return yearStatus(ctx, year);
  });
}
