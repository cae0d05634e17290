import { describe, expect, it } from 'vitest';
import type { MemberFile } from '../../../shared/contract/reports';
import { call } from '../../helpers/tmp';
import { memberFile } from '../../../electron/core/reports/member-file';
import { runCompliance } from '../../../electron/core/compliance/service';
import { asOfDate, engineDay } from '../../../electron/core/reports/as-of';
import { heldMeeting, record, seededYear } from './fixtures';

const duty = (f: MemberFile, kind: string) => f.duties.find((d) => d.kind === kind)!;

describe('member file (一人一档)', () => {
  it('counts each personal duty with its evidence, attendance by status, and talks', async () => {
    const { core, members } = await seededYear();
    const [zhang, li, wang] = members.map((m) => m.id) as [number, number, number];
    record(core, 'party-lecture', '2022-04-20', '专题党课：学习六中全会精神', [li]);
    record(core, 'party-lecture', '2022-05-20', '他人的党课', [wang]);
    record(core, 'research-report', '2022-09-01', '关于乡村振兴的调研报告', [li]);
    record(core, 'inspection', '2022-02-15', '督导检查县交通局', [li]);
    record(core, 'inspection', '2022-08-15', '督导检查县水利局', [li]);
    record(core, 'talk', '2022-03-03', '与县林业局局长提醒谈话', [li]);
    record(core, 'talk', '2022-06-03', '与县卫健局局长谈心谈话', [li]);
    record(core, 'party-lecture', '2021-12-30', '去年的党课', [li]); // other year: not counted
    await heldMeeting(core, '2022-01-10');
    await heldMeeting(core, '2022-02-10', { [li]: { status: 'leave', reason: '赴省培训', approved: true } });
    await heldMeeting(core, '2022-03-10', { [li]: { status: 'absent' } });
    await heldMeeting(core, '2022-04-11', { [li]: { status: 'late' }, [zhang]: { status: 'leave', approved: false } });

    const f = await call<MemberFile>(core, 'reports.memberFile', { memberId: li, year: 2022 });
    expect(f.asOf).toBe('2022-12-31');
    expect(f.member.name).toBe('李卫东');
    const lecture = duty(f, 'party-lecture');
    expect([lecture.done, lecture.required, lecture.status]).toEqual([1, 2, 'overdue']);
    expect(lecture.evidence.map((e) => e.title)).toEqual(['专题党课：学习六中全会精神']);
    expect([duty(f, 'research-report').done, duty(f, 'research-report').required]).toEqual([1, 1]);
    const insp = duty(f, 'inspection');
    expect([insp.done, insp.required]).toEqual([2, 4]);
    expect(insp.periods.map((p) => p.done)).toEqual([1, 0, 1, 0]);
    expect(insp.evidence.map((e) => e.date)).toEqual(['2022-02-15', '2022-08-15']);
    expect(f.attendance).toMatchObject({ expected: 4, present: 1, late: 1, leave: 1, absent: 1, unexcused: 1, unmarked: 0 });
    expect(f.attendance.meetings.map((m) => m.status)).toEqual(['present', 'leave', 'absent', 'late']);
    expect(f.attendance.meetings[1]).toMatchObject({ leaveReason: '赴省培训', leaveApproved: true, name: '2022年第2次党组会议' });
    expect(f.talks.map((t) => t.date)).toEqual(['2022-03-03', '2022-06-03']);

    const z = await call<MemberFile>(core, 'reports.memberFile', { memberId: zhang, year: 2022 });
    expect(z.attendance).toMatchObject({ leave: 1, unexcused: 1 }); // unapproved leave = 无故缺席
    expect(duty(z, 'party-lecture').done).toBe(0);
    expect(z.talks).toEqual([]);

    const r = await core.dispatch('reports.memberFile', { memberId: 999, year: 2022 });
    expect(r.ok ? null : r.error.message).toContain('找不到该成员');
  });

  it('one member alone gives the same file as the whole year run (hand links to group records included)', async () => {
    const { core, members, plan } = await seededYear();
    const li = members[1]!.id;
    record(core, 'inspection', '2022-02-15', '督导检查县交通局', [li]);
    record(core, 'talk', '2022-03-03', '提醒谈话', [li]);
    const group = record(core, 'other', '2022-05-05', '全县安全生产大检查'); // credits nobody
    const lecture = plan.duties.find((d) => d.kind === 'party-lecture')!;
    await call(core, 'compliance.link', { dutyId: lecture.id, ref: `record:${group}`, mode: 'link' });
    const alone = memberFile(core.ctx, li, 2022);
    expect(alone).toEqual(memberFile(core.ctx, li, 2022, runCompliance(core.ctx, { year: 2022, date: engineDay(core.ctx, asOfDate(core.ctx, 2022)) })));
    expect(alone.duties.find((d) => d.kind === 'party-lecture')!.evidence.map((e) => e.title)).toEqual(['全县安全生产大检查']);
  });

  it('prints as an A4 sheet with escaped text', async () => {
    const { core, members } = await seededYear();
    record(core, 'talk', '2022-03-03', '<script>alert(1)</script>提醒谈话', [members[1]!.id]);
    const sheet = await call<{ html: string; title: string }>(core, 'reports.print', { report: 'member-files', year: 2022, memberId: members[1]!.id });
    expect(sheet.title).toBe('县人民政府党组2022年度成员履职档案（李卫东）');
    expect(sheet.html).toContain('size: A4');
    expect(sheet.html).toContain('党课0/2');
    expect(sheet.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;提醒谈话');
    expect(sheet.html).not.toContain('<script>');
    expect(sheet.html).toContain('2022年3月3日');
  });
});
