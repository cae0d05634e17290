import { z } from 'zod';
import { channel, id, isoDate, text, year } from './define';
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
}

export interface ComplianceView {
  result: ComplianceResult;
  /** Every piece of evidence of the year (matched or not), for linking by hand and the calendar. */
  evidence: EvidenceItem[];
  /** Manual link/unlink instructions in force. */
  links: { dutyId: number; ref: string; mode: 'link' | 'unlink' }[];
  /** false when the year has no saved plan. */
  hasPlan: boolean;
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
