import type { AttendedMeeting, TermConflicts } from '../../../shared/contract/members';
import { meetingDisplayName, type MeetingStatus } from '../../../shared/domain/meetings';
import type { Member } from '../../../shared/domain/members';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';

// Terms of office and attendance agree: a member listed at a meeting (not as 列席) was in
// office that day. A term change that would leave such meetings outside the term is refused,
// naming them, so history is never rewritten silently; the dialogs ask the clerk, offering the
// date that covers them (termConflicts, over the members.termConflicts channel).

interface Attended {
  id: number;
  date: string;
  year: number;
  seq: number;
  typeName: string;
  status: MeetingStatus;
}

/** Meetings (not deleted) listing the member as a member, dated outside [from, to]; date order. */
function meetingsOutside(ctx: CoreContext, memberId: number, from: string, to: string): Attended[] {
  return ctx.db
    .prepare(
      `SELECT m.id, m.date, m.year, m.seq, t.name AS typeName, m.status FROM meeting_attendees a
       JOIN meetings m ON m.id = a.meeting_id JOIN meeting_types t ON t.id = m.type_id
       WHERE a.member_id = ? AND a.role = 'member' AND m.deleted_at IS NULL AND (m.date < ? OR m.date > ?)
       ORDER BY m.date, m.id`,
    )
    .all(memberId, from, to) as Attended[];
}

const attended = (a: Attended): AttendedMeeting => ({ meetingId: a.id, name: meetingDisplayName(a), date: a.date });

/**
 * The attended meetings a term would leave outside it, and the dates that would cover them:
 * the latest start is the first such meeting's date, the earliest end the last one's.
 */
export function termConflicts(ctx: CoreContext, memberId: number, term: Pick<Member, 'termStart' | 'termEnd'>): TermConflicts {
  const early = term.termStart ? meetingsOutside(ctx, memberId, term.termStart, '9999-12-31') : [];
  const late = term.termEnd ? meetingsOutside(ctx, memberId, '0000-01-01', term.termEnd) : [];
  return {
    beforeStart: early.map(attended),
    latestStart: early[0]?.date ?? null,
    afterEnd: late.map(attended),
    earliestEnd: late.at(-1)?.date ?? null,
  };
}

const listed = (name: string, ms: AttendedMeeting[]) => `${name}已参加${ms[0]!.name}（${ms[0]!.date}）${ms.length > 1 ? `等${ms.length}次会议` : ''}`;
const TAIL = '请保留能覆盖这些会议的日期；如这些会议中其确以列席身份参加，请先在会议中改为列席。';

export function assertTermCoversMeetings(ctx: CoreContext, m: Pick<Member, 'id' | 'name' | 'termStart' | 'termEnd'>): void {
  const c = termConflicts(ctx, m.id, m);
  if (c.latestStart) {
    const bound = c.latestStart;
    throw new AppError('IN_USE', `${listed(m.name, c.beforeStart)}，任职开始日期不能晚于${bound}。${TAIL}`, { termStart: `不能晚于${bound}` });
  }
  if (c.earliestEnd) {
    const bound = c.earliestEnd;
    throw new AppError('IN_USE', `${listed(m.name, [...c.afterEnd].reverse())}，任职结束日期不能早于${bound}。${TAIL}`, { termEnd: `不能早于${bound}` });
  }
}
