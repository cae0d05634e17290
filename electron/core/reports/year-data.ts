import type { EvidenceItem } from '../../../shared/contract/compliance';
import type { DutyResult } from '../../../shared/compliance/types';
import type { PlanView } from '../../../shared/domain/plan';
import { AppError } from '../../../shared/result';
import { runCompliance, type ComplianceRun } from '../compliance/service';
import { meetingDisplayName, type MeetingStatus } from '../../../shared/domain/meetings';
import type { CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { planRepo } from '../plan/repository';
import { unitFullName } from '../unit/service';
import { asOfDate, engineDay } from './as-of';
import { itemLabel } from '../../../shared/plan/item-label';

/** What most reports start from: the plan, the compliance run as of the report day, names. */
export interface YearData {
  year: number;
  asOf: string;
  unitName: string;
  plan: PlanView | null;
  view: ComplianceRun;
  evidence: Map<string, EvidenceItem>;
  memberNames: Map<number, string>;
  /** 'meeting:12' → 2022年第3次党组会议（subject）: the evidence list only knows the type name. */
  meetingNames: Map<string, string>;
}

export function loadYear(ctx: CoreContext, year: number, opts: { requirePlan?: boolean; asOf?: string } = {}): YearData {
  const plan = planRepo.view(ctx.db, year);
  if (opts.requirePlan && !plan) throw new AppError('NOT_FOUND', `${year}年还没有工作要点，无法生成该报表。请先在“工作要点”中导入${year}年的工作要点。`);
  const asOf = opts.asOf ?? asOfDate(ctx, year);
  const view = runCompliance(ctx, { year, date: engineDay(ctx, asOf) });
  return {
    year,
    asOf,
    unitName: unitFullName(ctx),
    plan,
    view,
    evidence: new Map(view.evidence.map((e) => [e.ref, e])),
    memberNames: new Map(memberRepo.all(ctx.db).map((m) => [m.id, m.name])),
    meetingNames: meetingNames(ctx, year),
  };
}

/** Evidence counted for a duty, its own periods and each member's, in date order. */
export function dutyEvidence(d: DutyResult, y: YearData): EvidenceItem[] {
  const refs = new Set([...d.periods.flatMap((p) => p.evidence), ...(d.members ?? []).flatMap((m) => m.periods.flatMap((p) => p.evidence))]);
  return [...refs]
    .flatMap((r) => (y.evidence.has(r) ? [y.evidence.get(r)!] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ref < b.ref ? -1 : 1));
}

/** Names only: one small query, not the meetings list with its per-meeting counts. */
export const meetingNames = (ctx: CoreContext, year: number): Map<string, string> =>
  new Map(
    (
      ctx.db
        .prepare(
          `SELECT m.id, m.year, m.seq, m.title, m.status, t.name AS typeName FROM meetings m JOIN meeting_types t ON t.id = m.type_id
           WHERE m.year = ? AND m.deleted_at IS NULL`,
        )
        .all(year) as { id: number; year: number; seq: number; title: string; status: MeetingStatus; typeName: string }[]
    ).map((m) => {
      const name = meetingDisplayName(m);
      return [`meeting:${m.id}`, m.title ? `${name}（${m.title}）` : name];
    }),
  );

export const evidenceTitle = (e: EvidenceItem, y: YearData): string => {
  const names = e.memberIds.map((id) => y.memberNames.get(id)).filter(Boolean);
  return `${e.source === 'meeting' ? '【会议】' : '【台账】'}${y.meetingNames.get(e.ref) ?? e.title}${e.source === 'record' && names.length ? `（${names.join('、')}）` : ''}`;
};

export const sectionTitle = (s: { no: string; title: string }) => (s.no ? `${s.no.replace(/[、.．]$/, '')}、${s.title}` : s.title || '其他');

export const itemHeading = (i: { no: string; title: string }) => (i.no ? `${itemLabel(i.no)} ${i.title}` : i.title);

/** Duties grouped by the plan item they belong to; those under no item of the plan go to ''. */
export function dutiesByItem(y: YearData): Map<string, DutyResult[]> {
  const known = new Set((y.plan?.sections ?? []).flatMap((s) => s.items.map((i) => i.no)));
  const map = new Map<string, DutyResult[]>();
  for (const d of y.view.result.duties) {
    const key = known.has(d.itemNo) ? d.itemNo : '';
    map.set(key, [...(map.get(key) ?? []), d]);
  }
  return map;
}
