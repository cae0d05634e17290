import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/domain/meetings';
import type { TermConflicts } from '../../../shared/contract/members';
import type { Member } from '../../../shared/domain/members';
import { call, tmpCore } from '../../helpers/tmp';
import { heldMeeting } from '../reports/fixtures';
import { refusedUnchanged } from './helpers';

// Terms of office agree with attendance, and a term change never rewrites history silently.

async function world() {
  const core = tmpCore();
  const zhang = await call<Member>(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
  const li = await call<Member>(core, 'members.create', { name: '李明', termStart: '2021-01-01' });
  const late = await call<Member>(core, 'members.create', { name: '赵新', termStart: '2022-05-01' });
  await heldMeeting(core, '2022-03-10'); // 张建国, 李明
  const second = await heldMeeting(core, '2022-05-10'); // all three
  return { core, zhang, li, late, second };
}

describe('terms of office and attendance', () => {
  it('ending a term before meetings the member attended is refused, naming them and the date that covers them', async () => {
    const { core, li } = await world();
    await refusedUnchanged(
      core,
      'members.endTerm',
      { id: li.id, termEnd: '2022-03-01' },
      '李明已参加2022年第2次党组会议（2022-05-10）等2次会议，任职结束日期不能早于2022-05-10。请保留能覆盖这些会议的日期；如这些会议中其确以列席身份参加，请先在会议中改为列席。',
      'IN_USE',
    );
    // the date offered is accepted
    expect((await call<Member>(core, 'members.endTerm', { id: li.id, termEnd: '2022-05-10' })).termEnd).toBe('2022-05-10');
  });

  it('the dialogs can ask which meetings a proposed term leaves out and which date covers them, without writing', async () => {
    const { core, li, late } = await world();
    const before = JSON.stringify(core.ctx.db.prepare('SELECT * FROM members').all());
    const end = await call<TermConflicts>(core, 'members.termConflicts', { id: li.id, termEnd: '2022-03-01' });
    expect(end).toEqual({
      beforeStart: [],
      latestStart: null,
      afterEnd: [
        { meetingId: expect.any(Number), name: '2022年第1次党组会议', date: '2022-03-10' },
        { meetingId: expect.any(Number), name: '2022年第2次党组会议', date: '2022-05-10' },
      ],
      earliestEnd: '2022-05-10',
    });
    // Between the two meetings: only the later one is left out.
    expect((await call<TermConflicts>(core, 'members.termConflicts', { id: li.id, termEnd: '2022-04-01' })).afterEnd.map((m) => m.date)).toEqual(['2022-05-10']);
    const start = await call<TermConflicts>(core, 'members.termConflicts', { id: late.id, termStart: '2022-06-01' });
    expect([start.beforeStart.map((m) => m.name), start.latestStart, start.earliestEnd]).toEqual([['2022年第2次党组会议'], '2022-05-10', null]);
    // A term that covers everything, and the current term (dates omitted), leave nothing out.
    expect(await call<TermConflicts>(core, 'members.termConflicts', { id: li.id, termEnd: '2022-05-10' })).toEqual({ beforeStart: [], latestStart: null, afterEnd: [], earliestEnd: null });
    expect((await call<TermConflicts>(core, 'members.termConflicts', { id: li.id })).earliestEnd).toBeNull();
    expect(JSON.stringify(core.ctx.db.prepare('SELECT * FROM members').all())).toBe(before);
    await refusedUnchanged(core, 'members.termConflicts', { id: li.id, termEnd: '2022-02-30' }, '任职结束日期不是有效的日期。', 'VALIDATION');
  });

  it('a term start moved after a meeting the member attended is refused', async () => {
    const { core, late } = await world();
    await refusedUnchanged(core, 'members.update', { id: late.id, patch: { termStart: '2022-06-01' } }, /^赵新已参加2022年第2次党组会议（2022-05-10），任职开始日期不能晚于2022-05-10。/, 'IN_USE');
  });

  it('a member not in office on the date cannot be listed as a member; as 列席 they can', async () => {
    const { core, late } = await world();
    await refusedUnchanged(core, 'meetings.create', { typeId: 1, date: '2022-04-01', memberIds: [late.id] }, '赵新在2022-04-01不在任（任职 2022-05-01—至今），不能作为党组成员参会。如其确实参加，请作为列席人员添加。', 'VALIDATION');
    const m = await call<MeetingDetail>(core, 'meetings.create', { typeId: 1, date: '2022-04-01', memberIds: [], guests: [{ name: '赵新', title: '拟任副县长' }] });
    expect(m.attendees.map((a) => [a.name, a.role])).toEqual([['赵新', 'guest']]);
  });

  it('moving a meeting to a date when one of its members was not yet in office is refused', async () => {
    const { core, second } = await world();
    await refusedUnchanged(core, 'meetings.update', { id: second.id, patch: { date: '2022-04-20' } }, /^赵新在2022-04-20不在任/, 'VALIDATION');
  });
});
