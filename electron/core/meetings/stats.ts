import type { MemberAttendanceStats } from '../../../shared/domain/meetings';
import type { CoreContext } from '../context';

/**
 * Per member over one year's held meetings. 无故缺席 = 缺席, or 请假 that the secretary did not
 * approve; members still 未登记 on a held meeting are not guessed at.
 */
export function attendanceStats(ctx: CoreContext, year: number): MemberAttendanceStats[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.member_id AS memberId, mb.name AS name,
         count(*) AS expected,
         sum(a.status = 'present') AS present,
         sum(a.status = 'late') AS late,
         sum(a.status = 'leave') AS leave,
         sum(a.status = 'absent' OR (a.status = 'leave' AND a.leave_approved = 0)) AS unexcused
       FROM meeting_attendees a
       JOIN meetings m ON m.id = a.meeting_id AND m.deleted_at IS NULL AND m.status = 'held' AND m.year = ?
       JOIN members mb ON mb.id = a.member_id
       WHERE a.role = 'member'
       GROUP BY a.member_id
       ORDER BY mb.sort_order, mb.id`,
    )
    .all(year) as Omit<MemberAttendanceStats, 'rate'>[];
  return rows.map((r) => ({ ...r, rate: r.expected ? (r.present + r.late) / r.expected : null }));
}
