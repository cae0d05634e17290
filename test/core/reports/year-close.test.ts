import { describe, expect, it } from 'vitest';
import type { YearStatus } from '../../../shared/contract/reports';
import type { KeyProjectDetail } from '../../../shared/domain/keywork';
import type { MeetingDetail } from '../../../shared/domain/meetings';
import { call, tmpCore } from '../../helpers/tmp';
import { failure, seedMembers } from '../meetings/fixtures';
import { heldMeeting, importPlan, NEW_YEAR, record, seededYear } from './fixtures';

describe('year close (年度关账)', () => {
  it('cannot close a year that has not ended', async () => {
    const core = tmpCore(); // 2022-06-15
    expect((await failure(core, 'years.close', { year: 2022 })).message).toBe('2022年尚未结束，年底之后才能关账。');
  });

  it('locks the year read-only for meetings, records, duties and key work; other years stay open; reopening is audited', async () => {
    const { core, plan } = await seededYear(NEW_YEAR);
    const m = await heldMeeting(core, '2022-03-10');
    const rec = record(core, 'party-lecture', '2022-04-20', '党课', [1]);
    const p = await call<KeyProjectDetail>(core, 'keywork.save', { year: 2022, name: '县中医院建设' });
    const closed = await call<YearStatus>(core, 'years.close', { year: 2022, reason: '年终归档' });
    expect(closed).toMatchObject({ year: 2022, closed: true, closedBy: 'tester', reason: '年终归档' });

    const refused = async (channel: string, input: unknown) => {
      const f = await failure(core, channel, input);
      expect(f.code).toBe('READ_ONLY');
      expect(f.message).toContain('已关账');
    };
    await refused('meetings.update', { id: m.id, patch: { place: '改了' } });
    await refused('meetings.create', { typeId: 1, date: '2022-12-20', status: 'held' });
    await refused('meetings.setAttendance', { attendeeId: m.attendees[0]!.id, status: 'absent' });
    await refused('meetings.delete', { id: m.id });
    await refused('duties.delete', { id: plan.duties[0]!.id });
    await refused('keywork.saveProgress', { projectId: p.id, month: '2022-12', percent: 90 });
    await refused('keywork.save', { year: 2022, name: '新项目' });
    await refused('compliance.link', { dutyId: plan.duties[0]!.id, ref: `record:${rec}`, mode: 'link' });
    // a writer that goes straight to the tables is refused by the database itself
    expect(() => core.ctx.db.prepare("UPDATE records SET title = 'x' WHERE id = ?").run(rec)).toThrow('已关账');
    expect(() => record(core, 'talk', '2022-11-11', '补录')).toThrow('已关账');
    // moving a meeting out of (or into) the closed year is refused too
    expect(() => core.ctx.db.prepare("UPDATE meetings SET date = '2023-01-05' WHERE id = ?").run(m.id)).toThrow('已关账');

    // reading still works, and 2023 is open
    expect((await call<MeetingDetail>(core, 'meetings.get', { id: m.id })).place).toBe('县政府三楼会议室');
    await call(core, 'meetings.create', { typeId: 1, date: '2023-01-05', status: 'held' });
    record(core, 'talk', '2023-01-06', '新年度谈话');

    expect((await failure(core, 'years.reopen', { year: 2022, reason: '' })).message).toContain('请填写解除关账的原因');
    const reopened = await call<YearStatus>(core, 'years.reopen', { year: 2022, reason: '补录遗漏的党课记录' });
    expect(reopened.closed).toBe(false);
    await call(core, 'meetings.update', { id: m.id, patch: { place: '县政府二楼会议室' } });
    const log = core.ctx.db.prepare("SELECT action, summary FROM audit_log WHERE action LIKE 'year.%' ORDER BY id").all();
    expect(log).toEqual([
      { action: 'year.close', summary: '2022年度关账：年终归档' },
      { action: 'year.reopen', summary: '2022年度解除关账：补录遗漏的党课记录' },
    ]);
  });

  it('a closed year survives reopening the data file', async () => {
    const core = tmpCore({ now: NEW_YEAR });
    await seedMembers(core, 1);
    await importPlan(core);
    await call(core, 'years.close', { year: 2022 });
    const again = tmpCore({ now: NEW_YEAR, dataFile: core.ctx.dataFile });
    core.close();
    expect((await call<YearStatus>(again, 'years.status', { year: 2022 })).closed).toBe(true);
    expect((await failure(again, 'meetings.create', { typeId: 1, date: '2022-05-05' })).code).toBe('READ_ONLY');
  });
});
