import { createHash } from 'node:crypto';
import type { CoreContext } from '../context';
import { isoNow } from '../context';
import type { AuditRow } from '../../../shared/contract/security';

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string | number;
  summary?: string;
  result?: 'ok' | 'failed' | 'refused';
}

const GENESIS = '0'.repeat(64);

/** The hash covers every field and the previous hash, so editing or removing a row breaks the chain. */
export function auditHash(prevHash: string, row: AuditFields): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, row.at, row.operator, row.action, row.objectType, row.objectId, row.summary, row.result]))
    .digest('hex');
}

/** A row of the audit log as written (the id comes from the table). */
export type AuditFields = Omit<AuditRow, 'id'>;

/** Appends to the audit log. Call inside the same transaction as the change it records. */
export function audit(ctx: CoreContext, entry: AuditEntry): void {
  appendAudit(ctx.db, {
    at: isoNow(ctx),
    operator: ctx.operator,
    action: entry.action,
    objectType: entry.objectType ?? '',
    objectId: entry.objectId === undefined ? '' : String(entry.objectId),
    summary: entry.summary ?? '',
    result: entry.result ?? 'ok',
  });
}

/** Chains a complete row onto the log as it is (restore carries old rows over with their own time and operator). */
export function appendAudit(db: CoreContext['db'], row: AuditFields): void {
  const prev = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const prevHash = prev?.hash ?? GENESIS;
  db.prepare(
    `INSERT INTO audit_log (at, operator, action, object_type, object_id, summary, result, prev_hash, hash)
     VALUES (@at, @operator, @action, @objectType, @objectId, @summary, @result, @prevHash, @hash)`,
  ).run({ ...row, prevHash, hash: auditHash(prevHash, row) });
}

/** Walks the chain; returns the id of the first row that does not match, or null if intact. */
export function verifyAuditChain(ctx: Pick<CoreContext, 'db'>): { rows: number; brokenAt: number | null } {
  let prevHash = GENESIS;
  let rows = 0;
  const stmt = ctx.db.prepare(
    'SELECT id, at, operator, action, object_type AS objectType, object_id AS objectId, summary, result, prev_hash AS prevHash, hash FROM audit_log ORDER BY id',
  );
  for (const r of stmt.iterate() as Iterable<{ id: number; prevHash: string; hash: string; at: string; operator: string; action: string; objectType: string; objectId: string; summary: string; result: string }>) {
    rows++;
    if (r.prevHash !== prevHash || auditHash(prevHash, r) !== r.hash) return { rows, brokenAt: r.id };
    prevHash = r.hash;
  }
  return { rows, brokenAt: null };
}
