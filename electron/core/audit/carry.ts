import type { DB } from '../db/open';
import { appendAudit, type AuditFields } from './log';

// The audit trail across a restore. The restored database holds the backup's log; the entries
// written after the backup exist only in the database being replaced. They are carried over:
// appended after the backup's entries, each with its original time, operator, action and text,
// re-chained onto the restored chain (their old hashes chained onto rows that are no longer
// there), and preceded by one 'audit.carry' marker that says how many follow, from which
// file, and the first and last original hash (to compare with the pre-restore copy). Then the
// restore itself. `audit verify` checks the whole chain as one; nothing is lost or rewritten.

export const CARRY_ACTION = 'audit.carry';

export type LoggedRow = AuditFields & { hash: string };

/** Every entry of a log, oldest first. */
export function readLog(db: DB): LoggedRow[] {
  return db
    .prepare('SELECT at, operator, action, object_type AS objectType, object_id AS objectId, summary, result, hash FROM audit_log ORDER BY id')
    .all() as LoggedRow[];
}

/**
 * Appends to `restored` (call inside one transaction) every entry of the replaced database's
 * log that the restored log does not hold — by hash, so entries the two share (everything up to
 * the backup) are not doubled, and a backup of another data file loses none of this file's
 * entries — after the marker. Returns how many were carried.
 */
export function carryAuditOver(restored: DB, oldLog: readonly LoggedRow[], marker: Pick<AuditFields, 'at' | 'operator'>): number {
  const have = new Set(restored.prepare('SELECT hash FROM audit_log').pluck().all() as string[]);
  const carried = oldLog.filter((r) => !have.has(r.hash));
  if (carried.length === 0) return 0;
  appendAudit(restored, {
    ...marker,
    action: CARRY_ACTION,
    objectType: 'audit',
    objectId: '',
    summary: `以下 ${carried.length} 条操作日志记于所恢复的备份之后，恢复时从被替换的数据转入（保留原时间、操作人和内容，重新接入哈希链；原哈希 ${carried[0]!.hash.slice(0, 12)}… 至 ${carried.at(-1)!.hash.slice(0, 12)}…）`,
    result: 'ok',
  });
  for (const { hash: _hash, ...r } of carried) appendAudit(restored, r);
  return carried.length;
}
