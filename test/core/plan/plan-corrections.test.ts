import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { DutyDraft } from '../../../shared/domain/duties';
import type { PlanView } from '../../../shared/domain/plan';
import { call, tmpCore } from '../../helpers/tmp';

type Core = ReturnType<typeof tmpCore>;
const sample = fs.readFileSync(fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url)));
const upload = (fileName: string, bytes: Buffer | string) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

async function importPlan(core: Core, bytes: Buffer | string, edit: (d: DutyDraft[]) => DutyDraft[] = (d) => d, replace = false) {
  const p = await call<PlanPreview>(core, 'plan.parse', upload('要点.txt', bytes));
  return call<PlanView>(core, 'plan.save', { year: 2022, sourceName: p.sourceName, plan: p.plan, duties: edit(p.duties), replace });
}

const BRANCH_RULES = `某党支部组织生活制度
发布时间：2023-03-01 来源：机关党委 浏览次数：128
1、支部委员会每月召开1次。2、党小组会每学期不少于2次。3、中心组每年集中学习时间累计不少于12天。4、每月28日前上报党费收缴情况。
第 1 页 共 2 页
`;

describe('corrections and new duty fields through the core and a real database', () => {
  it('saves time amounts, monthly due days and notes, and reads them back', async () => {
    const core = tmpCore();
    const p = await call<PlanPreview>(core, 'plan.parse', upload('制度.txt', BRANCH_RULES));
    expect(p.notices.join()).toContain('网页');
    expect(p.plan.sections.flatMap((s) => s.items).map((i) => i.no)).toEqual(['1', '2', '3', '4']);
    const saved = await call<PlanView>(core, 'plan.save', { year: 2023, plan: p.plan, duties: p.duties });
    const study = saved.duties.find((d) => d.item === '3')!;
    expect(study).toMatchObject({ kind: 'study-group', frequency: 'year', minCount: 1, measure: 'days', amount: 12, corrected: false });
    expect(saved.duties.find((d) => d.item === '4')).toMatchObject({ frequency: 'month', monthDay: 28, measure: 'count' });
    expect(saved.duties.find((d) => d.item === '2')).toMatchObject({ frequency: 'halfyear', minCount: 2 });
  });

  it('a re-import keeps the duties the clerk corrected, and their evidence links', async () => {
    const core = tmpCore();
    // The clerk reads item 1's meetings as twice a month and makes a duty the rules missed.
    const first = await importPlan(core, sample, (ds) => [
      ...ds.map((d) => (d.kind === 'party-group-meeting' ? { ...d, minCount: 2, scope: 'secretary' as const, corrected: true } : d)),
      { item: '3', kind: 'other', title: '加强思想淬炼', frequency: 'halfyear', minCount: 1, scope: 'each-member', deadline: null, source: '主动加强思想淬炼、政治历练、实践锻炼', corrected: true },
    ]);
    const meeting = first.duties.find((d) => d.kind === 'party-group-meeting')!;
    const rid = Number(core.ctx.db.prepare("INSERT INTO records (kind, title, date, created_at, updated_at) VALUES ('other', '补充材料', '2022-02-15', 'x', 'x')").run().lastInsertRowid);
    await call(core, 'compliance.link', { dutyId: meeting.id, ref: `record:${rid}`, mode: 'link' });

    // The same file again, duties as the extractor proposes them (e.g. from the CLI).
    const again = await importPlan(core, sample, (d) => d, true);
    const kept = again.duties.find((d) => d.kind === 'party-group-meeting')!;
    expect(kept).toMatchObject({ item: '1', minCount: 2, scope: 'secretary', corrected: true });
    expect(again.duties.find((d) => d.title === '加强思想淬炼')).toMatchObject({ item: '3', corrected: true });
    expect(again.duties).toHaveLength(first.duties.length);
    const links = core.ctx.db.prepare('SELECT ref FROM evidence_links WHERE duty_id = ?').all(kept.id);
    expect(links).toEqual([{ ref: `record:${rid}` }]);
    // Uncorrected duties are the extractor's, unchanged.
    expect(again.duties.filter((d) => !d.corrected).map((d) => d.title)).toEqual(first.duties.filter((d) => !d.corrected).map((d) => d.title));
  });

  it('a duty edited on the plan page counts as corrected', async () => {
    const core = tmpCore();
    const first = await importPlan(core, sample);
    const d = first.duties.find((x) => x.kind === 'research-report')!;
    const { id: _id, itemId: _i, sort: _s, ...draft } = d;
    await call(core, 'duties.update', { id: d.id, duty: { ...draft, minCount: 2 } });
    const again = await importPlan(core, sample, (x) => x, true);
    expect(again.duties.find((x) => x.kind === 'research-report')).toMatchObject({ minCount: 2, corrected: true });
  });

  it('refuses unnumbered text without one quantified clause, and saves nothing', async () => {
    const core = tmpCore();
    const r = await core.dispatch('plan.parse', upload('随笔.txt', '今年要加强学习。\n要抓好落实。\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain('没有找到任何带频次、次数或期限的要求');
    expect(core.ctx.db.prepare('SELECT count(*) n FROM duties').get()).toEqual({ n: 0 });
  });

  it('rejects a bad measure or month day with a Chinese message', async () => {
    const core = tmpCore();
    await importPlan(core, sample);
    const base = { item: '1', kind: 'other', title: '测试', frequency: 'month', minCount: 1, scope: 'group' };
    const bad = await core.dispatch('duties.create', { year: 2022, duty: { ...base, measure: 'weeks' } });
    expect(!bad.ok && bad.error.message).toContain('计量方式');
    const noAmount = await core.dispatch('duties.create', { year: 2022, duty: { ...base, measure: 'days' } });
    expect(!noAmount.ok && noAmount.error.message).toContain('累计时长');
    const day = await core.dispatch('duties.create', { year: 2022, duty: { ...base, monthDay: 32 } });
    expect(!day.ok && day.error.message).toContain('每月截止日');
  });
});
