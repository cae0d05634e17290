import type { SetupStatus } from '../../../shared/contract/setup';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { CoreContext } from '../context';
import { generateDemo } from '../demo/generate';
import { settings } from '../settings';
import { getUnit } from '../unit/service';
import { takeSnapshot } from '../backup';
import { removeUnreferencedFiles } from '../ledger/recycle';

const count = (ctx: CoreContext, sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n;

export function setupStatus(ctx: CoreContext): SetupStatus {
  const unit = getUnit(ctx);
  const steps = {
    unit: unit.name !== '',
    members: count(ctx, 'SELECT count(*) AS n FROM members') > 0,
    plan: count(ctx, 'SELECT count(*) AS n FROM plans WHERE deleted_at IS NULL') > 0,
    lock: settings.get(ctx.db, 'lock.verifier') !== null,
    backup: settings.get(ctx.db, 'backup.lastAt') !== null,
  };
  const dismissed = settings.get(ctx.db, 'setup.dismissed') === '1';
  return { show: !dismissed && !unit.demo && !(steps.unit && steps.members && steps.plan), dismissed, steps, demo: unit.demo };
}

export function dismissSetup(ctx: CoreContext, dismissed: boolean): SetupStatus {
  ctx.db.transaction(() => {
    settings.set(ctx.db, 'setup.dismissed', dismissed ? '1' : null);
    audit(ctx, { action: 'settings.update', summary: dismissed ? '关闭首次设置向导' : '重新打开首次设置向导' });
  })();
  return setupStatus(ctx);
}

/** The demo unit goes into an empty database only, so it can never mix with real records. */
export function loadDemo(ctx: CoreContext) {
  const year = ctx.now().getFullYear();
  const summary = ctx.db.transaction(() => {
    const s = generateDemo(ctx, { seed: 1, year });
    audit(ctx, { action: 'demo.load', summary: `载入演示数据（${year}年）` });
    return s;
  })();
  return { counts: summary.counts, year };
}

/** Tables whose rows belong to the unit's data (the audit log and settings stay). */
function dataTables(ctx: CoreContext): string[] {
  const keep = new Set(['audit_log', 'settings', 'unit', 'meeting_types']);
  return (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !keep.has(t) && !/_fts(_|$)/.test(t));
}

/** Removes the demo unit after taking a snapshot, so even this can be undone from 设置 → 快照. */
export async function clearDemo(ctx: CoreContext): Promise<{ snapshot: string }> {
  if (!getUnit(ctx).demo) throw new AppError('CONFLICT', '当前数据不是演示数据，不能用“清除演示数据”删除。');
  const snap = await takeSnapshot(ctx, '清除演示数据前');
  ctx.db.transaction(() => {
    ctx.db.pragma('defer_foreign_keys = ON');
    for (const t of dataTables(ctx)) ctx.db.prepare(`DELETE FROM "${t}"`).run();
    ctx.db.prepare('DELETE FROM meeting_types WHERE builtin = 0').run();
    ctx.db.prepare("UPDATE unit SET name = '', short_name = '', is_demo = 0, updated_at = ? WHERE id = 1").run(ctx.now().toISOString());
    audit(ctx, { action: 'demo.clear', summary: `清除演示数据（已保存快照 ${snap.file}）` });
  })();
  // The demo's attachment files go too (they are in the snapshot), so backups carry none of them.
  removeUnreferencedFiles(ctx);
  return { snapshot: snap.file };
}
