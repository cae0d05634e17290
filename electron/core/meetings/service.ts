import type { ParsedInputOf } from '../../../shared/contract';
import type { MeetingDetail, MeetingStatus } from '../../../shared/domain/meetings';
import type { Member } from '../../../shared/domain/members';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { changedKeys, mergePatch } from '../patch';
import { inTransaction } from '../tx';
import { assertDateOpen, assertYearOpen } from '../years/service';
import { usableType } from './meeting-types';
import { meetingRepo, type MeetingFull } from './repository';

// Meetings themselves: numbering, create/update, soft delete and restore, lock.

export function mustGetMeeting(ctx: CoreContext, id: number): MeetingFull {
  const m = meetingRepo.byId(ctx.db, id);
  if (!m) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的会议，可能已被删除，请刷新后重试。`);
  return m;
}

/** Locked meetings are the signed record: nothing on them changes until someone unlocks (audited). */
export function assertWritable(m: MeetingFull): void {
  if (m.deletedAt) throw new AppError('READ_ONLY', `${m.displayName}已删除。请先在“已删除”中恢复，再修改。`);
  if (m.locked) throw new AppError('READ_ONLY', `${m.displayName}已锁定，内容只读。如确需修改，请先解锁（解锁会记入操作日志）。`);
}

/** Attendees listed as members were in office that day; anyone else attends as 列席. */
function assertInOffice(members: Pick<Member, 'name' | 'termStart' | 'termEnd'>[], date: string): void {
  const out = members.find((m) => (m.termStart !== null && m.termStart > date) || (m.termEnd !== null && m.termEnd < date));
  if (!out) return;
  const term = `${out.termStart ?? ''}—${out.termEnd ?? '至今'}`;
  throw new AppError('VALIDATION', `${out.name}在${date}不在任（任职 ${term}），不能作为党组成员参会。如其确实参加，请作为列席人员添加。`, { memberIds: `${out.name}不在任` });
}

export const writableMeeting = (ctx: CoreContext, id: number) => {
  const m = mustGetMeeting(ctx, id);
  assertWritable(m);
  assertYearOpen(ctx, m.year);
  return m;
};

export const getMeeting = (ctx: CoreContext, id: number): MeetingDetail => {
  const m = mustGetMeeting(ctx, id);
  return { ...m, attendees: meetingRepo.attendees(ctx.db, id), topics: meetingRepo.topics(ctx.db, id) };
};

export const listMeetings = (ctx: CoreContext, f: ParsedInputOf<'meetings.list'>) => meetingRepo.list(ctx.db, f);

function assertTimes(start: string | null, end: string | null): void {
  if (start && end && end <= start) {
    throw new AppError('VALIDATION', `结束时间（${end}）应晚于开始时间（${start}）。`, { endTime: '结束时间早于开始时间' });
  }
}

function assertHost(ctx: CoreContext, hostId: number | null): void {
  if (hostId !== null && !memberRepo.byId(ctx.db, hostId)) throw new AppError('NOT_FOUND', '找不到所选的主持人，请刷新后重新选择。', { hostMemberId: '成员不存在' });
}

type GuestIn = { name: string; title: string; unit: string };

/** Inserts the attendee list: members first in the given order, then 列席. Refuses empty and repeated lists. */
function insertAttendees(ctx: CoreContext, meetingId: number, date: string, memberIds: number[], guests: GuestIn[]): void {
  if (memberIds.length + guests.length === 0) {
    throw new AppError('VALIDATION', `${date} 没有在任的党组成员，也没有列席人员，会议不能没有参会人员。请先在“成员”中录入成员，或选择参会人员。`, { memberIds: '没有参会人员' });
  }
  if (new Set(memberIds).size !== memberIds.length) throw new AppError('VALIDATION', '参会人员中有重复的成员，请检查后重试。', { memberIds: '成员重复' });
  const members = memberIds.map((id) => {
    const m = memberRepo.byId(ctx.db, id);
    if (!m) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的成员，请刷新后重新选择参会人员。`);
    return m;
  });
  assertInOffice(members, date);
  const names = members.map((m) => m.name);
  for (const g of guests) {
    if (names.includes(g.name)) throw new AppError('VALIDATION', `“${g.name}”在参会人员中出现了两次，请检查后重试。`, { guests: '人员重复' });
    names.push(g.name);
  }
  const blank = { status: 'expected' as const, leaveReason: '', leaveRequestedAt: null, leaveApprover: '', leaveApproved: 0 };
  members.forEach((m, i) =>
    meetingRepo.insertAttendee(ctx.db, { ...blank, meetingId, memberId: m.id, role: 'member', name: m.name, titleSnapshot: m.title, unit: '', sort: (i + 1) * 10 }),
  );
  guests.forEach((g, i) =>
    meetingRepo.insertAttendee(ctx.db, { ...blank, meetingId, memberId: null, role: 'guest', name: g.name, titleSnapshot: g.title, unit: g.unit, sort: (i + 1) * 10 }),
  );
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Without its own transaction, so scheduling a year and the demo can create many in one. */
export function insertMeeting(ctx: CoreContext, input: ParsedInputOf<'meetings.create'>): number {
  assertDateOpen(ctx, input.date);
  const type = usableType(ctx, input.typeId);
  const last = input.copyFromLast ? meetingRepo.lastOfType(ctx.db, input.typeId) : undefined;
  if (input.copyFromLast && !last) throw new AppError('NOT_FOUND', `还没有${type.name}可以复制，请直接填写。`);
  const fields = last
    ? {
        ...input,
        place: input.place || last.place,
        hostMemberId: input.hostMemberId ?? last.hostMemberId,
        recorder: input.recorder || last.recorder,
        agenda: input.agenda || last.agenda,
        startTime: input.startTime ?? last.startTime,
        endTime: input.endTime ?? last.endTime,
      }
    : input;
  assertTimes(fields.startTime, fields.endTime);
  assertHost(ctx, fields.hostMemberId);
  const at = isoNow(ctx);
  const year = yearOf(input.date);
  const id = meetingRepo.insert(ctx.db, { ...fields, year, seq: 0, at });
  const memberIds = input.memberIds ?? memberRepo.inOfficeOn(ctx.db, input.date).map((m) => m.id);
  const lastGuests = last ? meetingRepo.attendees(ctx.db, last.id).filter((a) => a.role === 'guest').map((a) => ({ name: a.name, title: a.titleSnapshot, unit: a.unit })) : [];
  insertAttendees(ctx, id, input.date, memberIds, input.guests.length ? input.guests : lastGuests);
  meetingRepo.renumber(ctx.db, input.typeId, year);
  const m = mustGetMeeting(ctx, id);
  audit(ctx, { action: 'meeting.create', objectType: 'meeting', objectId: id, summary: `新建${m.displayName}（${m.date}，应到 ${m.counts.expected} 人）` });
  return id;
}

export const createMeeting = (ctx: CoreContext, input: ParsedInputOf<'meetings.create'>): MeetingDetail =>
  inTransaction(ctx, () => getMeeting(ctx, insertMeeting(ctx, input)));

export function updateMeeting(ctx: CoreContext, input: ParsedInputOf<'meetings.update'>): MeetingDetail {
  return inTransaction(ctx, () => {
    const before = writableMeeting(ctx, input.id);
    const after = mergePatch(before, input.patch);
    assertDateOpen(ctx, after.date);
    if (after.date !== before.date) {
      const ids = meetingRepo.attendees(ctx.db, before.id).flatMap((a) => (a.role === 'member' && a.memberId !== null ? [a.memberId] : []));
      assertInOffice(ids.map((id) => memberRepo.byId(ctx.db, id)!), after.date);
    }
    if (after.typeId !== before.typeId) usableType(ctx, after.typeId);
    assertTimes(after.startTime, after.endTime);
    assertHost(ctx, after.hostMemberId);
    const year = yearOf(after.date);
    meetingRepo.update(ctx.db, before.id, { ...after, year, at: isoNow(ctx) });
    meetingRepo.renumber(ctx.db, after.typeId, year);
    if (after.typeId !== before.typeId || year !== before.year) meetingRepo.renumber(ctx.db, before.typeId, before.year);
    const changed = changedKeys(before, after, Object.keys(input.patch) as (keyof MeetingFull)[]);
    const m = mustGetMeeting(ctx, before.id);
    audit(ctx, { action: 'meeting.update', objectType: 'meeting', objectId: m.id, summary: `修改${m.displayName}：${changed.join('、') || '无变化'}` });
    return getMeeting(ctx, m.id);
  });
}

/** A held meeting of a kind the plan's duties count (党组会议, 民主生活会 …) is evidence. */
export const isEvidence = (m: { status: MeetingStatus; evidenceKind: string }) => m.status === 'held' && m.evidenceKind !== 'other';

export function deleteMeeting(ctx: CoreContext, id: number): { id: number; wasEvidence: boolean } {
  return inTransaction(ctx, () => {
    const m = writableMeeting(ctx, id);
    meetingRepo.set(ctx.db, id, { deleted_at: isoNow(ctx) }, isoNow(ctx));
    meetingRepo.renumber(ctx.db, m.typeId, m.year);
    audit(ctx, { action: 'meeting.delete', objectType: 'meeting', objectId: id, summary: `删除${m.displayName}（${m.date}），可在“已删除”中恢复` });
    return { id, wasEvidence: isEvidence(m) };
  });
}

export function restoreMeeting(ctx: CoreContext, id: number): MeetingDetail {
  return inTransaction(ctx, () => {
    const m = mustGetMeeting(ctx, id);
    if (!m.deletedAt) return getMeeting(ctx, id);
    assertYearOpen(ctx, m.year);
    meetingRepo.undelete(ctx.db, id, isoNow(ctx));
    meetingRepo.renumber(ctx.db, m.typeId, m.year);
    const after = mustGetMeeting(ctx, id);
    audit(ctx, { action: 'meeting.restore', objectType: 'meeting', objectId: id, summary: `恢复${after.displayName}（${m.date}）` });
    return getMeeting(ctx, id);
  });
}

export function lockMeeting(ctx: CoreContext, id: number): MeetingDetail {
  return inTransaction(ctx, () => {
    const m = writableMeeting(ctx, id);
    if (m.status !== 'held') throw new AppError('VALIDATION', '只有已召开的会议才能锁定。请先把会议状态改为“已召开”。');
    meetingRepo.set(ctx.db, id, { locked: 1 }, isoNow(ctx));
    audit(ctx, { action: 'meeting.lock', objectType: 'meeting', objectId: id, summary: `锁定${m.displayName}（会议记录定稿）` });
    return getMeeting(ctx, id);
  });
}

export function unlockMeeting(ctx: CoreContext, id: number, reason: string): MeetingDetail {
  return inTransaction(ctx, () => {
    const m = mustGetMeeting(ctx, id);
    if (!m.locked) return getMeeting(ctx, id);
    meetingRepo.set(ctx.db, id, { locked: 0 }, isoNow(ctx));
    audit(ctx, { action: 'meeting.unlock', objectType: 'meeting', objectId: id, summary: `解锁${m.displayName}，原因：${reason}` });
    return getMeeting(ctx, id);
  });
}
