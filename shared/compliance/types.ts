// Inputs and outputs of the compliance engine (shared/compliance/engine.ts).
// Plain data only, so results cross IPC and print as JSON unchanged.

import type { DutyKind, DutyScope, Frequency } from '../domain/duties';
import type { PartyRole } from '../domain/members';
import type { TimeMeasure } from './time-duties';

/** Ordered from most to least urgent; sorting and "worst of" rely on this order. */
// 'unassigned': a member duty whose period nobody in the member list owes (no members entered, or no
// secretary in office then). Never 'done': a figure of 0/0 proves nothing, and the office signs under 已完成.
export const COMPLIANCE_STATUSES = ['overdue', 'unassigned', 'due-soon', 'in-progress', 'not-started', 'done'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  overdue: '已逾期',
  unassigned: '无人承担',
  'due-soon': '即将到期',
  'in-progress': '进行中',
  'not-started': '未开始',
  done: '已完成',
};

export const DEFAULT_DUE_SOON_DAYS = 7;

/** How terms of office change what a member owes; shown verbatim in the UI. */
export const TERM_RULE_TEXT =
  '成员只对任职期间所覆盖的考核周期承担该项职责，任职期外的会议和台账不计入；' +
  '按半年或全年考核的职责，任职不满整个周期的，应完成次数按任职月数折算' +
  '（规定次数 × 任职月数 ÷ 周期月数，向上取整，不足一个月按一个月计，在任即至少1次），' +
  '按季度、月、周考核的职责，在该周期内任职即须完成规定次数；已离任成员的到期日为其离任日。';

export interface EngineDuty {
  id: number;
  itemNo: string;
  kind: DutyKind;
  title: string;
  frequency: Frequency;
  minCount: number;
  scope: DutyScope;
  /** 'MM-DD': a single period from Jan 1 to this day replaces the frequency's periods. */
  deadline: string | null;
  /** 'days' / 'hours' with `amount`: the evidence's durations must add up to `amount` per period (time-duties.ts). */
  measure?: 'count' | TimeMeasure;
  amount?: number | null;
}

export interface EngineMember {
  id: number;
  name: string;
  partyRole: PartyRole;
  termStart: string | null;
  termEnd: string | null;
  sortOrder: number;
}

export interface EngineEvidence {
  /** Stable reference such as 'meeting:12' or 'record:5'. */
  ref: string;
  kind: DutyKind;
  date: string;
  /** Members credited (e.g. the lecture's speaker); empty for group-level evidence. */
  memberIds: number[];
  title: string;
  /** 报告期 ('2022-H1' …, see report-period.ts): counted in that period whatever the date. */
  reportPeriod?: string | null;
  /** The record's subtype or document type (talk.subtype, deliverable.docType), for suggestions. */
  subtype?: string | null;
  /** Stated duration, summed by duties measured in time; absent or null = not stated (adds nothing). */
  durationDays?: number | null;
  durationHours?: number | null;
}

/**
 * 'link' attaches evidence to a duty whatever its kind (and confirms a suggestion); 'unlink'
 * drops an automatic match or rejects a suggestion (不是).
 */
export interface ManualLink {
  dutyId: number;
  ref: string;
  mode: 'link' | 'unlink';
}

export interface ComplianceInput {
  year: number;
  /** 'YYYY-MM-DD': the engine never reads the clock. */
  today: string;
  /** A period due within this many days (and not done) is 'due-soon'. Default 7. */
  dueSoonDays?: number;
  duties: EngineDuty[];
  members: EngineMember[];
  evidence: EngineEvidence[];
  links?: ManualLink[];
}

export interface PeriodResult {
  key: string;
  label: string;
  /** Inclusive range; for a member row it is clipped to the member's term. */
  start: string;
  end: string;
  /** Period end, the deadline for deadline duties, or the member's last day in office. */
  due: string;
  required: number;
  /**
   * Matching evidence in the range. On a member-scoped duty's own rows it is the sum of
   * each member's count capped at what they owe, so one member's surplus never hides
   * another's shortfall.
   */
  done: number;
  status: ComplianceStatus;
  /** Refs of the evidence counted, in date order. */
  evidence: string[];
  /**
   * Only on a duty measured in time: `done` and `required` are then 天 or 学时 (the sum of the
   * counted evidence's durations, and the amount owed), not occurrences.
   */
  measure?: TimeMeasure;
  /** Time duties: pieces counted, and the fewest the period needs (the duty's count). */
  events?: number;
  minEvents?: number;
  /** Time duties: pieces counted that state no duration in the duty's unit (they add nothing). */
  unstated?: number;
}

export interface MemberDutyResult {
  memberId: number;
  name: string;
  partyRole: PartyRole;
  sortOrder: number;
  /** Only the periods this member owes (their term overlaps the period). */
  periods: PeriodResult[];
  /** Year totals: sum of min(done, required) and of required over their periods. */
  done: number;
  required: number;
  status: ComplianceStatus;
  /** Time duties: done/required are 天 or 学时. */
  measure?: TimeMeasure;
}

export interface DutyResult {
  dutyId: number;
  itemNo: string;
  kind: DutyKind;
  title: string;
  frequency: Frequency;
  scope: DutyScope;
  minCount: number;
  deadline: string | null;
  periods: PeriodResult[];
  /**
   * Per-member breakdown for member-scoped duties, in sortOrder, listing only members
   * whose term overlaps at least one period; null for group duties.
   */
  members: MemberDutyResult[] | null;
  /** The period containing today, if any. */
  current: PeriodResult | null;
  /**
   * Headline: 'overdue' if any period is overdue, else the current period's status, else
   * 'done' when every period is done, else 'not-started'.
   */
  status: ComplianceStatus;
  /** Year totals over all periods (future ones included): credited and owed counts. */
  done: number;
  required: number;
  /** done / required, 1 when nothing is owed. */
  ratio: number;
  overduePeriods: number;
  /** Earliest due date among periods not yet done; null when all are done. */
  nextDue: string | null;
  /** Only on a duty measured in time: the unit of done/required, the amount per period, pieces without a duration. */
  measure?: TimeMeasure;
  amount?: number;
  unstated?: number;
  /**
   * Evidence of the duty's kind that another duty of the same kind could also be meant by: it
   * counts for none of them until the clerk confirms it ('link'); best-matching ones here, date order.
   */
  suggested: string[];
  /** Evidence the clerk said does not prove this duty ('unlink'), in the year, date order. */
  rejected: string[];
}

export interface Progress {
  done: number;
  required: number;
  ratio: number;
  status: ComplianceStatus;
}

export interface ItemProgress extends Progress {
  itemNo: string;
  dutyIds: number[];
}

export interface MemberDutyProgress extends Progress {
  /** Time duties: done/required are 天 or 学时. */
  measure?: TimeMeasure;
  dutyId: number;
  itemNo: string;
  kind: DutyKind;
  title: string;
}

export interface MemberProgress extends Progress {
  memberId: number;
  name: string;
  partyRole: PartyRole;
  /** Member-scoped duties this member owes something on, e.g. 党课 1/2. */
  duties: MemberDutyProgress[];
}

export type StatusCounts = Record<ComplianceStatus, number>;

export interface ComplianceSummary {
  /** Duties by headline status. */
  byStatus: StatusCounts;
  /** Duty-level periods by status. */
  periodsByStatus: StatusCounts;
  /**
   * Counts over all duties. A duty measured in time adds its periods here (and in byItem, byMember):
   * one owed per period, one done per period whose time is met, since days do not add to counts.
   */
  done: number;
  required: number;
  ratio: number;
  /** Per plan item (要点条目), in natural item order. */
  byItem: ItemProgress[];
  /** Per member, in sortOrder; every input member appears. */
  byMember: MemberProgress[];
}

export interface ComplianceResult {
  year: number;
  today: string;
  dueSoonDays: number;
  /** In input order; see sortByUrgency for the overdue-first order. */
  duties: DutyResult[];
  summary: ComplianceSummary;
}
