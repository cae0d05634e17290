import { formatChineseDate } from '../../../shared/dates/periods';
import { meetingDisplayName, type MeetingStatus } from '../../../shared/domain/meetings';
import type { CoreContext } from '../context';
import { attendanceStats } from '../meetings/stats';
import { unitFullName } from '../unit/service';
import { asOfDate } from './as-of';
import type { ReportDoc } from './doc';

/** 参会情况统计: meetings.stats per member, then each held meeting with who was on leave or absent. */
export function attendanceDoc(ctx: CoreContext, year: number): ReportDoc {
  const asOf = asOfDate(ctx, year);
  const stats = attendanceStats(ctx, year);
  const meetings = ctx.db
    .prepare(
      `SELECT m.id, m.date, m.year, m.seq, m.status, t.name AS typeName,
         sum(a.status IS NOT NULL) AS expected, sum(a.status IN ('present','late')) AS attended,
         group_concat(CASE WHEN a.status = 'leave' THEN a.name END, '、') AS leave,
         group_concat(CASE WHEN a.status = 'absent' THEN a.name END, '、') AS absent
       FROM meetings m JOIN meeting_types t ON t.id = m.type_id
       LEFT JOIN meeting_attendees a ON a.meeting_id = m.id AND a.role = 'member'
       WHERE m.deleted_at IS NULL AND m.status = 'held' AND m.year = ?
       GROUP BY m.id ORDER BY m.date, m.id`,
    )
    .all(year) as { id: number; date: string; year: number; seq: number; status: MeetingStatus; typeName: string; expected: number; attended: number; leave: string | null; absent: string | null }[];
  const unitName = unitFullName(ctx);
  return {
    title: `${unitName}${year}年度成员参会情况统计`,
    subtitle: `（统计截至${formatChineseDate(asOf)}，已召开会议${meetings.length}次）`,
    unitName,
    landscape: false,
    sections: [
      {
        title: '一、成员参会统计',
        columns: [
          { header: '姓名', width: 10 },
          { header: '应参会', width: 8, type: 'number' },
          { header: '出席', width: 7, type: 'number' },
          { header: '迟到', width: 7, type: 'number' },
          { header: '请假', width: 7, type: 'number' },
          { header: '无故缺席', width: 10, type: 'number' },
          { header: '出席率', width: 10 },
        ],
        rows: stats.map((s) => [s.name, s.expected, s.present, s.late, s.leave, s.unexcused, s.rate === null ? '—' : `${(Math.round(s.rate * 1000) / 10).toFixed(1)}%`]),
      },
      {
        title: '二、会议出勤明细',
        columns: [
          { header: '日期', width: 15, type: 'date' },
          { header: '会议', width: 26 },
          { header: '应到', width: 6, type: 'number' },
          { header: '实到', width: 6, type: 'number' },
          { header: '请假人员', width: 16 },
          { header: '缺席人员', width: 14 },
        ],
        rows: meetings.map((m) => [m.date.slice(0, 10), meetingDisplayName(m), m.expected, m.attended, m.leave ?? '', m.absent ?? '']),
      },
    ],
    notes: ['统计口径：本年度已召开的各类会议；迟到计入出席；未经批准的请假按无故缺席计；尚未登记参会情况的不计入。'],
    asOf,
  };
}
