import { RECORD_KINDS, kindSpec, recordKindLabel } from '../../../../shared/ledger/record-kinds';
import type { LedgerRecord } from '../../../../shared/ledger/types';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, flagString, json } from '../io';
import { withCore } from '../open';
import { recordRepo } from '../../ledger/repository';

/**
 * `records list --json` prints an array in date order; each item has, in this order (stable; new
 * fields are only appended): id, kind (DutyKind code), kindLabel, title, date (YYYY-MM-DD),
 * members [{id, name}] (credited members), data (the kind's fields, see
 * shared/ledger/record-kinds.ts), note, attachments (count), createdAt, updatedAt, reportPeriod
 * (报告期 such as "2022-H1", or null), durationDays, durationHours (时长 in 天 / 学时, or null).
 */
export const recordFields = (r: LedgerRecord) => ({
  id: r.id,
  kind: r.kind,
  kindLabel: recordKindLabel(r.kind, r.data),
  title: r.title,
  date: r.date,
  members: r.members.map((m) => ({ id: m.memberId, name: m.name })),
  data: r.data,
  note: r.note,
  attachments: r.attachmentCount,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  reportPeriod: r.reportPeriod,
  durationDays: r.durationDays,
  durationHours: r.durationHours,
});

export const recordsList: Command = {
  path: ['records', 'list'],
  usage: 'records list --year YYYY [--kind 类型代码] [--json] [--db PATH]',
  summary: '列出某年度的台账（不含已删除），可按类型筛选',
  booleanFlags: ['json'],
  run: (args, io) => {
    const year = flagNumber(args, 'year');
    if (year === undefined || !Number.isInteger(year) || year < 2000 || year > 2100) throw new CliError('请用 --year 指定年度，例如 --year 2022。', EXIT.usage);
    const kind = flagString(args, 'kind');
    if (kind !== undefined && !RECORD_KINDS.includes(kind as never)) {
      throw new CliError(`没有台账类型“${kind}”。可用：${RECORD_KINDS.map((k) => `${k}（${kindSpec(k).label}）`).join('、')}`, EXIT.usage);
    }
    return withCore(args, io, { access: 'read' }, (core) => {
      const rows = recordRepo.all(core.ctx.db, { year, kind, deleted: false });
      if (args.flags.json) io.out(json(rows.map(recordFields)));
      else for (const r of rows) io.out(`${r.id}\t${r.date}\t${recordKindLabel(r.kind, r.data)}\t${r.title}\t${r.members.map((m) => m.name).join('、')}`);
      return EXIT.ok;
    });
  },
};
