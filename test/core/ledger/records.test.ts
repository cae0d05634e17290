import { describe, expect, it } from 'vitest';
import type { ComplianceView } from '../../../shared/contract/compliance';
import { KIND_SPECS } from '../../../shared/ledger/record-kinds';
import type { LedgerRecord, RecordDetail } from '../../../shared/ledger/types';
import { call, tmpCore } from '../../helpers/tmp';
import { lecture, withPlan } from './fixtures';

const lectureDuty = (v: ComplianceView) => v.result.duties.find((d) => d.kind === 'party-lecture')!;
const memberRow = (v: ComplianceView, name: string) => lectureDuty(v).members!.find((m) => m.name === name)!;

describe('evidence records', () => {
  it('a 党课 record for a member moves their 党课 duty from 0/2 to 1/2, and back when deleted', async () => {
    const core = tmpCore();
    await withPlan(core);
    const get = () => call<ComplianceView>(core, 'compliance.get', { year: 2022, date: '2022-06-15' });
    expect([memberRow(await get(), '李明').done, memberRow(await get(), '李明').required]).toEqual([0, 2]);

    const r = await lecture(core, [2]);
    let v = await get();
    expect([memberRow(v, '李明').done, memberRow(v, '李明').required]).toEqual([1, 2]);
    expect(memberRow(v, '张建国').done).toBe(0); // only the credited speaker
    expect(r.duties.map((d) => [d.title, d.mode])).toEqual([[lectureDuty(v).title, 'auto']]);
    expect(r.members).toEqual([{ memberId: 2, name: '李明' }]);

    const del = await call<{ wasEvidence: boolean }>(core, 'records.delete', { id: r.id });
    expect(del.wasEvidence).toBe(true);
    expect(memberRow(await get(), '李明').done).toBe(0);
    await call(core, 'records.restore', { id: r.id });
    expect(memberRow(await get(), '李明').done).toBe(1);
  });

  it('one record proves several duties when linked by hand, and shows each link', async () => {
    const core = tmpCore();
    const plan = await withPlan(core);
    const r = await lecture(core, [1]);
    const other = plan.duties.find((d) => d.kind === 'hear-report')!;
    await call(core, 'compliance.link', { dutyId: other.id, ref: `record:${r.id}`, mode: 'link' });
    const again = await call<RecordDetail>(core, 'records.get', { id: r.id });
    expect(again.duties.map((d) => d.mode).sort()).toEqual(['auto', 'link']);
    const byDuty = await call<{ rows: LedgerRecord[]; total: number }>(core, 'records.list', { dutyId: other.id });
    expect(byDuty.rows.map((x) => x.id)).toEqual([r.id]);
  });

  it('lists by year, kind, member and plan item, newest first, one page at a time', async () => {
    const core = tmpCore();
    const plan = await withPlan(core);
    await lecture(core, [1], { date: '2022-02-01', title: '一' });
    await lecture(core, [2], { date: '2022-05-01', title: '二' });
    await lecture(core, [2], { date: '2021-05-01', title: '去年' });
    await call(core, 'records.create', { kind: 'other', title: '其他材料', date: '2022-07-01', data: {} });
    const list = (f: object) => call<{ rows: LedgerRecord[]; total: number }>(core, 'records.list', f);
    expect((await list({ year: 2022 })).rows.map((r) => r.title)).toEqual(['其他材料', '二', '一']);
    expect((await list({ year: 2022, kind: 'party-lecture' })).total).toBe(2);
    expect((await list({ memberId: 2 })).rows.map((r) => r.title)).toEqual(['二', '去年']);
    const page2 = await list({ year: 2022, page: 2, pageSize: 2 });
    expect([page2.total, page2.rows.map((r) => r.title)]).toEqual([3, ['一']]);
    const itemId = plan.duties.find((d) => d.kind === 'party-lecture')!.itemId!;
    expect((await list({ itemId })).rows.map((r) => r.title)).toEqual(['二', '一']);
  });

  it('validates each kind from its field spec, with messages on the field', async () => {
    const core = tmpCore();
    await withPlan(core);
    const bad = async (input: object) => {
      const r = await core.dispatch('records.create', input);
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    let e = await bad({ kind: 'party-lecture', title: '党课', date: '2022-03-05', memberIds: [], data: {} });
    expect(e.fields).toMatchObject({ memberIds: '请选择授课人', 'data.audience': '请填写听课对象（支部）' });
    e = await bad({ kind: 'inspection', title: '检查', date: '2022-03-05', memberIds: [1], data: { unit: '县教育局', rectificationDeadline: '2022-02-30' } });
    expect(e.fields!['data.rectificationDeadline']).toBe('整改期限不是有效的日期');
    e = await bad({ kind: 'talk', title: '谈话', date: '2022-03-05', memberIds: [1], data: { talkee: '王五', subtype: 'scold' } });
    expect(e.fields!['data.subtype']).toMatch(/谈心谈话、提醒谈话/);
    e = await bad({ kind: 'research-report', title: '报告', date: '2022-03-05', memberIds: [1], data: { evil: 1 } });
    expect(e.message).toMatch(/没有这些字段：evil/);
    e = await bad({ kind: 'meeting-minutes', title: 'x', date: '2022-03-05', data: {} });
    expect(e.fields!.kind).toMatch(/台账类型无效/);
    e = await bad({ kind: 'party-lecture', title: 'x', date: '2022-03-05', memberIds: [99], data: { audience: '支部' } });
    expect(e.code).toBe('NOT_FOUND');

    // A minimal valid record of every kind saves, defaults filled, and the kind is stored as the DutyKind code.
    for (const spec of KIND_SPECS) {
      const data = Object.fromEntries(spec.fields.filter((f) => f.required).map((f) => [f.key, f.type === 'date' ? '2022-03-01' : '内容']));
      const r = await call<RecordDetail>(core, 'records.create', { kind: spec.kind, title: `${spec.label}记录`, date: '2022-03-05', memberIds: [1], data });
      expect(r.kind).toBe(spec.kind);
      for (const f of spec.fields) expect(r.data).toHaveProperty(f.key);
    }
    const talk = await call<RecordDetail>(core, 'records.create', {
      kind: 'talk', title: '提醒谈话', date: '2022-04-01', memberIds: [1], data: { subtype: 'reminder', talkee: '王五（县教育局局长）', reason: '工作作风问题苗头', followUp: '一个月后回访' },
    });
    expect(talk.data).toMatchObject({ subtype: 'reminder', talkee: '王五（县教育局局长）', followUp: '一个月后回访' });
  });

  it('edits a record (members and fields); a deleted record is read-only until restored', async () => {
    const core = tmpCore();
    await withPlan(core);
    const r = await lecture(core, [1]);
    const upd = await call<RecordDetail>(core, 'records.update', { id: r.id, kind: 'party-lecture', title: '改过的题目', date: '2022-04-05', memberIds: [1, 2], data: { audience: '机关党支部' } });
    expect([upd.title, upd.members.length, upd.data.audience, upd.data.place]).toEqual(['改过的题目', 2, '机关党支部', '']);
    await call(core, 'records.delete', { id: r.id });
    const refused = await core.dispatch('records.update', { id: r.id, kind: 'other', title: 'x', date: '2022-04-05', data: {} });
    expect(refused.ok ? '' : refused.error.message).toMatch(/回收站/);
    const audit = core.ctx.db.prepare("SELECT action FROM audit_log WHERE object_type = 'record' ORDER BY id").pluck().all();
    expect(audit).toEqual(['record.create', 'record.update', 'record.delete']);
  });
});
