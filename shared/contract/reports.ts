import { z } from 'zod';
import { channel, id, requiredText, text, year } from './define';
import { LIMITS } from '../limits';
import type { ComplianceStatus } from '../compliance/types';
import type { TimeMeasure } from '../compliance/time-duties';
import type { DutyKind, Frequency } from '../domain/duties';
import type { Attendance } from '../domain/meetings';
import type { Member } from '../domain/members';

export const REPORT_KINDS = ['ledger', 'quarterly', 'member-files', 'attendance', 'ranking', 'summary'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_LABELS: Record<ReportKind, string> = {
  ledger: '年度落实台账',
  quarterly: '季度工作进展',
  'member-files': '成员档案（一人一档）',
  attendance: '参会情况统计',
  ranking: '重点工作排名',
  summary: '年度工作总结素材',
};
export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One meeting or record as the member file lists it. */
export interface EvidenceLine {
  ref: string;
  date: string;
  title: string;
}

export interface MemberFileDuty {
  dutyId: number;
  itemNo: string;
  kind: DutyKind;
  title: string;
  frequency: Frequency;
  done: number;
  required: number;
  status: ComplianceStatus;
  /** A duty measured in time: done/required (and the periods') are 天 or 学时. */
  measure?: TimeMeasure;
  periods: { label: string; done: number; required: number; status: ComplianceStatus; due: string; measure?: TimeMeasure }[];
  evidence: EvidenceLine[];
}

export interface MemberFileMeeting {
  meetingId: number;
  date: string;
  name: string;
  status: Attendance;
  leaveReason: string;
  leaveApproved: boolean;
}

/** 一人一档: what one member owed and did in one year, each with its evidence. */
export interface MemberFile {
  member: Member;
  year: number;
  /** Statuses are as of this day (today, or 12-31 for a past year). */
  asOf: string;
  duties: MemberFileDuty[];
  attendance: { expected: number; present: number; late: number; leave: number; absent: number; unexcused: number; unmarked: number; meetings: MemberFileMeeting[] };
  /** 谈心谈话 / 提醒谈话 records crediting the member. */
  talks: EvidenceLine[];
  /** Every other record crediting the member (e.g. a 督导检查 not counted for a duty). */
  otherRecords: (EvidenceLine & { kind: DutyKind })[];
  /** 重点工作 the member leads. */
  keyProjects: { id: number; name: string; itemNo: string; percent: number | null; overdueMilestones: number; redFlags: number; snails: number }[];
}

export interface MonthlyTrend {
  month: number;
  meetings: number;
  expected: number;
  attended: number;
  leave: number;
  absent: number;
  /** attended / expected, null when nobody was expected. */
  rate: number | null;
}

export interface YearStatus {
  year: number;
  closed: boolean;
  closedAt: string | null;
  closedBy: string | null;
  reason: string;
}

export const reportParams = z
  .object({
    report: z.enum(REPORT_KINDS, { error: '不认识的报表类型' }),
    year: year(),
    /** member-files: one member; omitted = every member who owed something that year. */
    memberId: id('成员').optional(),
    /** quarterly: 1–4. */
    quarter: z.number({ error: '季度必须是数字' }).int().min(1, { error: '季度应为1—4' }).max(4, { error: '季度应为1—4' }).optional(),
  })
  .strict();
export type ReportParams = z.output<typeof reportParams>;

export const reportsChannels = {
  'reports.memberFile': channel<MemberFile>()(z.object({ memberId: id('成员'), year: year() }).strict()),
  'reports.monthly': channel<MonthlyTrend[]>()(z.object({ year: year() }).strict()),
  /** The report as one A4 HTML document, for the print preview. */
  'reports.print': channel<{ html: string; title: string }>()(reportParams),
  /** Writes the report to outFile as .xlsx or .docx in the background; poll jobs.get. Without outFile: a download (downloadId). */
  'reports.export': channel<{ jobId: string; downloadId?: string }>()(
    reportParams.extend({ format: z.enum(EXPORT_FORMATS, { error: '导出格式只能是 xlsx 或 docx' }), outFile: requiredText('保存位置', 1000).optional() }).strict(),
  ),
  'years.status': channel<YearStatus>()(z.object({ year: year() }).strict()),
  'years.close': channel<YearStatus>()(z.object({ year: year(), reason: text('说明', LIMITS.title).default('') }).strict()),
  'years.reopen': channel<YearStatus>()(z.object({ year: year(), reason: requiredText('解除关账的原因', LIMITS.title) }).strict()),
};
