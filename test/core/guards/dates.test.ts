import { describe, expect, it } from 'vitest';
import type { KeyProjectDetail } from '../../../shared/domain/keywork';
import type { MeetingDetail, Topic } from '../../../shared/domain/meetings';
import type { Member } from '../../../shared/domain/members';
import { call, tmpCore } from '../../helpers/tmp';
import { refusedUnchanged } from './helpers';

// Dates within sensible bounds: 2000–2100 for anything in a working year, 1950–2100 for terms.

async function world() {
  const core = tmpCore();
  const m = await call<Member>(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
  const meeting = await call<MeetingDetail>(core, 'meetings.create', { typeId: 1, date: '2022-03-10', status: 'held' });
  const topic = await call<Topic>(core, 'meetings.saveTopic', { meetingId: meeting.id, title: '春耕' });
  const project = await call<KeyProjectDetail>(core, 'keywork.save', { year: 2022, name: '中医院建设' });
  return { core, m, meeting, topic, project };
}

describe('date bounds', () => {
  it.each([
    ['meetings.create', (w: W) => ({ typeId: 1, date: '1999-12-31' }), '会议日期不能早于2000年1月1日。'],
    ['meetings.create', (w: W) => ({ typeId: 1, date: '2101-01-01' }), '会议日期不能晚于2100年12月31日。'],
    ['meetings.update', (w: W) => ({ id: w.meeting.id, patch: { date: '0202-03-10' } }), '会议日期不能早于2000年1月1日。'],
    ['records.create', (w: W) => ({ kind: 'talk', title: '谈话', date: '1900-05-01', memberIds: [w.m.id], data: { subtype: 'heart', talkee: '王某' } }), '日期不能早于2000年1月1日。'],
    ['records.create', (w: W) => ({ kind: 'inspection', title: '督导', date: '2022-05-01', memberIds: [w.m.id], data: { unit: '县教育局', rectificationDeadline: '2202-06-30' } }), /整改期限不能晚于2100年12月31日/],
    ['meetings.setAttendance', (w: W) => ({ attendeeId: w.meeting.attendees[0]!.id, status: 'leave', leaveReason: '出差', leaveRequestedAt: '1999-01-01' }), '请假时间不能早于2000年1月1日。'],
    ['meetings.saveFollowup', (w: W) => ({ topicId: w.topic.id, task: '落实', dueDate: '2222-01-01' }), '完成时限不能晚于2100年12月31日。'],
    ['keywork.saveMilestone', (w: W) => ({ projectId: w.project.id, title: '封顶', dueDate: '1999-10-01' }), '计划完成日期不能早于2000年1月1日。'],
    ['members.create', (w: W) => ({ name: '李明', termStart: '1949-12-31' }), '任职开始日期不能早于1950年1月1日。'],
    ['members.update', (w: W) => ({ id: w.m.id, patch: { termStart: '2101-01-01' } }), '任职开始日期不能晚于2100年12月31日。'],
    ['members.endTerm', (w: W) => ({ id: w.m.id, termEnd: '2101-01-01' }), '任职结束日期不能晚于2100年12月31日。'],
  ] as const)('%s refuses an out-of-range date with the bound and changes nothing', async (channel, input, message) => {
    const w = await world();
    await refusedUnchanged(w.core, channel, input(w), message, 'VALIDATION');
  });

  it('accepts the bounds themselves, and a term of office from the 1950s', async () => {
    const { core } = await world();
    const guests = [{ name: '王列席' }];
    await call(core, 'meetings.create', { typeId: 1, date: '2000-01-01', memberIds: [], guests });
    await call(core, 'meetings.create', { typeId: 1, date: '2100-12-31', memberIds: [], guests });
    const old = await call<Member>(core, 'members.create', { name: '老同志', termStart: '1958-07-01' });
    expect(old.termStart).toBe('1958-07-01');
  });
});

type W = Awaited<ReturnType<typeof world>>;
