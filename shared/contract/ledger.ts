import { z } from 'zod';
import { channel, duration, id, isoDate, patchOf, requiredText, text, uploadedFile, year } from './define';
import { LIMITS } from '../limits';
import { RECORD_KINDS, kindSpec, recordDataSchema } from '../ledger/record-kinds';
import { REPORT_PERIOD_PATTERN } from '../compliance/report-period';
import type { Attachment, LedgerRecord, RecordDetail, RecycleBin, SearchResult } from '../ledger/types';

/** Largest attachment accepted: scans and photos fit, whole video recordings do not. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const kind = z.enum(RECORD_KINDS as [string, ...string[]], { error: '台账类型无效，请从列表中选择' });

/** Common fields, with records.data checked against the kind's field spec (errors land on data.<key>). */
const recordFields = z
  .object({
    kind,
    title: requiredText('标题', LIMITS.title),
    date: isoDate('日期'),
    note: text('备注', LIMITS.longText).default(''),
    memberIds: z.array(id('成员编号')).max(200, { error: '相关成员太多' }).default([]),
    data: z.record(z.string(), z.unknown(), { error: '台账内容格式不对' }).default({}),
    reportPeriod: z
      .string({ error: '报告期格式不对' })
      .regex(REPORT_PERIOD_PATTERN, { error: '报告期只能是某年的全年、上半年、下半年或某一季度' })
      .nullable()
      .default(null),
    /** How long it took, for duties measured in time (调研 20 天, 集中学习 40 学时); null = not stated. */
    durationDays: duration('days'),
    durationHours: duration('hours'),
  })
  .strict();

const checked = <T extends z.infer<typeof recordFields>>(v: T, ctx: z.RefinementCtx) => {
  const spec = kindSpec(v.kind);
  if (spec.membersRequired && v.memberIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['memberIds'], message: `请选择${spec.membersLabel}` });
  }
  if (v.reportPeriod !== null && !spec.reportPeriod) {
    ctx.addIssue({ code: 'custom', path: ['reportPeriod'], message: `${spec.label}没有报告期，请清空报告期` });
  }
  const r = recordDataSchema(v.kind).safeParse(v.data);
  if (!r.success) {
    for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: ['data', ...i.path], message: i.message });
    return z.NEVER;
  }
  return { ...v, data: r.data };
};

/** A whole record, checked against its kind; records.update checks the merged row with it too. */
export const recordInput = recordFields.transform(checked);
/** A patch: the fields named replace the stored ones (`data` as a whole); the core re-checks the result. */
const updateInput = patchOf(recordFields).extend({ id: id('台账编号') }).strict();

const ownerType = z.enum(['record', 'meeting'], { error: '附件只能属于台账或会议' });
const recordId = z.object({ id: id('台账编号') }).strict();
const attachmentId = z.object({ id: id('附件编号') }).strict();

export type RecordInput = z.input<typeof recordFields>;

export const ledgerChannels = {
  'records.list': channel<{ rows: LedgerRecord[]; total: number }>()(
    z
      .object({
        year: year().optional(),
        kind: kind.optional(),
        memberId: id('成员编号').optional(),
        /** Records counted for this duty (automatic match or linked by hand). */
        dutyId: id('职责编号').optional(),
        /** Records counted for any duty of this plan item. */
        itemId: id('要点条目').optional(),
        deleted: z.boolean().default(false),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(LIMITS.listPage).default(20),
      })
      .strict(),
  ),
  'records.get': channel<RecordDetail>()(recordId),
  'records.create': channel<RecordDetail>()(recordInput),
  'records.update': channel<RecordDetail>()(updateInput),
  'records.delete': channel<{ id: number; wasEvidence: boolean }>()(recordId),
  'records.restore': channel<RecordDetail>()(recordId),
  'attachments.list': channel<Attachment[]>()(z.object({ ownerType, ownerId: id('所属编号') }).strict()),
  'attachments.upload': channel<Attachment>()(uploadedFile(MAX_ATTACHMENT_BYTES).extend({ ownerType, ownerId: id('所属编号') }).strict()),
  'attachments.remove': channel<Attachment>()(attachmentId),
  'attachments.restore': channel<Attachment>()(attachmentId),
  /** Where the stored copy is, for the browser host's download route; NOT_FOUND if missing on disk. */
  'attachments.locate': channel<{ path: string; name: string; mime: string; size: number }>()(attachmentId),
  /** Opens a copy with the system's default program (desktop only); refuses executables. */
  'host.openAttachment': channel<{ supported: boolean }>()(attachmentId),
  'recycle.list': channel<RecycleBin>()(z.object({}).strict()),
  'recycle.empty': channel<{ records: number; attachments: number; files: number }>()(z.object({}).strict()),
  'search.query': channel<SearchResult>()(
    z
      .object({
        q: requiredText('搜索词', 100),
        /** Hits shown per type (records, meetings …); totals are counted regardless. */
        perType: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
};
