import type { MonthlyTrend } from '../../../shared/contract/reports';
import type { CoreContext } from '../context';

/** Held meetings and member attendance per month, for the 报表 trend chart. */
export function monthlyTrend(ctx: CoreContext, year: number): MonthlyTrend[] {
  const rows = ctx.db
    .prepare(
      `SELECT CAST(substr(m.date, 6, 2) AS INTEGER) AS month, count(DISTINCT m.id) AS meetings,
         sum(a.status IN ('present','late','leave','absent')) AS expected,
         sum(a.status IN ('present','late')) AS attended,
         sum(a.status = 'leave') AS leave, sum(a.status = 'absent') AS absent
       FROM meetings m LEFT JOIN meeting_attendees a ON a.meeting_id = m.id AND a.role = 'member'
       WHERE m.deleted_at IS NULL AND m.status = 'held' AND m.year = ?
       GROUP BY month`,
    )
    .all(year) as { month: number; meetings: number; expected: number | null; attended: number | null; leave: number | null; absent: number | null }[];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: 12 }, (_, i) => {
    const r = byMonth.get(i + 1);
    const expected = r?.expected ?? 0;
    const attended = r?.attended ?? 0;
    return { month: i + 1, meetings: r?.meetings ?? 0, expected, attended, leave: r?.leave ?? 0, absent: r?.absent ?? 0, rate: expected ? attended / expected : null };
  });
}
