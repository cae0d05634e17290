// Duty vocabulary shared by the plan extractor, the compliance engine, the UI and the CLI.
// Codes are stable (they are stored in the database and printed by the CLI's JSON);
// labels are what users see.

export const DUTY_KINDS = [
  'party-group-meeting', // 党组会议
  'study-group', // 理论学习中心组学习
  'party-lecture', // 党课
  'democratic-life-meeting', // 民主生活会
  'organizational-life-meeting', // 组织生活会
  'report-to-committee', // 向县委报告
  'hear-report', // 听取汇报
  'inspection', // 督导检查（研究部署、督导检查）
  'talk', // 谈心谈话 / 提醒谈话
  'research-report', // 调研报告
  'warning-education', // 警示教育
  'theme-party-day', // 主题党日
  'deliverable', // 制定/印发的文件（清单、计划）
  'other',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export const DUTY_KIND_LABELS: Record<DutyKind, string> = {
  'party-group-meeting': '党组会议',
  'study-group': '中心组学习',
  'party-lecture': '党课',
  'democratic-life-meeting': '民主生活会',
  'organizational-life-meeting': '组织生活会',
  'report-to-committee': '向县委报告',
  'hear-report': '听取汇报',
  inspection: '督导检查',
  talk: '谈心谈话',
  'research-report': '调研报告',
  'warning-education': '警示教育',
  'theme-party-day': '主题党日',
  deliverable: '文件材料',
  other: '其他',
};

export const FREQUENCIES = ['week', '2weeks', 'month', '2months', 'quarter', 'halfyear', 'year', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  week: '每周',
  '2weeks': '每两周',
  month: '每月',
  '2months': '每两月',
  quarter: '每季度',
  halfyear: '每半年',
  year: '每年',
  once: '一次性',
};

export const DUTY_SCOPES = ['group', 'each-member', 'secretary', 'each-member-except-secretary'] as const;
export type DutyScope = (typeof DUTY_SCOPES)[number];

export const DUTY_SCOPE_LABELS: Record<DutyScope, string> = {
  group: '党组整体',
  'each-member': '每位党组成员',
  secretary: '党组书记',
  'each-member-except-secretary': '除书记外每位成员',
};

/**
 * What a duty counts in each period: occurrences (the default), or a quantity of time summed
 * over the records' durations ("全年累计不少于12天", "不少于40学时").
 */
export const DUTY_MEASURES = ['count', 'days', 'hours'] as const;
export type DutyMeasure = (typeof DUTY_MEASURES)[number];

export const DUTY_MEASURE_UNITS: Record<DutyMeasure, string> = { count: '次', days: '天', hours: '学时' };

/** A duty as proposed by the extractor or edited by the user, before it is saved. */
export interface DutyDraft {
  /** Plan item number as printed, e.g. "1", "14". */
  item: string;
  kind: DutyKind;
  /** Short human title, e.g. "每月至少召开一次党组会议". */
  title: string;
  frequency: Frequency;
  minCount: number;
  scope: DutyScope;
  /** "MM-DD" when the text gives a deadline, else null. */
  deadline: string | null;
  /** The exact phrase of the plan text this duty was read from. */
  source: string;
  /**
   * Absent or 'count': minCount occurrences per period. 'days' / 'hours': besides minCount
   * occurrences (usually 1), the records' durations must add up to `amount` per period.
   */
  measure?: DutyMeasure;
  /** With measure 'days' / 'hours': the time each period needs ("累计不少于12天" → 12). */
  amount?: number | null;
  /** For a monthly duty due by a day of each month ("每月28日前上报"): that day, 1–31. */
  monthDay?: number | null;
  /** What the clerk should know about how the text was read ("原文“每季度或半年”，按每半年计"). */
  note?: string;
  /** The clerk changed this duty by hand: a re-import of the same plan keeps it as corrected. */
  corrected?: boolean;
}
