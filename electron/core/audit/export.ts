import type { ParsedInputOf } from '../../../shared/contract';
import { localToday, type CoreContext } from '../context';
import { getUnit } from '../unit/service';
import type { ReportDoc } from '../reports/doc';
import { prepareTarget, writeAtomic } from '../reports/write';
import { toXlsx } from '../reports/xlsx';
import { audit } from './log';
import { listAudit } from './query';
import { requirePath } from '../files/handlers';

const RESULT_LABELS: Record<string, string> = { ok: '成功', failed: '失败', refused: '拒绝' };

/** The audit log (with the list's filters) as an .xlsx for inspectors; the export itself is logged. */
export async function exportAudit(ctx: CoreContext, input: ParsedInputOf<'audit.export'>): Promise<{ file: string; rows: number }> {
  const file = prepareTarget(requirePath(input.outFile), 'xlsx');
  const { rows } = listAudit(ctx, { from: input.from, to: input.to, text: input.text, action: undefined, page: 1, pageSize: 1_000_000 });
  const doc: ReportDoc = {
    title: '操作日志',
    subtitle: `${input.from ?? '最早'} 至 ${input.to ?? '最新'}，共 ${rows.length} 条`,
    unitName: getUnit(ctx).name,
    landscape: true,
    asOf: localToday(ctx),
    notes: ['日志只能追加，不能修改或删除；每条记录含前一条的哈希，可用“校验日志完整性”检查是否被改动。'],
    sections: [
      {
        title: '操作日志',
        columns: [
          { header: '序号', width: 8, type: 'number' },
          { header: '时间', width: 22 },
          { header: '操作人', width: 14 },
          { header: '操作', width: 20 },
          { header: '对象', width: 14 },
          { header: '内容', width: 60 },
          { header: '结果', width: 8 },
        ],
        rows: rows.map((r) => [r.id, new Date(r.at).toLocaleString('zh-CN', { hour12: false }), r.operator, r.action, [r.objectType, r.objectId].filter(Boolean).join(' '), r.summary, RESULT_LABELS[r.result] ?? r.result]),
      },
    ],
  };
  writeAtomic(file, await toXlsx(doc));
  ctx.db.transaction(() => audit(ctx, { action: 'audit.export', summary: `导出操作日志 ${rows.length} 条到 ${file}` }))();
  return { file, rows: rows.length };
}
