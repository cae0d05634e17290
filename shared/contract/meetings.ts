import { z } from 'zod';
import { channel, duration, id, isoDate, patchOf, requiredText, text, upsertOf, year } from './define';
import { LIMITS } from '../limits';
import {
  ATTENDANCE,
  FOLLOWUP_STATUSES,
  MEETING_STATUSES,
  OPINIONS,
  TOPIC_CATEGORIES,
  type Attendee,
  type Followup,
  type FollowupRow,
  type MeetingDetail,
  type MeetingSummary,
  type MeetingType,
  type MemberAttendanceStats,
  type Topic,
} from '../domain/meetings';
import type { RollCallPlan } from '../meetings/rollcall';
import { DUTY_KINDS } from '../domain/duties';

const time = (label: string) =>
  z
    .string({ error: `${label}必须是时间` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}的格式应为 09:30` })
    .nullable()
    .default(null);

const guestFields = z
  .object({
    name: requiredText('列席人员姓名', LIMITS.name),
    title: text('职务', LIMITS.shortText).default(''),
    unit: text('单位', LIMITS.shortText).default(''),
  })
  .strict();

export const meetingFields = z
  .object({
    typeId: id('会议类型'),
    title: text('会议主题', LIMITS.title).default(''),
    date: isoDate('会议日期'),
    startTime: time('开始时间'),
    endTime: time('结束时间'),
    place: text('会议地点', LIMITS.shortText).default(''),
    hostMemberId: id('主持人').nullable().default(null),
    recorder: text('记录人', LIMITS.name).default(''),
    agenda: text('会议议程', LIMITS.longText).default(''),
    minutes: text('会议记录', LIMITS.minutes).default(''),
    status: z.enum(MEETING_STATUSES, { error: '会议状态只能是 计划、已召开 或 已取消' }).default('planned'),
    /** Length for duties measured in time (中心组集中学习 12 天 / 40 学时); null = not stated, never derived from the times. */
    durationDays: duration('days'),
    durationHours: duration('hours'),
  })
  .strict();

const createInput = meetingFields
  .extend({
    /** Members expected; omitted = everyone in office on the date, in 排序 order. */
    memberIds: z.array(id('成员编号')).max(200).optional(),
    guests: z.array(guestFields).max(100).default([]),
    /** Start as a copy of the last meeting of this type (place, host, recorder, agenda, 列席). */
    copyFromLast: z.boolean().default(false),
  })
  .strict();

const attendanceInput = z
  .object({
    attendeeId: id('参会人员'),
    status: z.enum(ATTENDANCE, { error: '参会状态只能是 出席、迟到、请假 或 缺席' }),
    // Omitted leave details keep the stored ones (a status click must not wipe an approved leave).
    leaveReason: text('请假事由', LIMITS.title).optional(),
    leaveRequestedAt: isoDate('请假时间').nullable().optional(),
    leaveApprover: text('批准人', LIMITS.name).optional(),
    leaveApproved: z.boolean().optional(),
  })
  .strict();

const topicFields = z
  .object({
    meetingId: id('会议编号'),
    title: requiredText('议题名称', LIMITS.title),
    presenter: text('汇报人', LIMITS.shortText).default(''),
    category: z.enum(TOPIC_CATEGORIES, { error: '议题类别无效' }).default('other'),
    priorStudy: z.boolean().default(false),
    decision: text('决定事项', LIMITS.longText).default(''),
    minutes: text('议题记录', LIMITS.minutes).default(''),
    opinions: z
      .array(z.object({ memberId: id('成员编号'), opinion: z.enum(OPINIONS, { error: '表态只能是 同意、不同意 或 保留意见' }) }).strict())
      .max(200)
      .default([]),
  })
  .strict();
/** New (no id) or a patch of a saved topic; omitted opinions keep the stored ones. */
const topicInput = upsertOf(topicFields, id('议题编号'));

const followupFields = z
  .object({
    topicId: id('议题编号'),
    task: requiredText('督办事项', LIMITS.title),
    responsible: text('责任人', LIMITS.shortText).default(''),
    dueDate: isoDate('完成时限').nullable().default(null),
    status: z.enum(FOLLOWUP_STATUSES, { error: '办理状态无效' }).default('open'),
    note: text('备注', LIMITS.longText).default(''),
  })
  .strict();
const followupInput = upsertOf(followupFields, id('督办事项编号'));

const meetingId = z.object({ id: id('会议编号') }).strict();

const typeName = requiredText('会议类型名称', LIMITS.shortText);
/** Which duty kind a meeting of this type proves (党组会议, 中心组学习 …); 其他 = none. */
const evidenceKind = z.enum(DUTY_KINDS, { error: '计入的职责类别无效，请从列表中选择' });

export type MeetingCreateInput = z.input<typeof createInput>;
export type TopicInput = z.input<typeof topicInput>;

export const meetingsChannels = {
  'meetings.types': channel<MeetingType[]>()(z.object({}).strict()),
  'meetings.createType': channel<MeetingType>()(z.object({ name: typeName, evidenceKind: evidenceKind.default('other') }).strict()),
  /** User-defined types only; renaming or re-classing only while no meeting uses the type. */
  'meetings.updateType': channel<MeetingType>()(
    z.object({ id: id('会议类型'), name: typeName.optional(), evidenceKind: evidenceKind.optional(), hidden: z.boolean().optional() }).strict(),
  ),
  'meetings.list': channel<MeetingSummary[]>()(
    z.object({ year: year().optional(), typeId: id('会议类型').optional(), deleted: z.boolean().default(false) }).strict(),
  ),
  'meetings.get': channel<MeetingDetail>()(meetingId),
  'meetings.create': channel<MeetingDetail>()(createInput),
  'meetings.update': channel<MeetingDetail>()(z.object({ id: id('会议编号'), patch: patchOf(meetingFields) }).strict()),
  /** Soft delete; `evidence` tells the renderer it was counted for a duty (it asked first). */
  'meetings.delete': channel<{ id: number; wasEvidence: boolean }>()(meetingId),
  'meetings.restore': channel<MeetingDetail>()(meetingId),
  'meetings.scheduleYear': channel<{ created: number; skipped: number; past: number }>()(
    z
      .object({
        typeId: id('会议类型'),
        year: year(),
        /** Day of month to aim for; moved to the next working day. */
        day: z.number({ error: '日期必须是数字' }).int().min(1, { error: '日期应在1—28日之间' }).max(28, { error: '日期应在1—28日之间' }).default(10),
        place: text('会议地点', LIMITS.shortText).default(''),
        startTime: time('开始时间'),
        /** false: months whose date is already past (before today) are left alone. */
        includePast: z.boolean({ error: '是否安排已过去的月份必须是是或否' }).default(true),
      })
      .strict(),
  ),
  'meetings.addGuest': channel<Attendee>()(guestFields.extend({ meetingId: id('会议编号') }).strict()),
  'meetings.removeAttendee': channel<MeetingDetail>()(z.object({ attendeeId: id('参会人员') }).strict()),
  'meetings.setAttendance': channel<Attendee>()(attendanceInput),
  'meetings.markAllPresent': channel<MeetingDetail>()(meetingId),
  'meetings.rollCallPreview': channel<RollCallPlan>()(z.object({ id: id('会议编号'), text: requiredText('点名文字', 10_000) }).strict()),
  'meetings.rollCallApply': channel<MeetingDetail>()(z.object({ id: id('会议编号'), text: requiredText('点名文字', 10_000) }).strict()),
  'meetings.lock': channel<MeetingDetail>()(meetingId),
  'meetings.unlock': channel<MeetingDetail>()(z.object({ id: id('会议编号'), reason: requiredText('解锁原因', LIMITS.title) }).strict()),
  'meetings.saveTopic': channel<Topic>()(topicInput),
  'meetings.deleteTopic': channel<MeetingDetail>()(z.object({ topicId: id('议题编号') }).strict()),
  'meetings.saveFollowup': channel<Followup>()(followupInput),
  'meetings.deleteFollowup': channel<{ id: number }>()(z.object({ id: id('督办事项编号') }).strict()),
  /** 督办 of the year's meetings as a work list: unfinished first, earliest due first; paged. */
  'meetings.followups': channel<{ rows: FollowupRow[]; total: number }>()(
    z
      .object({
        year: year(),
        status: z.enum(FOLLOWUP_STATUSES, { error: '办理状态无效' }).optional(),
        overdueOnly: z.boolean().default(false),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(LIMITS.listPage).default(20),
      })
      .strict(),
  ),
  'meetings.stats': channel<MemberAttendanceStats[]>()(z.object({ year: year() }).strict()),
};
