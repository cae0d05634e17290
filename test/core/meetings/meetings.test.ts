import { describe, expect, it } from 'vitest';
import type { MeetingDetail, MeetingSummary } from '../../../shared/domain/meetings';
import { LIMITS } from '../../../shared/limits';
import { call, tmpCore } from '../../helpers/tmp';
import { PARTY_GROUP, failure, newMeeting, seedMembers } from './fixtures';

describe('meetings: numbering and defaults', () => {
  it('defaults attendees to members in office on the date, in 排序 order, with 职务 snapshotted', async () => {
    const core = tmpCore();
    const ms = await seedMembers(core);
    await call(core, 'members.endTerm', { id: ms[6]!.id, termEnd: '2022-02-01' });
    const m = await newMeeting(core, { hostMemberId: ms[0]!.id, guests: [{ name: '周明远', unit: '县政府办公室', title: '副主任' }] });
    expect(m.displayName).toBe('2022年第1次党组会议');
    expect(m.attendees.filter((a) => a.role === 'member').map((a) => a.name)).toEqual(['张建国', '李卫东', '王秀英', '赵志强', '刘海燕', '陈国栋']);
    expect(m.attendees.at(-1)).toMatchObject({ role: 'guest', name: '周明远', unit: '县政府办公室', titleSnapshot: '副主任' });
    expect(m.hostName).toBe('张建国');
    // A later change of 职务 does not rewrite the meeting.
    await call(core, 'members.update', { id: ms[1]!.id, patch: { title: '县长' } });
    const again = await call<MeetingDetail>(core, 'meetings.get', { id: m.id });
    expect(again.attendees[1]).toMatchObject({ name: '李卫东', titleSnapshot: '县委常委、常务副县长' });
  });

  it('numbers meetings per type and year by date, and renumbers on back-entry, delete and restore', async () => {
    const core = tmpCore();
    await seedMembers(core, 3);
    const march = await newMeeting(core, { date: '2022-03-10' });
    const may = await newMeeting(core, { date: '2022-05-10' });
    const study = await newMeeting(core, { typeId: 2, date: '2022-04-01' });
    const next = await newMeeting(core, { date: '2023-01-05' });
    const seqs = async () => (await call<MeetingSummary[]>(core, 'meetings.list', {})).map((m) => m.displayName);
    expect(await seqs()).toEqual(['2022年第1次党组会议', '2022年第1次理论学习中心组学习', '2022年第2次党组会议', '2023年第1次党组会议']);
    const jan = await newMeeting(core, { date: '2022-01-20' }); // entered late, happened first
    expect(jan.displayName).toBe('2022年第1次党组会议');
    expect((await call<MeetingDetail>(core, 'meetings.get', { id: may.id })).displayName).toBe('2022年第3次党组会议');
    const del = await call<{ wasEvidence: boolean }>(core, 'meetings.delete', { id: jan.id });
    expect(del.wasEvidence).toBe(false); // planned, not held
    expect((await call<MeetingDetail>(core, 'meetings.get', { id: march.id })).seq).toBe(1);
    expect((await call<MeetingSummary[]>(core, 'meetings.list', { deleted: true })).map((m) => m.id)).toEqual([jan.id]);
    await call(core, 'meetings.restore', { id: jan.id });
    expect((await call<MeetingDetail>(core, 'meetings.get', { id: march.id })).seq).toBe(2);
    expect(study.seq).toBe(1);
    expect(next.seq).toBe(1);
  });

  it('a held 党组会议 is evidence: deleting says so, and the tables show what the compliance side reads', async () => {
    const core = tmpCore();
    await seedMembers(core, 3);
    const m = await newMeeting(core, { status: 'held' });
    await call(core, 'meetings.markAllPresent', { id: m.id });
    const row = core.ctx.db
      .prepare(`SELECT t.evidence_kind k, m.status s, (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.status IN ('present','late')) n
                FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE m.id = ? AND m.deleted_at IS NULL`)
      .get(m.id);
    expect(row).toEqual({ k: 'party-group-meeting', s: 'held', n: 3 });
    expect(await call(core, 'meetings.delete', { id: m.id })).toEqual({ id: m.id, wasEvidence: true });
    expect(core.ctx.db.prepare('SELECT deleted_at FROM meetings WHERE id = ?').get(m.id)).not.toEqual({ deleted_at: null });
  });

  it('starts a meeting as a copy of the last one of its type', async () => {
    const core = tmpCore();
    const ms = await seedMembers(core, 3);
    await newMeeting(core, { hostMemberId: ms[0]!.id, recorder: '周明远', agenda: '一、传达学习', guests: [{ name: '郑晓东', unit: '县财政局', title: '局长' }] });
    const copy = await call<MeetingDetail>(core, 'meetings.create', { typeId: PARTY_GROUP, date: '2022-04-06', copyFromLast: true });
    expect(copy).toMatchObject({ place: '县政府三楼会议室', hostMemberId: ms[0]!.id, recorder: '周明远', agenda: '一、传达学习', startTime: '09:00', seq: 2 });
    expect(copy.attendees.filter((a) => a.role === 'guest').map((a) => a.name)).toEqual(['郑晓东']);
  });

  it('schedules the monthly 党组会议 for the year on working days, skipping months that have one', async () => {
    const core = tmpCore();
    await seedMembers(core, 3);
    await newMeeting(core, { date: '2022-03-05' });
    expect(await call(core, 'meetings.scheduleYear', { typeId: PARTY_GROUP, year: 2022, day: 1 })).toEqual({ created: 11, skipped: 1, past: 0 });
    const list = await call<MeetingSummary[]>(core, 'meetings.list', { year: 2022, typeId: PARTY_GROUP });
    expect(list).toHaveLength(12);
    expect(list.find((m) => m.date.startsWith('2022-10'))!.date).toBe('2022-10-08'); // 国庆 holiday, then the 调休 Saturday
    expect(list.filter((m) => m.date !== '2022-03-05').every((m) => m.status === 'planned' && m.hostName === '张建国')).toBe(true);
  });
});

describe('meetings: scheduling leaves past months alone when asked', () => {
  it('plans only the months still ahead (today is 2022-06-15), and says so when none are left', async () => {
    const core = tmpCore();
    await seedMembers(core, 3);
    expect(await call(core, 'meetings.scheduleYear', { typeId: PARTY_GROUP, year: 2022, day: 10, includePast: false })).toEqual({ created: 6, skipped: 0, past: 6 });
    const dates = (await call<MeetingSummary[]>(core, 'meetings.list', { year: 2022 })).map((m) => m.date);
    expect(dates[0]).toBe('2022-07-11'); // 10 July 2022 was a Sunday
    expect(dates.every((d) => d > '2022-06-15')).toBe(true);
    expect((await failure(core, 'meetings.scheduleYear', { typeId: PARTY_GROUP, year: 2021, includePast: false })).message).toMatch(/2021年各月的会议日期都已过去/);
    expect(core.ctx.db.prepare("SELECT count(*) n FROM meetings WHERE substr(date, 1, 4) = '2021'").get()).toEqual({ n: 0 });
  });
});

describe('meetings: bad input', () => {
  it.each([
    ['end before start', { startTime: '10:00', endTime: '09:00' }, /结束时间（09:00）应晚于开始时间/],
    ['a malformed time', { startTime: '9点' }, /开始时间的格式应为 09:30/],
    ['an impossible date', { date: '2022-02-30' }, /会议日期不是有效的日期/],
    ['duplicate attendees', { memberIds: [1, 1] }, /参会人员中有重复的成员/],
    ['a 列席 who is already a member', { guests: [{ name: '张建国' }] }, /在参会人员中出现了两次/],
    ['an unknown type', { typeId: 99 }, /找不到会议类型/],
    ['over-long minutes', { minutes: '记'.repeat(LIMITS.minutes + 1) }, /会议记录不能超过50000个字/],
  ])('refuses %s with a Chinese message and writes nothing', async (_l, extra, msg) => {
    const core = tmpCore();
    await seedMembers(core, 2);
    expect((await failure(core, 'meetings.create', { typeId: PARTY_GROUP, date: '2022-03-05', ...extra })).message).toMatch(msg);
    expect(core.ctx.db.prepare('SELECT count(*) n FROM meetings').get()).toEqual({ n: 0 });
  });

  it('refuses a meeting with nobody to attend', async () => {
    const core = tmpCore();
    expect((await failure(core, 'meetings.create', { typeId: PARTY_GROUP, date: '2022-03-05' })).message).toMatch(/没有在任的党组成员.*不能没有参会人员/);
    await seedMembers(core, 1);
    expect((await failure(core, 'meetings.create', { typeId: PARTY_GROUP, date: '2022-03-05', memberIds: [] })).message).toMatch(/不能没有参会人员/);
  });

  it('keeps 10,000-character minutes whole', async () => {
    const core = tmpCore();
    await seedMembers(core, 2);
    const minutes = '会议认为，'.repeat(2000);
    const m = await newMeeting(core, { minutes });
    expect((await call<MeetingDetail>(core, 'meetings.get', { id: m.id })).minutes).toHaveLength(10_000);
  });

  it('a locked meeting is read-only; unlocking needs a reason and is audited', async () => {
    const core = tmpCore();
    await seedMembers(core, 2);
    const m = await newMeeting(core);
    expect((await failure(core, 'meetings.lock', { id: m.id })).message).toMatch(/只有已召开的会议才能锁定/);
    await call(core, 'meetings.update', { id: m.id, patch: { status: 'held', minutes: '定稿' } });
    await call(core, 'meetings.lock', { id: m.id });
    const a = m.attendees[0]!;
    for (const [ch, input] of [
      ['meetings.update', { id: m.id, patch: { place: '别处' } }],
      ['meetings.setAttendance', { attendeeId: a.id, status: 'absent' }],
      ['meetings.addGuest', { meetingId: m.id, name: '周明远' }],
      ['meetings.saveTopic', { meetingId: m.id, title: '新议题' }],
      ['meetings.delete', { id: m.id }],
    ] as const) {
      expect(await failure(core, ch, input)).toMatchObject({ code: 'READ_ONLY', message: expect.stringMatching(/已锁定，内容只读/) });
    }
    expect((await failure(core, 'meetings.unlock', { id: m.id, reason: ' ' })).message).toMatch(/请填写解锁原因/);
    await call(core, 'meetings.unlock', { id: m.id, reason: '补记议题表态' });
    await call(core, 'meetings.update', { id: m.id, patch: { place: '县委会议室' } });
    const log = core.ctx.db.prepare(`SELECT summary FROM audit_log WHERE action = 'meeting.unlock'`).all();
    expect(log).toEqual([{ summary: '解锁2022年第1次党组会议，原因：补记议题表态' }]);
  });
});
