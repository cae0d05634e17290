import type { ComplianceView, EvidenceItem, EvidencePage } from '../../../shared/contract/compliance';
import { assertYearOpen } from '../years/service';
import type { Duty } from '../../../shared/domain/plan';
import type { ParsedInputOf } from '../../../shared/contract';
import { computeCompliance } from '../../../shared/compliance/engine';
import type { ComplianceResult, EngineDuty, ManualLink } from '../../../shared/compliance/types';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { planRepo } from '../plan/repository';
import { inTransaction } from '../tx';
import { cached } from './cache';
import { evidenceBetween, evidenceExists, loadEvidence, recordSubtypes } from './evidence';

function linksOf(ctx: CoreContext, planId: number): ManualLink[] {
  return ctx.db
    .prepare(
      `SELECT l.duty_id AS dutyId, l.ref, l.mode FROM evidence_links l JOIN duties d ON d.id = l.duty_id
       WHERE d.plan_id = ? AND d.deleted_at IS NULL ORDER BY l.id`,
    )
    .all(planId) as ManualLink[];
}

type ComplianceInput = ParsedInputOf<'compliance.get'>;

/** What the core's own readers (reports, 台账) get: the result with every piece of the year's evidence. */
export interface ComplianceRun {
  result: ComplianceResult;
  /** Every piece of evidence of the year, matched or not. */
  evidence: EvidenceItem[];
  links: ManualLink[];
  hasPlan: boolean;
}

const engineDuty = (d: Duty): EngineDuty => ({ id: d.id, itemNo: d.item, kind: d.kind, title: d.title, frequency: d.frequency, minCount: d.minCount, scope: d.scope, deadline: d.deadline,
  ...(d.measure && d.measure !== 'count' ? { measure: d.measure, amount: d.amount ?? null } : {}),
});

const keyOf = (input: ComplianceInput) => `${input.year}:${input.date}:${input.dueSoonDays ?? ''}`;

const linkedRecords = (links: readonly ManualLink[]): number[] => links.flatMap((l) => (l.ref.startsWith('record:') ? [Number(l.ref.slice(7))] : []));

/** Which evidence the engine gets (given the year's duties and links), and for which member alone, if any. */
interface RunScope {
  evidence(duties: readonly EngineDuty[], links: readonly ManualLink[]): EvidenceItem[];
  memberId?: number;
}

/**
 * Records of a kind several duties ask for, with their subtype / document type for the engine's
 * suggestions. Read apart (a few documents or reports a year), so the year's read stays on its
 * covering index; the (cached, shared) items are copied, not changed.
 */
function withSubtypes(ctx: CoreContext, duties: readonly EngineDuty[], evidence: EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  const shared = new Set(duties.filter((d) => seen.has(d.kind) || !seen.add(d.kind)).map((d) => d.kind));
  if (shared.size === 0) return evidence;
  const subtypes = recordSubtypes(ctx.db, evidence.filter((e) => e.source === 'record' && shared.has(e.kind)).map((e) => e.ref));
  if (subtypes.size === 0) return evidence;
  return evidence.map((e) => (subtypes.has(e.ref) ? { ...e, subtype: subtypes.get(e.ref)! } : e));
}

/** Loads the year's duties, members and links and the scope's evidence, and runs the pure engine on them. */
function run(ctx: CoreContext, input: ComplianceInput, scope: RunScope): ComplianceRun {
  const plan = planRepo.liveByYear(ctx.db, input.year);
  const links = plan ? linksOf(ctx, plan.id) : [];
  const duties = (plan ? planRepo.duties(ctx.db, plan.id) : []).map(engineDuty);
  const members = memberRepo.all(ctx.db);
  const evidence = withSubtypes(ctx, duties, scope.evidence(duties, links));
  const result = computeCompliance({
    year: input.year,
    today: input.date,
    dueSoonDays: input.dueSoonDays,
    duties,
    members: scope.memberId === undefined ? members : members.filter((m) => m.id === scope.memberId),
    evidence,
    links,
  });
  return { result, evidence, links, hasPlan: plan !== undefined };
}

/** The engine on every piece of the year's evidence; once per data version. */
export function runCompliance(ctx: CoreContext, input: ComplianceInput): ComplianceRun {
  return cached(ctx.db, `run:${keyOf(input)}`, () =>
    run(ctx, input, { evidence: () => cached(ctx.db, `evidence:${input.year}`, () => loadEvidence(ctx.db, input.year), 3) }),
  );
}

/**
 * compliance.get: the result plus only the evidence it counts or the links name (what the
 * dashboard shows), not the whole year's: about 3 MB less over IPC at 20 000 a year.
 */
export function getCompliance(ctx: CoreContext, input: ComplianceInput): ComplianceView {
  return cached(ctx.db, `view:${keyOf(input)}`, () => {
    // Records of a kind no duty asks for and no link names can be neither counted nor shown, so
    // they are not read (half the year's records in the bench data: talks, theme days, …).
    const r = run(ctx, input, {
      evidence: (duties, links) => loadEvidence(ctx.db, input.year, { kinds: [...new Set(duties.map((d) => d.kind))], alsoRecords: linkedRecords(links) }),
    });
    // A member duty's periods already hold every member's evidence (the engine sums its members
    // into them), so the per-member rows add nothing here.
    const shown = new Set(r.links.map((l) => l.ref));
    for (const d of r.result.duties) {
      for (const p of d.periods) for (const ref of p.evidence) shown.add(ref);
      for (const ref of [...d.suggested, ...d.rejected]) shown.add(ref);
    }
    return { result: r.result, evidence: r.evidence.filter((e) => shown.has(e.ref)), links: r.links, hasPlan: r.hasPlan };
  });
}

/**
 * One member's side of the year (一人一档): the engine on that member alone, with only the
 * records crediting them (plus those linked by hand), instead of the whole year's evidence.
 */
export function runMemberCompliance(ctx: CoreContext, input: ComplianceInput, memberId: number): ComplianceRun {
  return run(ctx, input, {
    memberId,
    evidence: (_, links) => loadEvidence(ctx.db, input.year, { memberId, alsoRecords: linkedRecords(links) }),
  });
}

/** compliance.evidence: meetings and records of a date range, for the calendar and linking by hand. */
export function evidenceOf(ctx: CoreContext, input: ParsedInputOf<'compliance.evidence'>): EvidencePage {
  return evidenceBetween(ctx.db, input.from, input.to, { kind: input.kind, q: input.q || undefined, limit: input.limit ?? 200 });
}

export function linkEvidence(ctx: CoreContext, input: ParsedInputOf<'compliance.link'>): ParsedInputOf<'compliance.link'> {
  return inTransaction(ctx, () => {
    const duty = planRepo.liveDuty(ctx.db, input.dutyId);
    if (!duty) throw new AppError('NOT_FOUND', '找不到该职责，可能已被删除，请刷新后重试。');
    assertYearOpen(ctx, duty.year);
    if (!evidenceExists(ctx.db, input.ref)) throw new AppError('NOT_FOUND', '找不到该会议或台账，可能已被删除，请刷新后重试。');
    ctx.db.prepare('DELETE FROM evidence_links WHERE duty_id = ? AND ref = ?').run(duty.id, input.ref);
    if (input.mode !== 'clear') {
      ctx.db.prepare('INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, ?, ?)').run(duty.id, input.ref, input.mode, isoNow(ctx));
    }
    const verb = { link: '关联（计入）', unlink: '标为不是其佐证', clear: '撤销手工关联或排除' }[input.mode];
    audit(ctx, { action: `evidence.${input.mode}`, objectType: 'duty', objectId: duty.id, summary: `职责“${duty.title}”${verb} ${input.ref}` });
    return input;
  });
}
