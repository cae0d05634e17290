import { z } from 'zod';
import { channel, id, patchOf, requiredText, text, uploadedFile, year } from './define';
import { LIMITS } from '../limits';
import { DUTY_KINDS, DUTY_MEASURES, DUTY_SCOPES, FREQUENCIES, type DutyDraft } from '../domain/duties';
import type { Duty, PlanExisting, PlanItemView, PlanView } from '../domain/plan';
import type { PlanEncoding } from '../plan/decode';
import type { PossibleDuty } from '../plan/extract';
import { MAX_PLAN_CHARS } from '../plan/decode';

/** A plan is a few pages; 10 MB is already a generous .docx with pictures. */
export const PLAN_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const PLAN_MAX_ITEMS = 500;
export const PLAN_MAX_DUTIES = 1000;

/** Where the plan text comes from: an uploaded file or text pasted into the dialog. */
const planSource = z.union([
  uploadedFile(PLAN_IMPORT_MAX_BYTES).strict(),
  z.object({ text: z.string({ error: '请粘贴工作要点正文' }).max(MAX_PLAN_CHARS, { error: '粘贴的文字太长，不像是一份工作要点' }) }).strict(),
]);

export const dutyFields = z
  .object({
    item: text('条目编号', 10).default(''),
    kind: z.enum(DUTY_KINDS, { error: '职责类别无效' }),
    title: requiredText('职责名称', LIMITS.title),
    frequency: z.enum(FREQUENCIES, { error: '频次无效' }),
    minCount: z.number({ error: '最少次数必须是数字' }).int({ error: '最少次数必须是整数' }).min(1, { error: '最少次数至少为1' }).max(366, { error: '最少次数不能超过366' }),
    scope: z.enum(DUTY_SCOPES, { error: '责任主体无效' }),
    deadline: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '截止日期的格式应为 月-日，如 03-31' })
      .nullable()
      .default(null),
    source: text('原文依据', LIMITS.longText).default(''),
    measure: z.enum(DUTY_MEASURES, { error: '计量方式只能是 次数、天数 或 学时' }).default('count'),
    amount: z.number({ error: '时长必须是数字' }).positive({ error: '时长必须大于0' }).max(8784, { error: '时长不能超过一年' }).nullable().default(null),
    monthDay: z.number({ error: '每月截止日必须是数字' }).int({ error: '每月截止日必须是整数' }).min(1, { error: '每月截止日应为1—31' }).max(31, { error: '每月截止日应为1—31' }).nullable().default(null),
    note: text('说明', LIMITS.longText).default(''),
    corrected: z.boolean().default(false),
  })
  .strict()
  .refine((d) => d.measure === 'count' || d.amount !== null, { error: '按天数或学时计的职责请填写累计时长', path: ['amount'] });

const planItemFields = z.object({ no: text('条目编号', 10), title: text('条目标题', LIMITS.title), text: requiredText('条目正文', 20_000) }).strict();
const planSectionFields = z
  .object({ no: text('部分编号', 10), title: text('部分标题', LIMITS.title), items: z.array(planItemFields).max(PLAN_MAX_ITEMS) })
  .strict();

export const parsedPlanFields = z
  .object({
    title: text('标题', LIMITS.title),
    preamble: text('导语', 20_000),
    sections: z.array(planSectionFields).min(1, { error: '工作要点中没有任何部分' }).max(100),
  })
  .strict();

/** The parse step's answer: structure and proposed duties, nothing saved yet. */
export interface PlanPreview {
  sourceName: string;
  encoding: PlanEncoding | 'docx' | 'doc' | 'pdf' | 'pasted';
  /** Year read from the title or first lines, when there is one. */
  inferredYear: number | null;
  plan: z.output<typeof parsedPlanFields>;
  duties: DutyDraft[];
  /** Clauses with a quantity the extractor could not read (可能的职责), with their item. */
  possible: PossibleDuty[];
  /** What the reader did that the clerk should check (paragraphs without numbering, web residue dropped). */
  notices: string[];
}

export const planChannels = {
  'plan.parse': channel<PlanPreview>()(planSource),
  /** plan.parse in the background, for a large file: poll jobs.get for the stage (PDF: page by page); its result is the PlanPreview. */
  'plan.parseStart': channel<{ jobId: string }>()(planSource),
  'plan.years': channel<number[]>()(z.object({}).strict()),
  'plan.existing': channel<PlanExisting | null>()(z.object({ year: year() }).strict()),
  'plan.get': channel<PlanView | null>()(z.object({ year: year() }).strict()),
  /** Saves a previewed plan with its confirmed duties; `replace` must be true to overwrite the year's plan. */
  'plan.save': channel<PlanView>()(
    z
      .object({
        year: year(),
        sourceName: text('来源文件名', 255).default(''),
        plan: parsedPlanFields,
        duties: z.array(dutyFields).max(PLAN_MAX_DUTIES),
        replace: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Starts a year's plan from another year's: sections, items, leads and duties copied. */
  'plan.copyFromYear': channel<PlanView>()(z.object({ fromYear: year(), toYear: year(), replace: z.boolean().default(false) }).strict()),
  'plan.updateItem': channel<PlanItemView>()(
    z
      .object({
        itemId: id('条目编号'),
        leadMemberId: id('牵头领导').nullable().optional(),
        responsibleUnits: text('责任单位', LIMITS.title).optional(),
      })
      .strict(),
  ),
  'duties.create': channel<Duty>()(z.object({ year: year(), duty: dutyFields }).strict()),
  'duties.update': channel<Duty>()(z.object({ id: id('职责编号'), duty: patchOf(dutyFields) }).strict()),
  'duties.delete': channel<{ id: number }>()(z.object({ id: id('职责编号') }).strict()),
};
