import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { KeyProjectDetail } from '../../../shared/domain/keywork';
import type { MeetingDetail, Topic } from '../../../shared/domain/meetings';
import type { Member } from '../../../shared/domain/members';
import type { RecordDetail } from '../../../shared/ledger/types';
import { call, tmpCore } from '../../helpers/tmp';
import { importPlan } from '../reports/fixtures';

// An update changes exactly the fields it names: each case sends a one-field patch through
// dispatch and reads the whole row back from the SQLite file.

const row = (core: Core, table: string, id: number) => core.ctx.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;
const rows = (core: Core, sql: string, ...p: unknown[]) => core.ctx.db.prepare(sql).all(...p);
/** Columns that record when a row changed, not what it says. */
const STAMPS = ['updated_at'];
const without = (r: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k) && !STAMPS.includes(k)));

/** Applies the patch, then checks the named columns took the new values and nothing else moved. */
async function expectOnly(core: Core, table: string, id: number, channel: string, input: unknown, changed: Record<string, unknown>) {
  const before = row(core, table, id);
  await call(core, channel, input);
  const after = row(core, table, id);
  expect(without(after, Object.keys(changed))).toEqual(without(before, Object.keys(changed)));
  for (const [k, v] of Object.entries(changed)) expect(after[k]).toEqual(v);
}

async function world() {
  const core = tmpCore();
  const zhang = await call<Member>(core, 'members.create', {
    name: '张建国', title: '县委副书记、县长', partyRole: 'secretary', portfolio: '全面工作', branch: '县政府办公室机关党支部', termStart: '2021-06-28', note: '主持全面工作',
  });
  const li = await call<Member>(core, 'members.create', { name: '李明', title: '副县长', partyRole: 'deputy', portfolio: '工业', branch: '一支部', termStart: '2021-01-01' });
  const plan = await importPlan(core);
  let m = await call<MeetingDetail>(core, 'meetings.create', {
    typeId: 1, title: '研究春耕', date: '2022-03-10', startTime: '09:00', endTime: '11:00', place: '三楼会议室', hostMemberId: zhang.id, recorder: '王秘书', agenda: '一、春耕', status: 'held',
  });
  m = await call<MeetingDetail>(core, 'meetings.markAllPresent', { id: m.id });
  const topic = await call<Topic>(core, 'meetings.saveTopic', {
    meetingId: m.id, title: '春耕资金', presenter: '农业局', category: 'major-decision', priorStudy: true, decision: '同意拨付', minutes: '讨论记录', opinions: [{ memberId: zhang.id, opinion: 'agree' }],
  });
  const followup = await call<{ id: number }>(core, 'meetings.saveFollowup', { topicId: topic.id, task: '拨付资金', responsible: '财政局', dueDate: '2022-04-30', status: 'in-progress', note: '分两批' });
  const rec = await call<RecordDetail>(core, 'records.create', {
    kind: 'party-lecture', title: '专题党课', date: '2022-03-05', note: '备注', memberIds: [zhang.id], data: { place: '三楼', audience: '机关党支部', attendeeCount: 35 },
  });
  const project = await call<KeyProjectDetail>(core, 'keywork.save', { year: 2022, itemNo: '13', kind: 'task', name: '中医院建设', leaderMemberId: li.id, unit: '卫健局', target: '年底封顶', note: '省重点' });
  const withMs = await call<KeyProjectDetail>(core, 'keywork.saveMilestone', { projectId: project.id, title: '主体封顶', dueDate: '2022-10-31', done: true, doneDate: '2022-10-20' });
  await call(core, 'unit.update', { name: '某县人民政府党组', shortName: '县政府党组' });
  return { core, zhang, li, plan, m, topic, followup, rec, project, milestone: withMs.milestoneList[0]! };
}

describe('an update changes exactly the fields it names', () => {
  it('saving a meeting’s minutes keeps it 已召开 with its host, place and recorder', async () => {
    const { core, m } = await world();
    await expectOnly(core, 'meetings', m.id, 'meetings.update', { id: m.id, patch: { minutes: '会议记录正文' } }, { minutes: '会议记录正文' });
    const after = await call<MeetingDetail>(core, 'meetings.get', { id: m.id });
    expect(after).toMatchObject({ status: 'held', place: '三楼会议室', hostName: '张建国', recorder: '王秘书', startTime: '09:00' });
  });

  it('members.update of 分管领域 keeps title, 书记, branch and term start', async () => {
    const { core, zhang } = await world();
    await expectOnly(core, 'members', zhang.id, 'members.update', { id: zhang.id, patch: { portfolio: '全面工作、审计' } }, { portfolio: '全面工作、审计' });
    expect(row(core, 'members', zhang.id)).toMatchObject({ party_role: 'secretary', title: '县委副书记、县长', term_start: '2021-06-28', branch: '县政府办公室机关党支部' });
  });

  it('records.update of the title keeps date, note, members and the kind’s fields', async () => {
    const { core, rec, zhang } = await world();
    await expectOnly(core, 'records', rec.id, 'records.update', { id: rec.id, title: '二十大精神专题党课' }, { title: '二十大精神专题党课' });
    expect(rows(core, 'SELECT member_id FROM record_members WHERE record_id = ?', rec.id)).toEqual([{ member_id: zhang.id }]);
    expect(JSON.parse(row(core, 'records', rec.id).data as string)).toEqual(rec.data);
  });

  it('records.update of the 时长 (天) changes that column alone; a later title patch keeps it and the 学时', async () => {
    const { core, rec } = await world();
    await expectOnly(core, 'records', rec.id, 'records.update', { id: rec.id, durationDays: 1.5 }, { duration_days: 1.5 });
    await expectOnly(core, 'records', rec.id, 'records.update', { id: rec.id, durationHours: 9 }, { duration_hours: 9 });
    await expectOnly(core, 'records', rec.id, 'records.update', { id: rec.id, title: '专题党课（修订）' }, { title: '专题党课（修订）' });
    expect(row(core, 'records', rec.id)).toMatchObject({ duration_days: 1.5, duration_hours: 9 });
  });

  it('records.update of the title keeps the 报告期', async () => {
    const { core } = await world();
    const report = await call<RecordDetail>(core, 'records.create', { kind: 'report-to-committee', title: '上半年意识形态工作情况', date: '2022-07-05', reportPeriod: '2022-H1' });
    await expectOnly(core, 'records', report.id, 'records.update', { id: report.id, title: '关于上半年意识形态工作情况的报告' }, { title: '关于上半年意识形态工作情况的报告' });
    expect(row(core, 'records', report.id).report_period).toBe('2022-H1');
  });

  it('meetings.update of the 时长 (学时) changes that column alone', async () => {
    const { core, m } = await world();
    await expectOnly(core, 'meetings', m.id, 'meetings.update', { id: m.id, patch: { durationHours: 3 } }, { duration_hours: 3 });
    await expectOnly(core, 'meetings', m.id, 'meetings.update', { id: m.id, patch: { durationDays: 0.5 } }, { duration_days: 0.5 });
  });

  it('records.update still checks the merged record against its kind', async () => {
    const { core, rec } = await world();
    const before = row(core, 'records', rec.id);
    const r = await core.dispatch('records.update', { id: rec.id, memberIds: [] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toBe('请选择授课人。');
    expect(row(core, 'records', rec.id)).toEqual(before);
  });

  it('duties.update of the minimum count keeps item, deadline and source', async () => {
    const { core, plan } = await world();
    const d = plan.duties.find((x) => x.source && x.item)!;
    await expectOnly(core, 'duties', d.id, 'duties.update', { id: d.id, duty: { minCount: 3 } }, { min_count: 3, corrected: 1 });
  });

  it('plan.updateItem of the lead keeps the responsible units', async () => {
    const { core, plan, li } = await world();
    const item = plan.sections[0]!.items[0]!;
    await call(core, 'plan.updateItem', { itemId: item.id, responsibleUnits: '县政府办公室' });
    await expectOnly(core, 'plan_items', item.id, 'plan.updateItem', { itemId: item.id, leadMemberId: li.id }, { lead_member_id: li.id });
  });

  it('unit.update of the name keeps the short name', async () => {
    const { core } = await world();
    await expectOnly(core, 'unit', 1, 'unit.update', { name: '示范县人民政府党组' }, { name: '示范县人民政府党组' });
    expect(row(core, 'unit', 1).short_name).toBe('县政府党组');
  });

  it('meetings.updateType of hidden keeps name and class', async () => {
    const { core } = await world();
    const t = await call<{ id: number }>(core, 'meetings.createType', { name: '专题会', evidenceKind: 'study-group' });
    await expectOnly(core, 'meeting_types', t.id, 'meetings.updateType', { id: t.id, hidden: true }, { hidden: 1 });
  });

  it('saveTopic of the decision keeps presenter, category, minutes and opinions', async () => {
    const { core, topic } = await world();
    await expectOnly(core, 'meeting_topics', topic.id, 'meetings.saveTopic', { id: topic.id, decision: '同意，分两批拨付' }, { decision: '同意，分两批拨付' });
    expect(rows(core, 'SELECT member_id, opinion FROM topic_opinions WHERE topic_id = ?', topic.id)).toEqual([{ member_id: 1, opinion: 'agree' }]);
  });

  it('saveFollowup of the status keeps task, responsible, due date and note', async () => {
    const { core, followup } = await world();
    await expectOnly(core, 'followups', followup.id, 'meetings.saveFollowup', { id: followup.id, status: 'done' }, { status: 'done' });
  });

  it('keywork.save of the target keeps kind, leader, unit and note', async () => {
    const { core, project } = await world();
    await expectOnly(core, 'key_projects', project.id, 'keywork.save', { id: project.id, target: '年底投用' }, { target: '年底投用' });
  });

  it('keywork.saveMilestone of the title keeps its done date', async () => {
    const { core, project, milestone } = await world();
    await expectOnly(core, 'key_milestones', milestone.id, 'keywork.saveMilestone', { id: milestone.id, projectId: project.id, title: '主体结构封顶' }, { title: '主体结构封顶' });
    expect(row(core, 'key_milestones', milestone.id).done_date).toBe('2022-10-20');
  });

  it('setAttendance to 请假 again keeps the approved reason', async () => {
    const { core, m } = await world();
    const a = m.attendees[1]!;
    await call(core, 'meetings.setAttendance', { attendeeId: a.id, status: 'leave', leaveReason: '省里开会', leaveApprover: '张建国', leaveApproved: true });
    await expectOnly(core, 'meeting_attendees', a.id, 'meetings.setAttendance', { attendeeId: a.id, status: 'leave' }, {});
    expect(row(core, 'meeting_attendees', a.id)).toMatchObject({ leave_reason: '省里开会', leave_approver: '张建国', leave_approved: 1 });
  });

  it('a new topic without id still needs its title and gets the defaults', async () => {
    const { core, m } = await world();
    const r = await core.dispatch('meetings.saveTopic', { meetingId: m.id });
    expect(!r.ok && r.error.message).toBe('议题名称必须是文字。');
    const t = await call<Topic>(core, 'meetings.saveTopic', { meetingId: m.id, title: '其他事项' });
    expect(t).toMatchObject({ category: 'other', decision: '', opinions: [] });
  });
});
