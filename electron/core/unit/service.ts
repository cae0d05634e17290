import type { Unit } from '../../../shared/contract/system';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { inTransaction } from '../tx';

interface UnitRow {
  name: string;
  short_name: string;
  is_demo: number;
  updated_at: string | null;
}

const row = (ctx: CoreContext) => ctx.db.prepare('SELECT name, short_name, is_demo, updated_at FROM unit WHERE id = 1').get() as UnitRow;

export function getUnit(ctx: CoreContext): Unit & { demo: boolean } {
  const r = row(ctx);
  return { name: r.name, shortName: r.short_name, updatedAt: r.updated_at, demo: r.is_demo === 1 };
}

/** The unit's full name as printed on sheets, reports and exports; a neutral default before it is set. */
export const unitFullName = (ctx: CoreContext) => getUnit(ctx).name || '县人民政府党组';

/** Changes the fields named; an omitted 简称 keeps the stored one. */
export function updateUnit(ctx: CoreContext, input: { name?: string; shortName?: string }, opts: { demo?: boolean } = {}): Unit {
  return inTransaction(ctx, () => {
    const before = row(ctx);
    const name = input.name ?? before.name;
    ctx.db
      .prepare('UPDATE unit SET name = ?, short_name = ?, is_demo = ?, updated_at = ? WHERE id = 1')
      .run(name, input.shortName ?? before.short_name, opts.demo === undefined ? before.is_demo : opts.demo ? 1 : 0, isoNow(ctx));
    audit(ctx, { action: 'unit.update', objectType: 'unit', objectId: 1, summary: `单位名称：${before.name || '（空）'} → ${name}` });
    return getUnit(ctx);
  });
}
