import type { Attendance, Attendee, Followup, MeetingDetail, MeetingStatus, MeetingSummary, MeetingType, Topic, TopicCategory } from '../../../shared/domain/meetings';
import { meetingDisplayName } from '../../../shared/domain/meetings';
import type { DB } from '../db/open';

// Row ↔ domain mapping and plain queries. No rules here: services decide what may change.

interface MeetingRow {
  id: number;
  type_id: number;
  type_name: string;
  evidence_kind: string;
  year: number;
  seq: number;
  title: string;
  date: string;
  start_time: string | null;
  end_time: string | null;
  duration_days: number | null;
  duration_hours: number | null;
  place: string;
  host_member_id: number | null;
  host_name: string | null;
  recorder: string;
  agenda: string;
  minutes: string;
  status: MeetingStatus;
  locked: number;
  deleted_at: string | null;
  n_expected: number;
  n_present: number;
  n_leave: number;
  n_absent: number;
  n_guests: number;
  n_topics: number;
}

export interface MeetingFull extends MeetingSummary {
  agenda: string;
  minutes: string;
}

const SELECT = `
  SELECT m.*, t.name AS type_name, t.evidence_kind, h.name AS host_name,
    (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.role = 'member') AS n_expected,
    (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.role = 'member' AND a.status IN ('present','late')) AS n_present,
    (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.role = 'member' AND a.status = 'leave') AS n_leave,
    (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.role = 'member' AND a.status = 'absent') AS n_absent,
    (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.role = 'guest') AS n_guests,
    (SELECT count(*) FROM meeting_topics p WHERE p.meeting_id = m.id) AS n_topics
  FROM meetings m JOIN meeting_types t ON t.id = m.type_id LEFT JOIN members h ON h.id = m.host_member_id`;

const toMeeting = (r: MeetingRow): MeetingFull => ({
  id: r.id,
  typeId: r.type_id,
  typeName: r.type_name,
  evidenceKind: r.evidence_kind,
  year: r.year,
  seq: r.seq,
  displayName: meetingDisplayName({ year: r.year, seq: r.seq, typeName: r.type_name, status: r.status }),
  title: r.title,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  durationDays: r.duration_days,
  durationHours: r.duration_hours,
  place: r.place,
  hostMemberId: r.host_member_id,
  hostName: r.host_name ?? '',
  recorder: r.recorder,
  agenda: r.agenda,
  minutes: r.minutes,
  status: r.status,
  locked: r.locked === 1,
  deletedAt: r.deleted_at,
  counts: { expected: r.n_expected, present: r.n_present, leave: r.n_leave, absent: r.n_absent, guests: r.n_guests, topics: r.n_topics },
});

interface AttendeeRow {
  id: number;
  member_id: number | null;
  role: 'member' | 'guest';
  name: string;
  title_snapshot: string;
  unit: string;
  status: Attendance;
  leave_reason: string;
  leave_requested_at: string | null;
  leave_approver: string;
  leave_approved: number;
  sort: number;
}

const toAttendee = (r: AttendeeRow): Attendee => ({
  id: r.id,
  memberId: r.member_id,
  role: r.role,
  name: r.name,
  titleSnapshot: r.title_snapshot,
  unit: r.unit,
  status: r.status,
  leaveReason: r.leave_reason,
  leaveRequestedAt: r.leave_requested_at,
  leaveApprover: r.leave_approver,
  leaveApproved: r.leave_approved === 1,
  sort: r.sort,
});

/** The stored columns of a meeting, with the time of the write. */
export type NewMeetingRow = Pick<
  MeetingDetail,
  'typeId' | 'year' | 'seq' | 'title' | 'date' | 'startTime' | 'endTime' | 'durationDays' | 'durationHours' | 'place' | 'hostMemberId' | 'recorder' | 'agenda' | 'minutes' | 'status'
> & { at: string };

export type NewAttendeeRow = Omit<Attendee, 'id' | 'leaveApproved'> & { meetingId: number; leaveApproved: number };

export const meetingRepo = {
  types(db: DB): MeetingType[] {
    const rows = db
      .prepare('SELECT t.*, (SELECT count(*) FROM meetings m WHERE m.type_id = t.id) AS n FROM meeting_types t ORDER BY t.sort, t.id')
      .all() as { id: number; name: string; evidence_kind: string; builtin: number; sort: number; hidden: number; n: number }[];
    return rows.map((t) => ({ id: t.id, name: t.name, evidenceKind: t.evidence_kind, builtin: t.builtin === 1, sort: t.sort, hidden: t.hidden === 1, meetings: t.n }));
  },
  typeById(db: DB, id: number): MeetingType | undefined {
    return meetingRepo.types(db).find((t) => t.id === id);
  },
  insertType(db: DB, name: string, evidenceKind: string): number {
    const sort = (db.prepare('SELECT coalesce(max(sort), 0) + 1 AS s FROM meeting_types').get() as { s: number }).s;
    return Number(db.prepare('INSERT INTO meeting_types (name, evidence_kind, builtin, sort) VALUES (?, ?, 0, ?)').run(name, evidenceKind, sort).lastInsertRowid);
  },
  updateType(db: DB, id: number, t: Pick<MeetingType, 'name' | 'evidenceKind' | 'hidden'>): void {
    db.prepare('UPDATE meeting_types SET name = ?, evidence_kind = ?, hidden = ? WHERE id = ?').run(t.name, t.evidenceKind, t.hidden ? 1 : 0, id);
  },
  list(db: DB, f: { year?: number; typeId?: number; deleted: boolean }): MeetingFull[] {
    const where = [f.deleted ? 'm.deleted_at IS NOT NULL' : 'm.deleted_at IS NULL'];
    if (f.year !== undefined) where.push('m.year = @year');
    if (f.typeId !== undefined) where.push('m.type_id = @typeId');
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY m.date, m.start_time, m.id`).all(f) as MeetingRow[]).map(toMeeting);
  },
  byId(db: DB, id: number): MeetingFull | undefined {
    const r = db.prepare(`${SELECT} WHERE m.id = ?`).get(id) as MeetingRow | undefined;
    return r && toMeeting(r);
  },
  /** The most recent live meeting of a type, for "copy the last one". */
  lastOfType(db: DB, typeId: number): MeetingFull | undefined {
    const r = db.prepare(`${SELECT} WHERE m.type_id = ? AND m.deleted_at IS NULL AND m.status != 'cancelled' ORDER BY m.date DESC, m.id DESC LIMIT 1`).get(typeId) as MeetingRow | undefined;
    return r && toMeeting(r);
  },
  insert(db: DB, m: NewMeetingRow): number {
    const { typeId, year, seq, title, date, startTime, endTime, durationDays, durationHours, place, hostMemberId, recorder, agenda, minutes, status, at } = m;
    return Number(
      db
        .prepare(
          `INSERT INTO meetings (type_id, year, seq, title, date, start_time, end_time, duration_days, duration_hours, place, host_member_id, recorder, agenda, minutes, status, locked, created_at, updated_at)
           VALUES (@typeId, @year, @seq, @title, @date, @startTime, @endTime, @durationDays, @durationHours, @place, @hostMemberId, @recorder, @agenda, @minutes, @status, 0, @at, @at)`,
        )
        .run({ typeId, year, seq, title, date, startTime, endTime, durationDays: durationDays ?? null, durationHours: durationHours ?? null, place, hostMemberId, recorder, agenda, minutes, status, at }).lastInsertRowid,
    );
  },
  update(db: DB, id: number, m: Omit<NewMeetingRow, 'seq'>): void {
    const { typeId, year, title, date, startTime, endTime, durationDays, durationHours, place, hostMemberId, recorder, agenda, minutes, status, at } = m;
    db.prepare(
      `UPDATE meetings SET type_id=@typeId, year=@year, title=@title, date=@date, start_time=@startTime, end_time=@endTime,
         duration_days=@durationDays, duration_hours=@durationHours, place=@place,
         host_member_id=@hostMemberId, recorder=@recorder, agenda=@agenda, minutes=@minutes, status=@status, updated_at=@at WHERE id=@id`,
    ).run({ typeId, year, title, date, startTime, endTime, durationDays: durationDays ?? null, durationHours: durationHours ?? null, place, hostMemberId, recorder, agenda, minutes, status, at, id });
  },
  set(db: DB, id: number, fields: { locked?: number; deleted_at?: string | null; status?: MeetingStatus }, at: string): void {
    for (const [k, v] of Object.entries(fields)) db.prepare(`UPDATE meetings SET ${k} = ?, updated_at = ? WHERE id = ?`).run(v, at, id);
  },
  /** Back from the recycle bin under a placeholder number; renumber() then gives it its place. */
  undelete(db: DB, id: number, at: string): void {
    db.prepare('UPDATE meetings SET deleted_at = NULL, seq = -id, updated_at = ? WHERE id = ?').run(at, id);
  },
  /**
   * Numbers a type's meetings of one year by date: 第1次 is the earliest. Cancelled meetings go
   * last so they never take a number a held meeting should have.
   */
  renumber(db: DB, typeId: number, year: number): void {
    const ids = (
      db
        .prepare(
          `SELECT id FROM meetings WHERE type_id = ? AND year = ? AND deleted_at IS NULL
           ORDER BY status = 'cancelled', date, coalesce(start_time, ''), id`,
        )
        .all(typeId, year) as { id: number }[]
    ).map((r) => r.id);
    const set = db.prepare('UPDATE meetings SET seq = ? WHERE id = ?');
    ids.forEach((id) => set.run(-id, id)); // step aside first: (type, year, seq) is unique
    ids.forEach((id, i) => set.run(i + 1, id));
  },
  attendees(db: DB, meetingId: number): Attendee[] {
    return (db.prepare(`SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY role = 'guest', sort, id`).all(meetingId) as AttendeeRow[]).map(toAttendee);
  },
  attendee(db: DB, id: number): (Attendee & { meetingId: number }) | undefined {
    const r = db.prepare('SELECT * FROM meeting_attendees WHERE id = ?').get(id) as (AttendeeRow & { meeting_id: number }) | undefined;
    return r && { ...toAttendee(r), meetingId: r.meeting_id };
  },
  insertAttendee(db: DB, a: NewAttendeeRow): number {
    return Number(
      db
        .prepare(
          `INSERT INTO meeting_attendees (meeting_id, member_id, role, name, title_snapshot, unit, status, leave_reason, leave_requested_at, leave_approver, leave_approved, sort)
           VALUES (@meetingId, @memberId, @role, @name, @titleSnapshot, @unit, @status, @leaveReason, @leaveRequestedAt, @leaveApprover, @leaveApproved, @sort)`,
        )
        .run(a).lastInsertRowid,
    );
  },
  updateAttendance(db: DB, id: number, a: Pick<Attendee, 'status' | 'leaveReason' | 'leaveRequestedAt' | 'leaveApprover' | 'leaveApproved'>): void {
    db.prepare(
      `UPDATE meeting_attendees SET status=@status, leave_reason=@leaveReason, leave_requested_at=@leaveRequestedAt, leave_approver=@leaveApprover,
         leave_approved=@approved WHERE id=@id`,
    ).run({ ...a, approved: a.leaveApproved ? 1 : 0, id });
  },
  deleteAttendee(db: DB, id: number): void {
    db.prepare('DELETE FROM meeting_attendees WHERE id = ?').run(id);
  },
  topics(db: DB, meetingId: number): Topic[] {
    const rows = db.prepare('SELECT * FROM meeting_topics WHERE meeting_id = ? ORDER BY sort, id').all(meetingId) as {
      id: number;
      meeting_id: number;
      title: string;
      presenter: string;
      category: TopicCategory;
      prior_study: number;
      decision: string;
      minutes: string;
      sort: number;
    }[];
    const opinions = db.prepare('SELECT member_id AS memberId, opinion FROM topic_opinions WHERE topic_id = ? ORDER BY member_id');
    const followups = db.prepare('SELECT id, topic_id AS topicId, task, responsible, due_date AS dueDate, status, note FROM followups WHERE topic_id = ? ORDER BY id');
    return rows.map((r) => ({
      id: r.id,
      meetingId: r.meeting_id,
      title: r.title,
      presenter: r.presenter,
      category: r.category,
      priorStudy: r.prior_study === 1,
      decision: r.decision,
      minutes: r.minutes,
      sort: r.sort,
      opinions: opinions.all(r.id) as Topic['opinions'],
      followups: followups.all(r.id) as Followup[],
    }));
  },
  topicMeetingId(db: DB, topicId: number): number | undefined {
    return (db.prepare('SELECT meeting_id AS m FROM meeting_topics WHERE id = ?').get(topicId) as { m: number } | undefined)?.m;
  },
};
