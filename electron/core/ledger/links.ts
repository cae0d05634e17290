import type { RecordDutyLink } from '../../../shared/ledger/types';
import { AppError } from '../../../shared/result';
import { localToday, type CoreContext } from '../context';
import { runCompliance } from '../compliance/service';
import { planRepo } from '../plan/repository';

// Which duties a record counts for. The compliance engine decides (kind, date, person, and the
// links made by hand), so the 台账 asks it instead of re-implementing the matching.

const today = localToday;

/** Record ids credited to a duty, or to any duty of a plan item; null when neither is given. */
export function recordIdsFor(ctx: CoreContext, f: { dutyId?: number; itemId?: number }): { year: number; ids: number[] } | null {
  if (f.dutyId === undefined && f.itemId === undefined) return null;
  let year: number;
  let dutyIds: Set<number>;
  if (f.dutyId !== undefined) {
    const duty = planRepo.liveDuty(ctx.db, f.dutyId);
    if (!duty) throw new AppError('NOT_FOUND', '找不到该职责，可能已被删除，请刷新后重新选择。', { dutyId: '职责不存在' });
    year = duty.year;
    dutyIds = new Set([duty.id]);
  } else {
    const item = planRepo.item(ctx.db, f.itemId!);
    if (!item) throw new AppError('NOT_FOUND', '找不到该要点条目，请刷新后重新选择。', { itemId: '条目不存在' });
    year = (ctx.db.prepare('SELECT year FROM plans WHERE id = ?').get(item.planId) as { year: number }).year;
    dutyIds = new Set(planRepo.duties(ctx.db, item.planId).filter((d) => d.itemId === item.id).map((d) => d.id));
  }
  const view = runCompliance(ctx, { year, date: today(ctx) });
  const ids = new Set<number>();
  for (const d of view.result.duties) {
    if (!dutyIds.has(d.dutyId)) continue;
    for (const ref of refsOf(d)) if (ref.startsWith('record:')) ids.add(Number(ref.slice(7)));
  }
  return { year, ids: [...ids] };
}

type DutyLike = { periods: { evidence: string[] }[]; members: { periods: { evidence: string[] }[] }[] | null };
function refsOf(d: DutyLike): Set<string> {
  const out = new Set<string>();
  for (const p of d.periods) p.evidence.forEach((r) => out.add(r));
  for (const m of d.members ?? []) for (const p of m.periods) p.evidence.forEach((r) => out.add(r));
  return out;
}

/** The duties of the record's year that count it, those it is suggested to, and those the clerk said it is not for ('unlink'). */
export function dutiesOfRecord(ctx: CoreContext, recordId: number, date: string): RecordDutyLink[] {
  const ref = `record:${recordId}`;
  const view = runCompliance(ctx, { year: Number(date.slice(0, 4)), date: today(ctx) });
  const manual = new Map(view.links.filter((l) => l.ref === ref).map((l) => [l.dutyId, l.mode]));
  const out: RecordDutyLink[] = [];
  for (const d of view.result.duties) {
    const mode = manual.get(d.dutyId);
    if (mode === 'unlink') out.push({ dutyId: d.dutyId, itemNo: d.itemNo, title: d.title, mode });
    else if (refsOf(d).has(ref)) out.push({ dutyId: d.dutyId, itemNo: d.itemNo, title: d.title, mode: mode ?? 'auto' });
    else if (d.suggested.includes(ref)) out.push({ dutyId: d.dutyId, itemNo: d.itemNo, title: d.title, mode: 'suggested' });
  }
  return out;
}
