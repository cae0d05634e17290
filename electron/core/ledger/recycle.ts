import fs from 'node:fs';
import path from 'node:path';
import type { RecycleBin } from '../../../shared/ledger/types';
import { audit } from '../audit/log';
import { listAttachmentFiles } from '../backup/source';
import type { CoreContext } from '../context';
import { inTransaction } from '../tx';
import { toAttachment } from './attachments';
import { recordRepo } from './repository';

// The recycle bin of the 台账: deleted records and removed attachments stay restorable until it
// is emptied; emptying removes their rows and every attachment file nothing refers to any more.

export function recycleBin(ctx: CoreContext): RecycleBin {
  const rows = ctx.db
    .prepare(
      `SELECT a.*, CASE a.owner_type WHEN 'record' THEN (SELECT title FROM records WHERE id = a.owner_id)
                                     ELSE (SELECT coalesce(nullif(title, ''), date) FROM meetings WHERE id = a.owner_id) END AS owner_title
       FROM attachments a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id DESC`,
    )
    .all() as (Parameters<typeof toAttachment>[1] & { owner_title: string | null })[];
  return {
    records: recordRepo.all(ctx.db, { deleted: true }).reverse(),
    attachments: rows.map((r) => ({ ...toAttachment(ctx, r), ownerTitle: r.owner_title ?? '' })),
  };
}

export function emptyRecycleBin(ctx: CoreContext): { records: number; attachments: number; files: number } {
  const counts = inTransaction(ctx, () => {
    const ids = ctx.db.prepare('SELECT id FROM records WHERE deleted_at IS NOT NULL').pluck().all() as number[];
    const idList = JSON.stringify(ids);
    const inDeleted = 'IN (SELECT value FROM json_each(?))';
    const attachments =
      ctx.db.prepare(`DELETE FROM attachments WHERE owner_type = 'record' AND owner_id ${inDeleted} AND deleted_at IS NULL`).run(idList).changes +
      ctx.db.prepare('DELETE FROM attachments WHERE deleted_at IS NOT NULL').run().changes;
    ctx.db.prepare(`DELETE FROM record_members WHERE record_id ${inDeleted}`).run(idList);
    ctx.db.prepare(`DELETE FROM evidence_links WHERE ref IN (SELECT 'record:' || value FROM json_each(?))`).run(idList);
    ctx.db.prepare(`DELETE FROM records WHERE id ${inDeleted}`).run(idList);
    audit(ctx, { action: 'recycle.empty', objectType: 'recycle', summary: `清空回收站：彻底删除台账 ${ids.length} 条、附件 ${attachments} 个` });
    return { records: ids.length, attachments };
  });
  return { ...counts, files: removeUnreferencedFiles(ctx) };
}

/** After the rows are gone: files under attachments/ that no row names (live or deleted) are removed. */
export function removeUnreferencedFiles(ctx: CoreContext): number {
  const referenced = new Set(ctx.db.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[]);
  let removed = 0;
  for (const rel of listAttachmentFiles(ctx.dataDir)) {
    if (referenced.has(path.posix.basename(rel))) continue;
    try {
      fs.unlinkSync(path.join(ctx.dataDir, ...rel.split('/')));
      removed++;
    } catch {
      /* in use or already gone: the next emptying tries again */
    }
  }
  return removed;
}
