import { describe, expect, it } from 'vitest';
import type { MeetingDetail, MeetingType } from '../../../shared/domain/meetings';
import { call, tmpCore } from '../../helpers/tmp';
import { PARTY_GROUP, failure, newMeeting, seedMembers } from './fixtures';

describe('meeting types: built-in and user-defined', () => {
  it('adds a custom type counted for a duty kind (default 其他) that can be used at once', async () => {
    const core = tmpCore();
    await seedMembers(core, 2);
    const plain = await call<MeetingType>(core, 'meetings.createType', { name: '  党风廉政建设专题会  ' });
    expect(plain).toMatchObject({ name: '党风廉政建设专题会', evidenceKind: 'other', builtin: false, hidden: false, meetings: 0 });
    const lecture = await call<MeetingType>(core, 'meetings.createType', { name: '专题党课', evidenceKind: 'party-lecture' });
    const types = await call<MeetingType[]>(core, 'meetings.types', {});
    expect(types.map((t) => [t.name, t.builtin])).toEqual([
      ['党组会议', true], ['理论学习中心组学习', true], ['民主生活会', true], ['组织生活会', true], ['专题会议', true],
      ['党风廉政建设专题会', false], ['专题党课', false],
    ]);
    const m = await newMeeting(core, { typeId: lecture.id, status: 'held' });
    expect(m).toMatchObject({ displayName: '2022年第1次专题党课', evidenceKind: 'party-lecture' });
    // A held meeting of a type counted for a duty is evidence, so deleting it says so.
    expect(await call(core, 'meetings.delete', { id: m.id })).toEqual({ id: m.id, wasEvidence: true });
  });

  it('refuses duplicate names (also of hidden types) and an unknown duty kind, in Chinese', async () => {
    const core = tmpCore();
    expect((await failure(core, 'meetings.createType', { name: '党组会议' })).message).toBe('已有会议类型“党组会议”，请换一个名称。');
    expect((await failure(core, 'meetings.createType', { name: ' ' })).message).toMatch(/请填写会议类型名称/);
    expect((await failure(core, 'meetings.createType', { name: '座谈会', evidenceKind: 'party' })).message).toMatch(/计入的职责类别无效/);
    const t = await call<MeetingType>(core, 'meetings.createType', { name: '座谈会' });
    await call(core, 'meetings.createType', { name: '务虚会' });
    expect((await failure(core, 'meetings.updateType', { id: t.id, name: '务虚会' })).message).toBe('已有会议类型“务虚会”，请换一个名称。');
    await call(core, 'meetings.updateType', { id: t.id, hidden: true });
    expect((await failure(core, 'meetings.createType', { name: '座谈会' })).message).toBe('已有会议类型“座谈会”（已隐藏，可在列表中重新显示），请换一个名称。');
    expect(core.ctx.db.prepare('SELECT count(*) n FROM meeting_types WHERE builtin = 0').get()).toEqual({ n: 2 });
  });

  it('renames, re-classes and hides a custom type only while no meeting uses it; built-in types are fixed', async () => {
    const core = tmpCore();
    await seedMembers(core, 2);
    const t = await call<MeetingType>(core, 'meetings.createType', { name: '座谈会' });
    expect(await call(core, 'meetings.updateType', { id: t.id, name: '青年干部座谈会', evidenceKind: 'talk' })).toMatchObject({ name: '青年干部座谈会', evidenceKind: 'talk' });
    const hidden = await call<MeetingType>(core, 'meetings.updateType', { id: t.id, hidden: true });
    expect(hidden.hidden).toBe(true);
    // Hidden: not for new meetings, nor for moving a meeting to it.
    expect((await failure(core, 'meetings.create', { typeId: t.id, date: '2022-03-05' })).message).toMatch(/已隐藏，不能用于新会议/);
    const other = await newMeeting(core);
    expect((await failure(core, 'meetings.update', { id: other.id, patch: { typeId: t.id } })).message).toMatch(/已隐藏/);
    await call(core, 'meetings.updateType', { id: t.id, hidden: false });

    const m = await newMeeting(core, { typeId: t.id });
    await call(core, 'meetings.delete', { id: m.id }); // a deleted meeting can come back: it still counts
    for (const patch of [{ name: '别的名字' }, { evidenceKind: 'other' }, { name: '别的名字', hidden: true }]) {
      expect((await failure(core, 'meetings.updateType', { id: t.id, ...patch })).message).toBe(
        '“青年干部座谈会”已有 1 次会议（含已删除的），不能改名或更改计入的职责，以免改变已有会议的名称和完成情况。不再使用可以隐藏；如需不同的类型，请新增一个。',
      );
    }
    // Hiding a type in use only stops offering it; its meetings keep their names and still count.
    expect((await call<MeetingType>(core, 'meetings.updateType', { id: t.id, hidden: true })).hidden).toBe(true);
    const restored = await call<MeetingDetail>(core, 'meetings.restore', { id: m.id });
    expect(restored.displayName).toBe('2022年第1次青年干部座谈会');
    expect((await call<MeetingDetail>(core, 'meetings.update', { id: m.id, patch: { title: '改个标题' } })).displayName).toBe('2022年第1次青年干部座谈会');
    expect(await failure(core, 'meetings.updateType', { id: PARTY_GROUP, name: '党组会' })).toMatchObject({ code: 'READ_ONLY', message: '“党组会议”是内置会议类型，不能修改。' });
    const log = core.ctx.db.prepare(`SELECT summary FROM audit_log WHERE action LIKE 'meetingType.%' ORDER BY id`).all();
    expect(log).toEqual([
      { summary: '新增会议类型 座谈会（计入：其他）' },
      { summary: '会议类型“座谈会”：名称改为“青年干部座谈会”，计入改为谈心谈话' },
      { summary: '会议类型“青年干部座谈会”：隐藏' },
      { summary: '会议类型“青年干部座谈会”：重新显示' },
      { summary: '会议类型“青年干部座谈会”：隐藏' },
    ]);
  });
});
