import type { EvidenceLine, MemberFile, MemberFileMeeting } from '../../../shared/contract/reports';
import type { EvidenceItem } from '../../../shared/contract/compliance';
import { meetingDisplayName, type Attendance, type MeetingStatus } from '../../../shared/domain/meetings';
import type { DutyKind } from '../../../shared/domain/duties';
import { AppError } from '../../../shared/result';
import { runMemberCompliance, type ComplianceRun } from '../compliance/service';
import type { CoreContext } from '../context';
import { keyworkRepo } from '../keywork/repository';
import { memberRepo } from '../members/repository';
import { asOfDate, engineDay } from './as-of';
import { meetingNames } from './year-data';


const byDate = (a: EvidenceLine, b: EvidenceLine) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ref < b.ref ? -1 : 1);

/**
 * 一人一档 for one member and year, from the compliance result (what the member owed on each
 * personal duty and which evidence counted), the attendance rows and the records crediting them.
 * `view` may be passed when the caller builds many files from one compliance run; alone, the
 * engine runs on this member and their records only.
 */
export function memberFile(ctx: CoreContext, memberId: number, year: number, view?: ComplianceRun): MemberFile {
  const member = memberRepo.byId(ctx.db, memberId);
  if (!member) throw new AppError('NOT_FOUND', '找不到该成员，请刷新成员名单后重试。');
  const asOf = asOfDate(ctx, year);
  const v = view ?? runMemberCompliance(ctx, { year, date: engineDay(ctx, asOf) }, memberId);
  const evidence = new Map(v.evidence.map((e) => [e.ref, e]));
  const meetingTitles = meetingNames(ctx, year);
  const line = (e: EvidenceItem): EvidenceLine => ({ ref: e.ref, date: e.date, title: meetingTitles.get(e.ref) ?? e.title });
  const counted = new Set<string>();

  const duties = v.result.duties.flatMap((d) => {
    const m = d.members?.find((x) => x.memberId === memberId);
    if (!m) return [];
    const refs = [...new Set(m.periods.flatMap((p) => p.evidence))];
    refs.forEach((r) => counted.add(r));
    return [
      {
        dutyId: d.dutyId,
        itemNo: d.itemNo,
        kind: d.kind,
        title: d.title,
        frequency: d.frequency,
        done: m.done,
        required: m.required,
        status: m.status,
        ...(d.measure ? { measure: d.measure } : {}),
        periods: m.periods.map((p) => ({ label: p.label, done: p.done, required: p.required, status: p.status, due: p.due, ...(p.measure ? { measure: p.measure } : {}) })),
        evidence: refs.flatMap((r) => (evidence.has(r) ? [line(evidence.get(r)!)] : [])).sort(byDate),
      },
    ];
  });

  const credited = v.evidence.filter((e) => e.source === 'record' && e.memberIds.includes(memberId));
  const talks = credited.filter((e) => e.kind === 'talk').map(line).sort(byDate);
  const otherRecords = credited
    .filter((e) => e.kind !== 'talk' && !counted.has(e.ref))
    .map((e) => ({ ...line(e), kind: e.kind as DutyKind }))
    .sort(byDate);

  const meetings = (
    ctx.db
      .prepare(
        `SELECT m.id, m.date, m.year, m.seq, m.status AS meetingStatus, t.name AS typeName, a.status, a.leave_reason AS leaveReason, a.leave_approved AS leaveApproved
         FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id JOIN meeting_types t ON t.id = m.type_id
         WHERE a.member_id = ? AND a.role = 'member' AND m.deleted_at IS NULL AND m.status = 'held' AND m.year = ?
         ORDER BY m.date, m.id`,
      )
      .all(memberId, year) as { id: number; date: string; year: number; seq: number; meetingStatus: MeetingStatus; typeName: string; status: Attendance; leaveReason: string; leaveApproved: number }[]
  ).map(
    (r): MemberFileMeeting => ({
      meetingId: r.id,
      date: r.date.slice(0, 10),
      name: meetingDisplayName({ year: r.year, seq: r.seq, typeName: r.typeName, status: r.meetingStatus }),
      status: r.status,
      leaveReason: r.leaveReason,
      leaveApproved: r.leaveApproved === 1,
    }),
  );
  const count = (s: Attendance) => meetings.filter((m) => m.status === s).length;
  const attendance = {
    expected: meetings.length,
    present: count('present'),
    late: count('late'),
    leave: count('leave'),
    absent: count('absent'),
    // Same rule as meetings.stats: unapproved leave counts as 无故缺席.
    unexcused: count('absent') + meetings.filter((m) => m.status === 'leave' && !m.leaveApproved).length,
    unmarked: count('expected'),
    meetings,
  };

  const keyProjects = keyworkRepo
    .list(ctx.db, year, false, asOf)
    .filter((p) => p.leaderMemberId === memberId)
    .map((p) => {
      const rs = Object.values(p.ratings);
      return {
        id: p.id,
        name: p.name,
        itemNo: p.itemNo,
        percent: p.percent,
        overdueMilestones: p.milestones.overdue,
        redFlags: rs.filter((r) => r === 'red-flag').length,
        snails: rs.filter((r) => r === 'snail').length,
      };
    });

  return { member, year, asOf, duties, attendance, talks, otherRecords, keyProjects };
}

/** Members whose file is worth printing for the year: they owed a personal duty or were expected at a meeting. */
export function membersOfYear(ctx: CoreContext, year: number, view: ComplianceRun): number[] {
  const owed = new Set(view.result.summary.byMember.filter((m) => m.required > 0).map((m) => m.memberId));
  const attended = ctx.db
    .prepare(
      `SELECT DISTINCT a.member_id AS id FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.member_id IS NOT NULL AND m.deleted_at IS NULL AND m.status = 'held' AND m.year = ?`,
    )
    .all(year) as { id: number }[];
  attended.forEach((r) => owed.add(r.id));
  return memberRepo.all(ctx.db).filter((m) => owed.has(m.id)).map((m) => m.id);
}
