// The evidence record kinds of the 台账 and the fields each needs. One spec drives the
// core's validation (recordDataSchema), the renderer's form and the record's display, so a
// field is added in one place. Kinds are DutyKind codes: the compliance engine matches them.

import { z } from 'zod';
import { isoDate, text, requiredText } from '../contract/define';
import { DUTY_KIND_LABELS, type DutyKind } from '../domain/duties';
import { LIMITS } from '../limits';

export interface Option {
  value: string;
  label: string;
}

interface FieldBase {
  /** Key inside records.data. */
  key: string;
  label: string;
  required?: boolean;
  placeholder?: string;
}
export type FieldSpec =
  | (FieldBase & { type: 'text'; max?: number })
  | (FieldBase & { type: 'textarea'; max?: number })
  | (FieldBase & { type: 'date' })
  | (FieldBase & { type: 'number'; min: number; max: number })
  | (FieldBase & { type: 'select'; options: Option[]; default: string });

export interface KindSpec {
  kind: DutyKind;
  label: string;
  /** What the record's title is called for this kind (党课题目, 报告标题 …). */
  titleLabel: string;
  dateLabel: string;
  /** Who is credited (record_members): the speaker, the author, the inspecting leader … */
  membersLabel: string;
  membersRequired: boolean;
  /** The record can state its 报告期 (the period it reports on, apart from its date). */
  reportPeriod?: boolean;
  fields: FieldSpec[];
}

export const TALK_SUBTYPES: Option[] = [
  { value: 'heart', label: '谈心谈话' },
  { value: 'reminder', label: '提醒谈话' },
];
export const RECTIFICATION_STATUSES: Option[] = [
  { value: 'none', label: '无需整改' },
  { value: 'pending', label: '未整改' },
  { value: 'in-progress', label: '整改中' },
  { value: 'done', label: '已整改' },
];
export const ADOPTION: Option[] = [
  { value: 'pending', label: '待采纳' },
  { value: 'adopted', label: '已采纳' },
  { value: 'not-adopted', label: '未采纳' },
];
export const DELIVERABLE_TYPES: Option[] = [
  { value: 'responsibility-list', label: '责任清单' },
  { value: 'study-plan', label: '学习计划' },
  { value: 'work-plan', label: '实施方案' },
  { value: 'report', label: '总结报告' },
  { value: 'other', label: '其他文件' },
];

const place: FieldSpec = { key: 'place', label: '地点', type: 'text', max: LIMITS.shortText };
const content: FieldSpec = { key: 'content', label: '主要内容', type: 'textarea', max: LIMITS.minutes };

/** Record kinds in menu order. Meeting kinds (党组会议, 民主生活会, 组织生活会) are recorded on the 会议 page. */
export const KIND_SPECS: readonly KindSpec[] = [
  {
    kind: 'party-lecture', label: '党课', titleLabel: '党课题目', dateLabel: '授课日期', membersLabel: '授课人', membersRequired: true,
    fields: [
      place,
      { key: 'audience', label: '听课对象（支部）', type: 'text', required: true, max: LIMITS.shortText, placeholder: '如：县政府办公室党支部全体党员' },
      { key: 'attendeeCount', label: '听课人数', type: 'number', min: 0, max: 10_000 },
      content,
    ],
  },
  {
    kind: 'research-report', label: '调研报告', titleLabel: '报告标题', dateLabel: '提交日期', membersLabel: '执笔/牵头领导', membersRequired: true, reportPeriod: true,
    fields: [
      { key: 'topic', label: '调研主题', type: 'text', max: LIMITS.title },
      { key: 'submittedTo', label: '报送单位', type: 'text', max: LIMITS.shortText, placeholder: '如：县委办公室' },
      { key: 'adoption', label: '采纳情况', type: 'select', options: ADOPTION, default: 'pending' },
      { key: 'adoptionNote', label: '采纳/批示说明', type: 'textarea', max: LIMITS.longText },
      { key: 'summary', label: '内容摘要', type: 'textarea', max: LIMITS.minutes },
    ],
  },
  {
    kind: 'inspection', label: '督导检查', titleLabel: '检查事项', dateLabel: '检查日期', membersLabel: '带队领导', membersRequired: true,
    fields: [
      { key: 'unit', label: '被检查单位', type: 'text', required: true, max: LIMITS.title },
      { key: 'findings', label: '发现问题', type: 'textarea', max: LIMITS.minutes },
      { key: 'rectificationDeadline', label: '整改期限', type: 'date' },
      { key: 'rectificationStatus', label: '整改情况', type: 'select', options: RECTIFICATION_STATUSES, default: 'pending' },
      { key: 'rectificationNote', label: '整改说明', type: 'textarea', max: LIMITS.longText },
    ],
  },
  {
    kind: 'talk', label: '谈心谈话/提醒谈话', titleLabel: '谈话主题', dateLabel: '谈话日期', membersLabel: '谈话人', membersRequired: true,
    fields: [
      { key: 'subtype', label: '谈话类型', type: 'select', options: TALK_SUBTYPES, default: 'heart' },
      { key: 'talkee', label: '谈话对象', type: 'text', required: true, max: LIMITS.shortText, placeholder: '姓名及职务' },
      place,
      { key: 'reason', label: '谈话事由', type: 'textarea', max: LIMITS.longText },
      { key: 'followUp', label: '后续跟进', type: 'textarea', max: LIMITS.longText },
    ],
  },
  {
    kind: 'report-to-committee', label: '向县委报告', titleLabel: '报告标题', dateLabel: '报告日期', membersLabel: '报告人', membersRequired: false, reportPeriod: true,
    fields: [
      { key: 'form', label: '报告方式', type: 'select', default: 'written', options: [{ value: 'written', label: '书面报告' }, { value: 'oral', label: '当面汇报' }] },
      { key: 'docNo', label: '文号', type: 'text', max: LIMITS.shortText },
      content,
    ],
  },
  {
    kind: 'hear-report', label: '听取汇报', titleLabel: '汇报事项', dateLabel: '听取日期', membersLabel: '听取汇报的领导', membersRequired: true,
    fields: [
      { key: 'reportingUnit', label: '汇报单位/人', type: 'text', required: true, max: LIMITS.title },
      place,
      { key: 'requirements', label: '提出的要求', type: 'textarea', max: LIMITS.minutes },
    ],
  },
  {
    kind: 'study-group', label: '中心组学习', titleLabel: '学习主题', dateLabel: '学习日期', membersLabel: '参加人员', membersRequired: false,
    fields: [
      place,
      { key: 'speakers', label: '重点发言人', type: 'text', max: LIMITS.title },
      { key: 'materials', label: '学习材料', type: 'textarea', max: LIMITS.longText },
      content,
    ],
  },
  {
    kind: 'warning-education', label: '警示教育', titleLabel: '活动名称', dateLabel: '活动日期', membersLabel: '参加人员', membersRequired: false,
    fields: [
      { key: 'form', label: '形式', type: 'text', max: LIMITS.shortText, placeholder: '如：观看警示教育片、参观警示教育基地' },
      place,
      content,
    ],
  },
  {
    kind: 'theme-party-day', label: '主题党日', titleLabel: '活动主题', dateLabel: '活动日期', membersLabel: '参加的党组成员', membersRequired: false,
    fields: [
      { key: 'branch', label: '所在支部', type: 'text', required: true, max: LIMITS.shortText },
      place,
      content,
    ],
  },
  {
    kind: 'deliverable', label: '文件材料', titleLabel: '文件名称', dateLabel: '印发日期', membersLabel: '责任领导', membersRequired: false, reportPeriod: true,
    fields: [
      { key: 'docType', label: '文件类型', type: 'select', options: DELIVERABLE_TYPES, default: 'other' },
      { key: 'docNo', label: '文号', type: 'text', max: LIMITS.shortText },
      { key: 'issuer', label: '印发单位', type: 'text', max: LIMITS.shortText },
      content,
    ],
  },
  {
    kind: 'other', label: '其他', titleLabel: '标题', dateLabel: '日期', membersLabel: '相关成员', membersRequired: false,
    fields: [place, content],
  },
];

export type RecordKind = (typeof KIND_SPECS)[number]['kind'];
export const RECORD_KINDS = KIND_SPECS.map((s) => s.kind);
const BY_KIND = new Map<string, KindSpec>(KIND_SPECS.map((s) => [s.kind, s]));

export const isRecordKind = (k: string) => BY_KIND.has(k);
export const kindSpec = (k: string): KindSpec => BY_KIND.get(k) ?? BY_KIND.get('other')!;

/** The label users see for a stored record (谈话 shows its subtype). */
export function recordKindLabel(kind: string, data?: Record<string, unknown>): string {
  if (kind === 'talk') return TALK_SUBTYPES.find((o) => o.value === data?.subtype)?.label ?? '谈心谈话';
  return BY_KIND.get(kind)?.label ?? DUTY_KIND_LABELS[kind as DutyKind] ?? kind;
}

/** A field value shown as text (option labels, not codes). */
export function displayValue(f: FieldSpec, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (f.type === 'select') return f.options.find((o) => o.value === v)?.label ?? String(v);
  return String(v);
}

function fieldSchema(f: FieldSpec): z.ZodType {
  switch (f.type) {
    case 'text':
    case 'textarea': {
      const max = f.max ?? LIMITS.longText;
      // A missing required field reads “请填写…”, not “…必须是文字”.
      return f.required ? z.preprocess((v) => v ?? '', requiredText(f.label, max)) : text(f.label, max).default('');
    }
    case 'date':
      return f.required ? z.preprocess((v) => v ?? '', z.string().min(1, { error: `请填写${f.label}` }).pipe(isoDate(f.label))) : z.preprocess((v) => (v === '' ? null : v), isoDate(f.label).nullable().default(null));
    case 'number': {
      const n = z
        .number({ error: `${f.label}必须是数字` })
        .int({ error: `${f.label}必须是整数` })
        .min(f.min, { error: `${f.label}不能小于${f.min}` })
        .max(f.max, { error: `${f.label}不能大于${f.max}` });
      return f.required ? n : n.nullable().default(null);
    }
    case 'select': {
      const labels = f.options.map((o) => o.label).join('、');
      return z.enum(f.options.map((o) => o.value) as [string, ...string[]], { error: `${f.label}只能是 ${labels}` }).default(f.default);
    }
  }
}

const schemas = new Map<string, z.ZodType<Record<string, unknown>>>();
/** The zod schema of records.data for a kind: known keys only, trimmed, defaults filled. */
export function recordDataSchema(kind: string): z.ZodType<Record<string, unknown>> {
  let s = schemas.get(kind);
  if (!s) {
    const spec = kindSpec(kind);
    s = z.strictObject(Object.fromEntries(spec.fields.map((f) => [f.key, fieldSchema(f)])), {
      error: (iss) => (iss.code === 'unrecognized_keys' ? `${spec.label}没有这些字段：${iss.keys.join('、')}` : `${spec.label}的内容格式不对`),
    }) as unknown as z.ZodType<Record<string, unknown>>;
    schemas.set(kind, s);
  }
  return s;
}

/** Inspection whose rectification deadline has passed without being 已整改 (shown in red). */
export function rectificationOverdue(kind: string, data: Record<string, unknown>, today: string): boolean {
  return kind === 'inspection' && typeof data.rectificationDeadline === 'string' && data.rectificationDeadline < today && data.rectificationStatus !== 'done' && data.rectificationStatus !== 'none';
}
