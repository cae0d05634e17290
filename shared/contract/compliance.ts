import { z } from 'zod';
import { channel, id, isoDate, text, year } from './define';
import { DUTY_KINDS } from '../domain/duties';
import type { ComplianceResult } from '../compliance/types';
import type { DutyKind } from '../domain/duties';

/** One meeting or record that can prove a duty, as the dashboard and calendar show it. */
export interface EvidenceItem {
  ref: string;
  source: 'meeting' | 'record';
  kind: DutyKind;
  date: string;
  title: string;
  memberIds: number[];
  /** 报告期 of a record that states one ('2022-H1' …, shared/compliance/report-period.ts). */
  reportPeriod?: string;
  /** Subtype or document type of a record of a kind several duties share (for suggestions). */
  subtype?: string;
  /** Stated duration (天 / 学时) for duties measured in time; absent = not stated. */
  durationDays?: number;
  durationHours?: number;
}

export interface ComplianceView {
  result: ComplianceResult;
  /**
   * The evidence the result counts and the links name, for their dates and titles. Not every
   * piece of the year (about 20 000 at scale): the calendar and "link by hand" ask
   * compliance.evidence for a date range instead.
   */
  evidence: EvidenceItem[];
  /** Manual link/unlink instructions in force. */
  links: { dutyId: number; ref: string; mode: 'link' | 'unlink' }[];
  /** false when the year has no saved plan. */
  hasPlan: boolean;
}

/** At most this many rows per compliance.evidence answer (a month of the calendar fits). */
export const EVIDENCE_LIMIT_MAX = 5000;

export interface EvidencePage {
  items: EvidenceItem[];
  /** How many match in all; more than items.length when the limit cut the list. */
  total: number;
}

export const complianceChannels = {
  'compliance.get': channel<ComplianceView>()(
    z
      .object({
        year: year(),
        date: isoDate('日期'),
        dueSoonDays: z.number({ error: '提前提醒天数必须是数字' }).int().min(0, { error: '提前提醒天数不能为负' }).max(90, { error: '提前提醒天数不能超过90天' }).optional(),
      })
      .strict(),
  ),
  /** Meetings and records dated in [from, to] (at most a year), optionally of one kind or with a word in the title; date order. */
  'compliance.evidence': channel<EvidencePage>()(
    z
      .object({
        from: isoDate('开始日期'),
        to: isoDate('结束日期'),
        kind: z.enum(DUTY_KINDS, { error: '佐证类型无效' }).optional(),
        q: text('关键词', 40).optional(),
        limit: z.number({ error: '条数必须是数字' }).int().min(1, { error: '条数至少为1' }).max(EVIDENCE_LIMIT_MAX, { error: `条数不能超过${EVIDENCE_LIMIT_MAX}` }).optional(),
      })
      .strict()
      .refine((i) => i.from <= i.to, { error: '开始日期不能晚于结束日期', path: ['to'] })
      .refine((i) => Date.parse(i.to) - Date.parse(i.from) <= 366 * 86_400_000, { error: '日期范围不能超过一年', path: ['to'] }),
  ),
  /** Links evidence to a duty by hand, unlinks an automatic match, or ('clear') drops the instruction. */
  'compliance.link': channel<{ dutyId: number; ref: string; mode: 'link' | 'unlink' | 'clear' }>()(
    z
      .object({
        dutyId: id('职责编号'),
        ref: text('佐证', 40).regex(/^(meeting|record):\d+$/, { error: '佐证编号无效' }),
        mode: z.enum(['link', 'unlink', 'clear'], { error: '操作无效' }),
      })
      .strict(),
  ),
};
