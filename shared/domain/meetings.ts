// Meetings (会议): types, attendance, topics (议题) and follow-ups (督办).

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { planned: '计划', held: '已召开', cancelled: '已取消' };

export const ATTENDANCE = ['expected', 'present', 'late', 'leave', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { expected: '未登记', present: '出席', late: '迟到', leave: '请假', absent: '缺席' };
/** Who counts as at the meeting: the compliance side credits the same two. */
export const isPresent = (s: Attendance) => s === 'present' || s === 'late';

export const TOPIC_CATEGORIES = ['major-decision', 'personnel', 'major-project', 'large-funds', 'other'] as const;
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];
export const TOPIC_CATEGORY_LABELS: Record<TopicCategory, string> = {
  'major-decision': '重大事项决策',
  personnel: '重要干部任免',
  'major-project': '重大项目安排',
  'large-funds': '大额资金使用',
  other: '其他',
};
/** 三重一大: every category except 其他 needs collective decision with recorded opinions. */
export const isSanZhongYiDa = (c: TopicCategory) => c !== 'other';

export const OPINIONS = ['agree', 'disagree', 'reserve'] as const;
export type Opinion = (typeof OPINIONS)[number];
export const OPINION_LABELS: Record<Opinion, string> = { agree: '同意', disagree: '不同意', reserve: '保留意见' };

export const FOLLOWUP_STATUSES = ['open', 'in-progress', 'done'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, string> = { open: '未开始', 'in-progress': '办理中', done: '已办结' };

export interface MeetingType {
  id: number;
  name: string;
  evidenceKind: string;
  builtin: boolean;
  sort: number;
  /** Not offered for new meetings (user-defined types only). */
  hidden: boolean;
  /** Meetings of this type, deleted ones included (they can be restored). */
  meetings: number;
}

export interface Attendee {
  id: number;
  memberId: number | null;
  role: 'member' | 'guest';
  name: string;
  /** 职务 as it was on the meeting date. */
  titleSnapshot: string;
  unit: string;
  status: Attendance;
  leaveReason: string;
  leaveRequestedAt: string | null;
  leaveApprover: string;
  leaveApproved: boolean;
  sort: number;
}

export interface Followup {
  id: number;
  topicId: number;
  task: string;
  responsible: string;
  dueDate: string | null;
  status: FollowupStatus;
  note: string;
}

/** A 督办 item in the cross-meeting list, with where it came from and whether it is late. */
export interface FollowupRow extends Followup {
  meetingId: number;
  meetingName: string;
  meetingDate: string;
  topicTitle: string;
  /** Due date passed (before today) and not 已办结. */
  overdue: boolean;
}

export interface Topic {
  id: number;
  meetingId: number;
  title: string;
  presenter: string;
  category: TopicCategory;
  priorStudy: boolean;
  decision: string;
  minutes: string;
  sort: number;
  opinions: { memberId: number; opinion: Opinion }[];
  followups: Followup[];
}

export interface MeetingSummary {
  id: number;
  typeId: number;
  typeName: string;
  evidenceKind: string;
  year: number;
  seq: number;
  /** As offices write it: 2022年第3次党组会议. */
  displayName: string;
  /** Optional subject, e.g. of a 专题会议. */
  title: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  /** Length for duties measured in time: 天 (half days) and/or 学时; null = not stated. */
  durationDays: number | null;
  durationHours: number | null;
  place: string;
  hostMemberId: number | null;
  hostName: string;
  recorder: string;
  status: MeetingStatus;
  locked: boolean;
  deletedAt: string | null;
  counts: { expected: number; present: number; leave: number; absent: number; guests: number; topics: number };
}

export interface MeetingDetail extends MeetingSummary {
  agenda: string;
  minutes: string;
  attendees: Attendee[];
  topics: Topic[];
}

/** Attendance statistics of one member over a year (held meetings only). */
export interface MemberAttendanceStats {
  memberId: number;
  name: string;
  expected: number;
  present: number;
  late: number;
  leave: number;
  /** Absent, or on leave that was not approved (无故缺席). */
  unexcused: number;
  /** (present + late) / expected; null when the member was expected nowhere. */
  rate: number | null;
}

export const meetingDisplayName = (m: { year: number; seq: number; typeName: string; status: MeetingStatus }) =>
  m.status === 'cancelled' ? `${m.year}年${m.typeName}（已取消）` : `${m.year}年第${m.seq}次${m.typeName}`;
