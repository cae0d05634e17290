import { AppError } from '../../../shared/result';
import type { YearStatus } from '../../../shared/contract/reports';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { inTransaction } from '../tx';

// Year close (年度关账): the triggers of migrations 003/009 refuse every write into a closed year
// (and terms of office reaching into one); this module opens and closes years (audited) and
// gives services a message that names the year and says how to reopen it, before they write.

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

const REOPEN = '如需修改请先在 报表 → 年终 中解除关账（将记入操作日志）。';
export const yearClosedMessage = (year: number) => `${year}年度已关账，${REOPEN}`;

/** Services call this before writing, for a message that names the year. */
export function assertYearOpen(ctx: CoreContext, ...years: number[]): void {
  for (const year of [...new Set(years)].sort()) if (row(ctx, year)) throw new AppError('READ_ONLY', yearClosedMessage(year));
}

/** The same for a dated row (meetings, records). */
export const assertDateOpen = (ctx: CoreContext, ...dates: string[]) => assertYearOpen(ctx, ...dates.map((d) => Number(d.slice(0, 4))));

interface Term {
  termStart: string | null;
  termEnd: string | null;
}
const START = (t: Term) => t.termStart ?? '0000-01-01';
const END = (t: Term) => t.termEnd ?? '9999-12-31';
const lo = (a: string, b: string) => (a < b ? a : b);
const hi = (a: string, b: string) => (a < b ? b : a);

/**
 * A closed year in which the change moves someone in or out of office (that year's figures
 * depend on who was in office): moving the start changes [lo, hi), moving the end (lo, hi];
 * a new member (before null) changes their whole term. Mirrors the members triggers of 009.
 */
export function closedYearOfTermChange(ctx: CoreContext, before: Term | null, after: Term): number | null {
  const hit = closedYears(ctx).find((y) => {
    const first = `${y}-01-01`;
    const last = `${y}-12-31`;
    if (!before) return last >= START(after) && first <= END(after);
    const s = START(before) !== START(after) && first < hi(START(before), START(after)) && last >= lo(START(before), START(after));
    const e = END(before) !== END(after) && last > lo(END(before), END(after)) && first <= hi(END(before), END(after));
    return s || e;
  });
  return hit ?? null;
}

export function assertTermChangeOpen(ctx: CoreContext, name: string, before: Term | null, after: Term): void {
  const y = closedYearOfTermChange(ctx, before, after);
  if (y === null) return;
  if (!before) {
    throw new AppError(
      'READ_ONLY',
      `${y}年度已关账，不能新增任职覆盖${y}年的成员“${name}”（会改变${y}年度的统计）。请填写${y + 1}年1月1日或以后的任职开始日期；如确需补录，请先在 报表 → 年终 中解除关账（将记入操作日志）。`,
      { termStart: `${y}年度已关账` },
    );
  }
  const field = START(before) !== START(after) && closedYearOfTermChange(ctx, before, { ...after, termEnd: before.termEnd }) === y ? 'termStart' : 'termEnd';
  throw new AppError('READ_ONLY', `${y}年度已关账，不能更改${name}在${y}年的任职（会改变${y}年度的统计）。${REOPEN}`, { [field]: `${y}年度已关账` });
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
