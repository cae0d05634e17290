import { describe, expect, it } from 'vitest';
import type { Attendee, MeetingDetail, MemberAttendanceStats, Topic } from '../../../shared/domain/meetings';
import type { RollCallPlan } from '../../../shared/meetings/rollcall';
import { call, tmpCore } from '../../helpers/tmp';
import { failure, newMeeting, seedMembers } from './fixtures';

describe('attendance', () => {
  it('records 出席/迟到/请假/缺席; leave needs a reason; stats count unapproved leave as 无故缺席', async () => {
    const core = tmpCore();
    await seedMembers(core, 4);
    const m = await newMeeting(core, { status: 'held' });
    const [a, b, c, d] = m.attendees;
    expect((await failure(core, 'meetings.setAttendance', { attendeeId: b!.id, status: 'leave' })).message).toMatch(/请假须写明事由：请填写李卫东的请假事由/);
    await call(core, 'meetings.setAttendance', { attendeeId: a!.id, status: 'present' });
    await call(core, 'meetings.setAttendance', { attendeeId: b!.id, status: 'leave', leaveReason: '赴市开会', leaveRequestedAt: '2022-03-04', leaveApprover: '张建国', leaveApproved: true });
    await call(core, 'meetings.setAttendance', { attendeeId: c!.id, status: 'leave', leaveReason: '私事' });
    const late = await call<Attendee>(core, 'meetings.setAttendance', { attendeeId: d!.id, status: 'late', leaveReason: '不该保留' });
    expect(late.leaveReason).toBe('');
    const stats = await call<MemberAttendanceStats[]>(core, 'meetings.stats', { year: 2022 });
    expect(stats.map((s) => [s.name, s.present, s.late, s.leave, s.unexcused, s.rate])).toEqual([
      ['张建国', 1, 0, 0, 0, 1],
      ['李卫东', 0, 0, 1, 0, 0],
      ['王秀英', 0, 0, 1, 1, 0],
      ['赵志强', 0, 1, 0, 0, 1],
    ]);
  });

  it('refuses a duplicate 列席 and removing the last attendee', async () => {
    const core = tmpCore();
    await seedMembers(core, 1);
    const m = await newMeeting(core);
    await call(core, 'meetings.addGuest', { meetingId: m.id, name: '周明远', unit: '县政府办公室', title: '副主任' });
    expect((await failure(core, 'meetings.addGuest', { meetingId: m.id, name: '周明远' })).message).toMatch(/已在参会人员中/);
    const after = await call<MeetingDetail>(core, 'meetings.removeAttendee', { attendeeId: m.attendees[0]!.id });
    expect((await failure(core, 'meetings.removeAttendee', { attendeeId: after.attendees[0]!.id })).message).toMatch(/至少要有一名参会人员/);
  });

  it('applies a pasted roll call after a preview of what was recognised', async () => {
    const core = tmpCore();
    await seedMembers(core, 7);
    const m = await newMeeting(core, { status: 'held' });
    const text = '参会：张建国、李卫东、王  秀英、赵志强、陈国栋\n请假：刘海燕（赴省参加培训）\n列席：周明远（县政府办公室副主任）\n迟到：孙某某';
    const plan = await call<RollCallPlan>(core, 'meetings.rollCallPreview', { id: m.id, text });
    expect(plan.changes.map((c) => `${c.name}:${c.to}`)).toEqual(['张建国:present', '李卫东:present', '王秀英:present', '赵志强:present', '陈国栋:present', '刘海燕:leave']);
    expect(plan).toMatchObject({ newGuests: [{ name: '周明远', title: '县政府办公室副主任' }], unmatched: ['孙某某'], notMentioned: ['杨立新'] });
    const after = await call<MeetingDetail>(core, 'meetings.rollCallApply', { id: m.id, text });
    expect(after.attendees.find((a) => a.name === '刘海燕')).toMatchObject({ status: 'leave', leaveReason: '赴省参加培训' });
    expect(after.attendees.find((a) => a.name === '杨立新')!.status).toBe('expected');
    expect(after.attendees.at(-1)).toMatchObject({ role: 'guest', name: '周明远', status: 'present' });
    expect((await failure(core, 'meetings.rollCallApply', { id: m.id, text: '请假：杨立新' })).message).toMatch(/请假须写明事由：杨立新/);
  });
});

describe('topics and decisions', () => {
  it('records opinions of present members only, and follow-ups stay editable after locking', async () => {
    const core = tmpCore();
    const ms = await seedMembers(core, 3);
    const m = await newMeeting(core, { status: 'held' });
    await call(core, 'meetings.setAttendance', { attendeeId: m.attendees[2]!.id, status: 'leave', leaveReason: '出差', leaveApproved: true });
    const input = { meetingId: m.id, title: '研究部分科级干部任免事项', presenter: '县委组织部', category: 'personnel', priorStudy: true, decision: '同意', opinions: [{ memberId: ms[0]!.id, opinion: 'agree' }] };
    expect((await failure(core, 'meetings.saveTopic', input)).message).toMatch(/只有到会.*才能表态/);
    await call(core, 'meetings.markAllPresent', { id: m.id });
    const t = await call<Topic>(core, 'meetings.saveTopic', { ...input, opinions: [{ memberId: ms[0]!.id, opinion: 'agree' }, { memberId: ms[1]!.id, opinion: 'reserve' }] });
    expect(t.opinions).toEqual([{ memberId: ms[0]!.id, opinion: 'agree' }, { memberId: ms[1]!.id, opinion: 'reserve' }]);
    expect((await failure(core, 'meetings.saveTopic', { ...input, id: t.id, opinions: [{ memberId: ms[0]!.id, opinion: 'agree' }, { memberId: ms[0]!.id, opinion: 'disagree' }] })).message).toMatch(/只能有一个表态/);
    await call(core, 'meetings.lock', { id: m.id });
    const f = await call<{ id: number; status: string }>(core, 'meetings.saveFollowup', { topicId: t.id, task: '印发任免通知', responsible: '县委组织部', dueDate: '2022-03-20' });
    await call(core, 'meetings.saveFollowup', { topicId: t.id, id: f.id, task: '印发任免通知', status: 'done' });
    const got = await call<MeetingDetail>(core, 'meetings.get', { id: m.id });
    expect(got.topics[0]!.followups).toMatchObject([{ task: '印发任免通知', status: 'done' }]);
  });
});

describe('a 计划 meeting whose attendance is recorded', () => {
  // Today is 2022-06-15 (FIXED_NOW).
  const statusOf = (core: ReturnType<typeof tmpCore>, id: number) => (core.ctx.db.prepare('SELECT status FROM meetings WHERE id = ?').get(id) as { status: string }).status;

  it('becomes 已召开 once someone is recorded present, on or after its date; the change is audited', async () => {
    const core = tmpCore();
    await seedMembers(core, 3);
    const past = await newMeeting(core, { date: '2022-06-10' });
    const [a, b] = past.attendees;
    // Leave is usually requested before the meeting: it proves nothing about the meeting itself.
    await call(core, 'meetings.setAttendance', { attendeeId: b!.id, status: 'leave', leaveReason: '出差' });
    await call(core, 'meetings.setAttendance', { attendeeId: a!.id, status: 'absent' });
    expect(statusOf(core, past.id)).toBe('planned');
    await call(core, 'meetings.setAttendance', { attendeeId: a!.id, status: 'late' });
    expect(statusOf(core, past.id)).toBe('held');
    expect(core.ctx.db.prepare(`SELECT summary FROM audit_log WHERE summary LIKE '%改为“已召开”%'`).all()).toEqual([
      { summary: '2022年第1次党组会议已登记到会人员，状态由“计划”改为“已召开”' },
    ]);

    const today = await newMeeting(core, { date: '2022-06-15' });
    await call(core, 'meetings.markAllPresent', { id: today.id });
    expect(statusOf(core, today.id)).toBe('held');

    const byRollCall = await newMeeting(core, { date: '2022-06-01' });
    await call(core, 'meetings.rollCallApply', { id: byRollCall.id, text: '参会：张建国、李卫东' });
    expect(statusOf(core, byRollCall.id)).toBe('held');
  });

  it('stays 计划 when its date is still ahead, and a cancelled meeting stays cancelled', async () => {
    const core = tmpCore();
    await seedMembers(core, 2);
    const future = await newMeeting(core, { date: '2022-06-16' });
    await call(core, 'meetings.markAllPresent', { id: future.id });
    expect(statusOf(core, future.id)).toBe('planned');
    const cancelled = await newMeeting(core, { date: '2022-06-01', status: 'cancelled' });
    await call(core, 'meetings.setAttendance', { attendeeId: cancelled.attendees[0]!.id, status: 'present' });
    expect(statusOf(core, cancelled.id)).toBe('cancelled');
  });
});
