import type { ParsedInputOf } from '../../../shared/contract';
import { ATTENDANCE_LABELS, isPresent, type Attendee, type MeetingDetail } from '../../../shared/domain/meetings';
import { planRollCall, type RollCallPlan } from '../../../shared/meetings/rollcall';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, localToday, type CoreContext } from '../context';
import { inTransaction } from '../tx';
import { meetingRepo } from './repository';
import type { MeetingFull } from './repository';
import { getMeeting, writableMeeting } from './service';

// Who was expected and how each one answered: statuses, leave, 列席, roll-call paste.

function mustGetAttendee(ctx: CoreContext, id: number) {
  const a = meetingRepo.attendee(ctx.db, id);
  if (!a) throw new AppError('NOT_FOUND', '找不到该参会人员，可能已被移除，请刷新后重试。');
  return a;
}

type AttendanceIn = ParsedInputOf<'meetings.setAttendance'>;

/**
 * Someone was recorded as 出席/迟到 on a meeting still marked 计划 whose date has come, so it
 * took place: mark it 已召开 at once (audited; the page says so and 编辑 can set it back) rather
 * than ask. Offices enter attendance from the signed sheet after the meeting, one click per
 * person, so a question would interrupt every sheet; and the status is what makes the meeting
 * count for the monthly duty, so a forgotten switch leaves the duty 未完成 with no visible cause.
 * Leave and absence alone change nothing (leave is usually requested before the meeting), nor
 * does a future date (it cannot have been held yet).
 */
function markHeldOnAttendance(ctx: CoreContext, m: MeetingFull): void {
  if (m.status !== 'planned' || m.date > localToday(ctx)) return;
  meetingRepo.set(ctx.db, m.id, { status: 'held' }, isoNow(ctx));
  audit(ctx, { action: 'meeting.update', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}已登记到会人员，状态由“计划”改为“已召开”` });
}

/**
 * Writes one status; leave keeps its reason/approver (omitted details keep the stored ones),
 * other statuses clear them. Returns the leave details as written.
 */
function writeAttendance(ctx: CoreContext, a: Attendee, input: Omit<AttendanceIn, 'attendeeId'>) {
  const leave = input.status === 'leave';
  const row = {
    status: input.status,
    leaveReason: leave ? (input.leaveReason ?? a.leaveReason) : '',
    leaveRequestedAt: leave ? (input.leaveRequestedAt === undefined ? a.leaveRequestedAt : input.leaveRequestedAt) : null,
    leaveApprover: leave ? (input.leaveApprover ?? a.leaveApprover) : '',
    leaveApproved: leave && (input.leaveApproved ?? a.leaveApproved),
  };
  if (leave && !row.leaveReason) {
    throw new AppError('VALIDATION', `请假须写明事由：请填写${a.name}的请假事由。`, { leaveReason: '请填写请假事由' });
  }
  meetingRepo.updateAttendance(ctx.db, a.id, row);
  return row;
}

export function setAttendance(ctx: CoreContext, input: AttendanceIn): Attendee {
  return inTransaction(ctx, () => {
    const a = mustGetAttendee(ctx, input.attendeeId);
    const m = writableMeeting(ctx, a.meetingId);
    const w = writeAttendance(ctx, a, input);
    const note = w.status === 'leave' ? `（${w.leaveReason}${w.leaveApproved ? `，${w.leaveApprover || '书记'}已批准` : '，未经批准'}）` : '';
    audit(ctx, { action: 'meeting.attendance', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}：${a.name} ${ATTENDANCE_LABELS[input.status]}${note}` });
    if (isPresent(input.status)) markHeldOnAttendance(ctx, m);
    return meetingRepo.attendee(ctx.db, a.id)!;
  });
}

/** "Everyone came": the usual case, one click, then mark the exceptions. */
export function markAllPresent(ctx: CoreContext, id: number): MeetingDetail {
  return inTransaction(ctx, () => {
    const m = writableMeeting(ctx, id);
    const n = ctx.db.prepare(`UPDATE meeting_attendees SET status = 'present' WHERE meeting_id = ? AND status = 'expected'`).run(id).changes;
    audit(ctx, { action: 'meeting.attendance', objectType: 'meeting', objectId: id, summary: `${m.displayName}：未登记的 ${n} 人登记为出席` });
    if (n > 0) markHeldOnAttendance(ctx, m);
    return getMeeting(ctx, id);
  });
}

export function addGuest(ctx: CoreContext, input: ParsedInputOf<'meetings.addGuest'>): Attendee {
  return inTransaction(ctx, () => {
    const m = writableMeeting(ctx, input.meetingId);
    const list = meetingRepo.attendees(ctx.db, m.id);
    if (list.some((a) => a.name === input.name)) throw new AppError('VALIDATION', `“${input.name}”已在参会人员中，不能重复添加。`, { name: '人员重复' });
    const sort = Math.max(0, ...list.filter((a) => a.role === 'guest').map((a) => a.sort)) + 10;
    const id = meetingRepo.insertAttendee(ctx.db, {
      meetingId: m.id,
      memberId: null,
      role: 'guest',
      name: input.name,
      titleSnapshot: input.title,
      unit: input.unit,
      status: m.status === 'held' ? 'present' : 'expected',
      leaveReason: '',
      leaveRequestedAt: null,
      leaveApprover: '',
      leaveApproved: 0,
      sort,
    });
    audit(ctx, { action: 'meeting.addGuest', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}：增加列席 ${input.name}${input.unit || input.title ? `（${[input.unit, input.title].filter(Boolean).join('')}）` : ''}` });
    return meetingRepo.attendee(ctx.db, id)!;
  });
}

export function removeAttendee(ctx: CoreContext, attendeeId: number): MeetingDetail {
  return inTransaction(ctx, () => {
    const a = mustGetAttendee(ctx, attendeeId);
    const m = writableMeeting(ctx, a.meetingId);
    if (meetingRepo.attendees(ctx.db, m.id).length <= 1) throw new AppError('VALIDATION', '会议至少要有一名参会人员，不能移除最后一人。');
    ctx.db.prepare('DELETE FROM topic_opinions WHERE member_id = ? AND topic_id IN (SELECT id FROM meeting_topics WHERE meeting_id = ?)').run(a.memberId ?? -1, m.id);
    meetingRepo.deleteAttendee(ctx.db, a.id);
    audit(ctx, { action: 'meeting.removeAttendee', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}：移除${a.role === 'guest' ? '列席' : '参会'}人员 ${a.name}` });
    return getMeeting(ctx, m.id);
  });
}

export const previewRollCall = (ctx: CoreContext, id: number, text: string): RollCallPlan => planRollCall(text, meetingRepo.attendees(ctx.db, id));

export function applyRollCall(ctx: CoreContext, id: number, text: string): MeetingDetail {
  return inTransaction(ctx, () => {
    const m = writableMeeting(ctx, id);
    const plan = planRollCall(text, meetingRepo.attendees(ctx.db, id));
    if (plan.conflicts.length) throw new AppError('VALIDATION', `以下人员在点名中出现了不同的状态，请改正后重试：${plan.conflicts.join('、')}。`);
    const noReason = plan.changes.filter((c) => c.to === 'leave' && !c.reason).map((c) => c.name);
    if (noReason.length) throw new AppError('VALIDATION', `请假须写明事由：${noReason.join('、')}。请在姓名后用括号写明，如“${noReason[0]}（出差）”。`);
    if (!plan.changes.length && !plan.newGuests.length) throw new AppError('VALIDATION', '没有从点名文字中识别出任何参会人员。请按“参会：张三、李四 / 请假：王五（出差）”的格式粘贴。');
    const byId = new Map(meetingRepo.attendees(ctx.db, id).map((a) => [a.id, a]));
    for (const c of plan.changes) {
      writeAttendance(ctx, byId.get(c.attendeeId)!, { status: c.to, leaveReason: c.reason, leaveRequestedAt: null, leaveApprover: '', leaveApproved: false });
    }
    let sort = Math.max(0, ...[...byId.values()].filter((a) => a.role === 'guest').map((a) => a.sort));
    for (const g of plan.newGuests) {
      meetingRepo.insertAttendee(ctx.db, {
        meetingId: id, memberId: null, role: 'guest', name: g.name, titleSnapshot: g.title, unit: '', status: 'present',
        leaveReason: '', leaveRequestedAt: null, leaveApprover: '', leaveApproved: 0, sort: (sort += 10),
      });
    }
    audit(ctx, { action: 'meeting.rollCall', objectType: 'meeting', objectId: id, summary: `${m.displayName}：按点名登记 ${plan.changes.length} 人，新增列席 ${plan.newGuests.length} 人${plan.unmatched.length ? `，未识别：${plan.unmatched.join('、')}` : ''}` });
    if (plan.newGuests.length || plan.changes.some((c) => isPresent(c.to))) markHeldOnAttendance(ctx, m);
    return getMeeting(ctx, id);
  });
}
