import type { ParsedInputOf } from '../../../shared/contract';
import { assertYearOpen } from '../years/service';
import { DUTY_KIND_LABELS, type DutyDraft } from '../../../shared/domain/duties';
import { keepCorrections } from '../../../shared/plan/corrections';
import type { Duty, PlanItemView, PlanView } from '../../../shared/domain/plan';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { mergePatch } from '../patch';
import { inTransaction } from '../tx';
import { planRepo } from './repository';

type SaveInput = Omit<ParsedInputOf<'plan.save'>, 'duties'> & { duties: DutyDraft[] };
type DutyInput = ParsedInputOf<'duties.create'>['duty'];

export const listPlanYears = (ctx: CoreContext) => planRepo.years(ctx.db);
export const getPlan = (ctx: CoreContext, year: number) => planRepo.view(ctx.db, year);
export const existingPlan = (ctx: CoreContext, year: number) => planRepo.existing(ctx.db, year);

function mustView(ctx: CoreContext, year: number): PlanView {
  const v = planRepo.view(ctx.db, year);
  if (!v) throw new AppError('NOT_FOUND', `${year}年还没有工作要点，请先导入。`);
  return v;
}

/** Re-importing a year must be a decision, never a silent duplicate (the unique index backs this up). */
function assertReplaceable(ctx: CoreContext, year: number, replace: boolean): void {
  const old = planRepo.existing(ctx.db, year);
  if (old && !replace) {
    throw new AppError(
      'CONFLICT',
      `${year}年已有工作要点“${old.title || '（无标题）'}”（${old.itemCount} 条，${old.dutyCount} 项职责）。请选择“替换”用新的代替，或“保留”不做任何改动。`,
    );
  }
}

interface NewItem {
  no: string;
  title: string;
  text: string;
  leadMemberId?: number | null;
  responsibleUnits?: string;
}

/** Writes a whole plan; the year's previous plan (if any) is soft-deleted in the same transaction. */
function writePlan(
  ctx: CoreContext,
  year: number,
  head: { title: string; preamble: string; sourceName: string },
  sections: { no: string; title: string; items: NewItem[] }[],
  proposed: DutyDraft[],
): PlanView {
  const old = planRepo.view(ctx.db, year);
  const oldDuties = old ? planRepo.duties(ctx.db, old.id) : [];
  // The clerk's corrections of the year's previous plan survive a re-import of it.
  const { duties } = keepCorrections({ title: head.title, preamble: head.preamble, sections }, proposed, oldDuties);
  const itemNos = new Set(sections.flatMap((s) => s.items.map((i) => i.no)));
  const stray = duties.find((d) => d.item !== '' && !itemNos.has(d.item));
  if (stray) throw new AppError('VALIDATION', `职责“${stray.title}”对应的第 ${stray.item} 条在工作要点中不存在，请改正条目编号。`);

  const at = isoNow(ctx);
  // Leads and units typed in by hand survive a re-import of the same item.
  const kept = new Map((old?.sections ?? []).flatMap((s) => s.items.map((i) => [`${i.no}\u0000${i.title}`, i] as const)));
  if (old) planRepo.softDelete(ctx.db, old.id, at);
  const planId = planRepo.insertPlan(ctx.db, { year, ...head, at });
  const itemIds = new Map<string, number>();
  let sort = 0;
  sections.forEach((s, si) => {
    const sectionId = planRepo.insertSection(ctx.db, planId, s, (si + 1) * 10);
    for (const i of s.items) {
      const prev = kept.get(`${i.no}\u0000${i.title}`);
      const itemId = planRepo.insertItem(
        ctx.db,
        planId,
        sectionId,
        { ...i, leadMemberId: i.leadMemberId ?? prev?.leadMemberId ?? null, responsibleUnits: i.responsibleUnits ?? prev?.responsibleUnits ?? '' },
        (sort += 10),
      );
      if (!itemIds.has(i.no)) itemIds.set(i.no, itemId);
    }
  });
  duties.forEach(({ item, ...d }, i) => planRepo.insertDuty(ctx.db, planId, itemIds.get(item) ?? null, d, (i + 1) * 10, at));
  carryLinks(ctx, oldDuties, planId);
  const itemCount = sections.reduce((n, s) => n + s.items.length, 0);
  audit(ctx, {
    action: old ? 'plan.replace' : 'plan.create',
    objectType: 'plan',
    objectId: planId,
    summary: `${old ? '替换' : '导入'}${year}年工作要点“${head.title}”：${sections.length} 个部分、${itemCount} 条、${duties.length} 项职责${head.sourceName ? `（来自 ${head.sourceName}）` : ''}`,
  });
  return mustView(ctx, year);
}

/**
 * Evidence linked or unlinked by hand survives a re-import: each old duty's links are copied to the
 * new duty of the same item, kind, frequency and scope, when exactly one matches (the old plan is
 * only soft-deleted, so its own links stay too).
 */
function carryLinks(ctx: CoreContext, oldDuties: Duty[], newPlanId: number): void {
  const key = (d: Duty) => [d.item, d.kind, d.frequency, d.scope].join('\u0000');
  const fresh = new Map<string, Duty[]>();
  for (const d of planRepo.duties(ctx.db, newPlanId)) fresh.set(key(d), [...(fresh.get(key(d)) ?? []), d]);
  const copy = ctx.db.prepare(
    'INSERT OR IGNORE INTO evidence_links (duty_id, ref, mode, created_at) SELECT ?, ref, mode, created_at FROM evidence_links WHERE duty_id = ?',
  );
  for (const d of oldDuties) {
    const match = fresh.get(key(d));
    if (match?.length === 1) copy.run(match[0]!.id, d.id);
  }
}

export function savePlan(ctx: CoreContext, input: SaveInput): PlanView {
  return inTransaction(ctx, () => {
    assertReplaceable(ctx, input.year, input.replace);
    if (!input.plan.sections.some((s) => s.items.length > 0)) throw new AppError('VALIDATION', '工作要点中没有任何条目，无法保存。');
    return writePlan(ctx, input.year, { title: input.plan.title || `${input.year}年工作要点`, preamble: input.plan.preamble, sourceName: input.sourceName }, input.plan.sections, input.duties);
  });
}

/** Last year's plan as the start of this year's: same structure, leads, units and duties. */
export function copyPlanFromYear(ctx: CoreContext, input: ParsedInputOf<'plan.copyFromYear'>): PlanView {
  if (input.fromYear === input.toYear) throw new AppError('VALIDATION', '复制的来源年度和目标年度不能相同。');
  return inTransaction(ctx, () => {
    const from = planRepo.view(ctx.db, input.fromYear);
    if (!from) throw new AppError('NOT_FOUND', `${input.fromYear}年没有工作要点，无法复制。`);
    assertReplaceable(ctx, input.toYear, input.replace);
    const title = from.title.replace(String(input.fromYear), String(input.toYear));
    return writePlan(
      ctx,
      input.toYear,
      { title, preamble: from.preamble, sourceName: `复制自${input.fromYear}年工作要点` },
      from.sections,
      from.duties.map(({ id: _id, itemId: _itemId, sort: _sort, ...d }) => d),
    );
  });
}

export function updatePlanItem(ctx: CoreContext, input: ParsedInputOf<'plan.updateItem'>): PlanItemView {
  return inTransaction(ctx, () => {
    const item = planRepo.item(ctx.db, input.itemId);
    if (!item) throw new AppError('NOT_FOUND', '找不到该条目，可能工作要点已被替换，请刷新后重试。');
    const lead = input.leadMemberId === undefined ? item.leadMemberId : input.leadMemberId;
    if (lead !== null && !memberRepo.byId(ctx.db, lead)) throw new AppError('VALIDATION', '所选牵头领导不存在，请刷新后重选。', { leadMemberId: '成员不存在' });
    const units = input.responsibleUnits ?? item.responsibleUnits;
    planRepo.updateItem(ctx.db, item.id, lead, units);
    const leadName = lead === null ? '无' : memberRepo.byId(ctx.db, lead)!.name;
    audit(ctx, { action: 'plan.updateItem', objectType: 'plan_item', objectId: item.id, summary: `第 ${item.no} 条：牵头领导 ${leadName}，责任单位 ${units || '无'}` });
    const { planId: _p, ...after } = planRepo.item(ctx.db, item.id)!;
    return after;
  });
}

const describeDuty = (d: { item: string; kind: Duty['kind']; title: string }) => `${d.item ? `第 ${d.item} 条 ` : ''}${DUTY_KIND_LABELS[d.kind]}“${d.title}”`;

function itemIdFor(ctx: CoreContext, planId: number, itemNo: string): number | null {
  const itemId = planRepo.itemIdByNo(ctx.db, planId, itemNo);
  if (itemNo && itemId === null) throw new AppError('VALIDATION', `工作要点中没有第 ${itemNo} 条，请改正条目编号。`, { item: '条目不存在' });
  return itemId;
}

function mustDuty(ctx: CoreContext, id: number) {
  const d = planRepo.liveDuty(ctx.db, id);
  if (!d) throw new AppError('NOT_FOUND', '找不到该职责，可能已被删除，请刷新后重试。');
  return d;
}

export function createDuty(ctx: CoreContext, input: ParsedInputOf<'duties.create'>): Duty {
  return inTransaction(ctx, () => {
    const plan = planRepo.liveByYear(ctx.db, input.year);
    if (!plan) throw new AppError('NOT_FOUND', `${input.year}年还没有工作要点，请先导入。`);
    // Made by hand: a re-import of the plan keeps it (see keepCorrections).
    const { item, ...d } = { ...input.duty, corrected: true };
    const id = planRepo.insertDuty(ctx.db, plan.id, itemIdFor(ctx, plan.id, item), d, planRepo.nextDutySort(ctx.db, plan.id), isoNow(ctx));
    audit(ctx, { action: 'duty.create', objectType: 'duty', objectId: id, summary: `新增职责 ${describeDuty(input.duty)}` });
    return mustDuty(ctx, id);
  });
}

export function updateDuty(ctx: CoreContext, input: ParsedInputOf<'duties.update'>): Duty {
  return inTransaction(ctx, () => {
    const before = mustDuty(ctx, input.id);
    assertYearOpen(ctx, before.year);
    // A duty the clerk edits is marked corrected, so a re-import of the same plan keeps it.
    const after = { ...mergePatch(before, input.duty), corrected: true };
    const { item, ...d } = after;
    planRepo.updateDuty(ctx.db, before.id, item === before.item ? before.itemId : itemIdFor(ctx, before.planId, item), d);
    audit(ctx, { action: 'duty.update', objectType: 'duty', objectId: before.id, summary: `修改职责 ${describeDuty(before)} → ${describeDuty(after)}，每期至少 ${d.minCount} 次` });
    return mustDuty(ctx, before.id);
  });
}

export function deleteDuty(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, () => {
    const d = mustDuty(ctx, id);
    planRepo.deleteDuty(ctx.db, id, isoNow(ctx));
    audit(ctx, { action: 'duty.delete', objectType: 'duty', objectId: id, summary: `删除职责 ${describeDuty(d)}` });
    return { id };
  });
}
