import type { AuditRow } from '../../../shared/contract/security';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CoreContext } from '../context';

/** Newest first, filtered by date range (local dates compared on the ISO prefix), action and text. */
export function listAudit(ctx: CoreContext, q: ParsedInputOf<'audit.list'>): { rows: AuditRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.from) {
    where.push('at >= @from');
    params.from = q.from;
  }
  if (q.to) {
    where.push('at < @toNext');
    params.toNext = `${q.to}T99`;
  }
  if (q.action) {
    where.push('action LIKE @action');
    params.action = `${q.action}%`;
  }
  if (q.text) {
    where.push("(summary LIKE @text ESCAPE '\\' OR operator LIKE @text ESCAPE '\\')");
    params.text = `%${q.text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(
      `SELECT id, at, operator, action, object_type AS objectType, object_id AS objectId, summary, result
       FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as AuditRow[];
  return { rows, total };
}
