import type { ComplianceView } from '../../../shared/contract/compliance';
import type { ParsedInputOf } from '../../../shared/contract';
import { computeCompliance } from '../../../shared/compliance/engine';
import type { ManualLink } from '../../../shared/compliance/types';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { planRepo } from '../plan/repository';
import { inTransaction } from '../tx';
import { evidenceExists, loadEvidence } from './evidence';

function linksOf(ctx: CoreContext, planId: number): ManualLink[] {
  return ctx.db
    .prepare(
      `SELECT l.duty_id AS dutyId, l.ref, l.mode FROM evidence_links l JOIN duties d ON d.id = l.duty_id
       WHERE d.plan_id = ? AND d.deleted_at IS NULL ORDER BY l.id`,
    )
    .all(planId) as ManualLink[];
}

/** Loads the year's duties, members, evidence and links, and runs the pure engine on them. */
export function getCompliance(ctx: CoreContext, input: ParsedInputOf<'compliance.get'>): ComplianceView {
  const plan = planRepo.liveByYear(ctx.db, input.year);
  const duties = plan ? planRepo.duties(ctx.db, plan.id) : [];
  const evidence = loadEvidence(ctx.db, input.year);
  const links = plan ? linksOf(ctx, plan.id) : [];
  const result = computeCompliance({
    year: input.year,
    today: input.date,
    dueSoonDays: input.dueSoonDays,
    duties: duties.map((d) => ({ id: d.id, itemNo: d.item, kind: d.kind, title: d.title, frequency: d.frequency, minCount: d.minCount, scope: d.scope, deadline: d.deadline })),
    members: memberRepo.all(ctx.db),
    evidence,
    links,
  });
  return { result, evidence, links, hasPlan: plan !== undefined };
}

export function linkEvidence(ctx: CoreContext, input: ParsedInputOf<'compliance.link'>): ParsedInputOf<'compliance.link'> {
  return inTransaction(ctx, () => {
    const duty = planRepo.liveDuty(ctx.db, input.dutyId);
    if (!duty) throw new AppError('NOT_FOUND', '找不到该职责，可能已被删除，请刷新后重试。');
    if (!evidenceExists(ctx.db, input.ref)) throw new AppError('NOT_FOUND', '找不到该会议或台账，可能已被删除，请刷新后重试。');
    ctx.db.prepare('DELETE FROM evidence_links WHERE duty_id = ? AND ref = ?').run(duty.id, input.ref);
    if (input.mode !== 'clear') {
      ctx.db.prepare('INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, ?, ?)').run(duty.id, input.ref, input.mode, isoNow(ctx));
    }
    const verb = { link: '关联', unlink: '取消关联', clear: '恢复自动匹配' }[input.mode];
    audit(ctx, { action: `evidence.${input.mode}`, objectType: 'duty', objectId: duty.id, summary: `职责“${duty.title}”${verb} ${input.ref}` });
    return input;
  });
}
