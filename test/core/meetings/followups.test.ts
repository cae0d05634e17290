import { describe, expect, it } from 'vitest';
import type { FollowupRow, Topic } from '../../../shared/domain/meetings';
import { call, tmpCore } from '../../helpers/tmp';
import { failure, newMeeting, seedMembers } from './fixtures';

type Page = { rows: FollowupRow[]; total: number };

describe('督办 across meetings (meetings.followups)', () => {
  it('lists the year’s follow-ups with meeting, topic and overdue flag, unfinished first, filterable and paged', async () => {
    const core = tmpCore(); // today is 2022-06-15
    await seedMembers(core, 2);
    const march = await newMeeting(core, { date: '2022-03-05' });
    const may = await newMeeting(core, { date: '2022-05-10' });
    const nextYear = await newMeeting(core, { date: '2023-01-05' });
    const topic = async (meetingId: number, title: string) => call<Topic>(core, 'meetings.saveTopic', { meetingId, title });
    const t1 = await topic(march.id, '研究城区老旧小区改造方案');
    const t2 = await topic(may.id, '审议防汛工作预案');
    const t3 = await topic(nextYear.id, '明年的议题');
    const fu = (topicId: number, task: string, dueDate: string | null, status = 'open') =>
      call(core, 'meetings.saveFollowup', { topicId, task, responsible: '李卫东', dueDate, status });
    await fu(t1.id, '制定改造实施方案', '2022-04-30'); // overdue
    await fu(t1.id, '完成一期招标', '2022-05-31', 'done'); // past due but done: not overdue
    await fu(t2.id, '开展汛前检查', '2022-06-15', 'in-progress'); // due today: not yet overdue
    await fu(t2.id, '修订应急预案', null);
    await fu(t3.id, '不属于2022年', '2023-02-01');

    const all = await call<Page>(core, 'meetings.followups', { year: 2022 });
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => [r.task, r.meetingName, r.topicTitle, r.status, r.overdue])).toEqual([
      ['制定改造实施方案', '2022年第1次党组会议', '研究城区老旧小区改造方案', 'open', true],
      ['开展汛前检查', '2022年第2次党组会议', '审议防汛工作预案', 'in-progress', false],
      ['修订应急预案', '2022年第2次党组会议', '审议防汛工作预案', 'open', false],
      ['完成一期招标', '2022年第1次党组会议', '研究城区老旧小区改造方案', 'done', false],
    ]);
    expect(all.rows[0]).toMatchObject({ meetingId: march.id, meetingDate: '2022-03-05', responsible: '李卫东', dueDate: '2022-04-30' });

    expect((await call<Page>(core, 'meetings.followups', { year: 2022, status: 'open' })).rows.map((r) => r.task)).toEqual(['制定改造实施方案', '修订应急预案']);
    expect((await call<Page>(core, 'meetings.followups', { year: 2022, overdueOnly: true })).rows.map((r) => r.task)).toEqual(['制定改造实施方案']);
    const page2 = await call<Page>(core, 'meetings.followups', { year: 2022, page: 2, pageSize: 3 });
    expect(page2).toMatchObject({ total: 4, rows: [{ task: '完成一期招标' }] });

    // Marking it done (the list's inline status edit) clears the overdue flag; a deleted meeting's items leave the list.
    const late = all.rows[0]!;
    await call(core, 'meetings.saveFollowup', { topicId: late.topicId, id: late.id, task: late.task, responsible: late.responsible, dueDate: late.dueDate, status: 'done', note: late.note });
    expect((await call<Page>(core, 'meetings.followups', { year: 2022, overdueOnly: true })).total).toBe(0);
    await call(core, 'meetings.delete', { id: may.id });
    expect((await call<Page>(core, 'meetings.followups', { year: 2022 })).rows.map((r) => r.task)).toEqual(['制定改造实施方案', '完成一期招标']);
  });

  it('refuses a bad status filter with a Chinese message', async () => {
    const core = tmpCore();
    expect((await failure(core, 'meetings.followups', { year: 2022, status: 'late' })).message).toMatch(/办理状态无效/);
  });
});
