import type { ParsedInputOf } from '../../../shared/contract';
import { meetingDisplayName, type Followup, type FollowupRow, type MeetingStatus } from '../../../shared/domain/meetings';
import { localToday, type CoreContext } from '../context';

// 督办 across meetings: one work list of the year's follow-ups, with what is overdue.

/** A follow-up with the meeting and topic it came from, as the query returns it. */
interface Row extends Followup {
  meetingId: number;
  meetingDate: string;
  year: number;
  seq: number;
  typeName: string;
  meetingStatus: MeetingStatus;
  topicTitle: string;
}

/** Unfinished first, then by due date (none last): what needs chasing is on page 1. */
export function listFollowups(ctx: CoreContext, f: ParsedInputOf<'meetings.followups'>): { rows: FollowupRow[]; total: number } {
  const today = localToday(ctx);
  const where = ['m.deleted_at IS NULL', 'm.year = @year'];
  if (f.status) where.push('f.status = @status');
  if (f.overdueOnly) where.push(`f.status != 'done' AND f.due_date IS NOT NULL AND f.due_date < @today`);
  const from = `FROM followups f JOIN meeting_topics p ON p.id = f.topic_id JOIN meetings m ON m.id = p.meeting_id JOIN meeting_types t ON t.id = m.type_id
    WHERE ${where.join(' AND ')}`;
  const params = { year: f.year, status: f.status ?? null, today, limit: f.pageSize, offset: (f.page - 1) * f.pageSize };
  const total = (ctx.db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(
      `SELECT f.id, f.topic_id AS topicId, f.task, f.responsible, f.due_date AS dueDate, f.status, f.note,
              m.id AS meetingId, m.date AS meetingDate, m.year, m.seq, m.status AS meetingStatus, t.name AS typeName, p.title AS topicTitle
       ${from}
       ORDER BY f.status = 'done', f.due_date IS NULL, f.due_date, m.date, f.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as Row[];
  return {
    total,
    rows: rows.map(({ year, seq, typeName, meetingStatus, ...r }) => ({
      ...r,
      meetingName: meetingDisplayName({ year, seq, typeName, status: meetingStatus }),
      overdue: r.status !== 'done' && r.dueDate !== null && r.dueDate < today,
    })),
  };
}
