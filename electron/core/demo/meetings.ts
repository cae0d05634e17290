import { isoDate } from '../../../shared/dates/periods';
import type { TopicCategory } from '../../../shared/domain/meetings';
import { localToday, type CoreContext } from '../context';
import { setAttendance } from '../meetings/attendance';
import { meetingRepo } from '../meetings/repository';
import { nextWorkday } from '../meetings/schedule';
import { createMeeting, lockMeeting } from '../meetings/service';
import { saveFollowup, saveTopic } from '../meetings/topics';
import { memberRepo } from '../members/repository';
import type { DemoOptions } from './generate';
import type { Rng } from './random';

export const LEAVE_REASONS = ['赴市参加专题会议', '带队外出招商', '参加省委党校培训', '病假', '陪同上级领导督导检查', '处置突发事件'];
export const GUESTS = [
  { name: '周明远', unit: '县政府办公室', title: '副主任' },
  { name: '郑晓东', unit: '县财政局', title: '局长' },
  { name: '冯丽华', unit: '县发展和改革局', title: '局长' },
  { name: '韩志刚', unit: '县委组织部', title: '副部长' },
];
export const TOPICS: { title: string; category: TopicCategory; presenter: string }[] = [
  { title: '传达学习中央、省委、市委有关会议精神', category: 'other', presenter: '县政府办公室' },
  { title: '研究县级财政预算调整方案', category: 'large-funds', presenter: '县财政局' },
  { title: '审议县城污水处理厂提标改造项目实施方案', category: 'major-project', presenter: '县住建局' },
  { title: '研究部分科级干部任免事项', category: 'personnel', presenter: '县委组织部' },
  { title: '审议县政府重大行政决策事项目录', category: 'major-decision', presenter: '县司法局' },
  { title: '研究意识形态工作责任制落实情况', category: 'other', presenter: '县政府办公室' },
  { title: '听取党风廉政建设责任制落实情况汇报', category: 'other', presenter: '各党组成员' },
  { title: '研究乡村振兴衔接资金安排', category: 'large-funds', presenter: '县农业农村局' },
];

/** Types and how often they meet in the demo year (党组会议 every month). */
const PLAN: { type: string; months: number[] }[] = [
  { type: '党组会议', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  { type: '理论学习中心组学习', months: [2, 4, 6, 8, 10, 12] },
  { type: '民主生活会', months: [1] },
  { type: '组织生活会', months: [12] },
  { type: '专题会议', months: [5, 9] },
];

/** A year of meetings with attendance, leave, 列席, topics, opinions and 督办. */
export function demoMeetings(ctx: CoreContext, rng: Rng, opts: DemoOptions): void {
  const types = meetingRepo.types(ctx.db);
  const today = localToday(ctx);
  for (const p of PLAN) {
    const type = types.find((t) => t.name === p.type)!;
    for (const month of p.months) {
      const date = nextWorkday(isoDate(opts.year, month, rng.int(5, 25)));
      if (date.slice(0, 4) !== String(opts.year)) continue;
      const held = date < today;
      const secretary = memberRepo.inOfficeOn(ctx.db, date).find((m) => m.partyRole === 'secretary');
      const guests = p.type === '党组会议' ? [GUESTS[0]!, ...(rng.chance(0.4) ? [rng.pick(GUESTS.slice(1))] : [])] : [];
      const m = createMeeting(ctx, {
        typeId: type.id, date, title: p.type === '专题会议' ? rng.pick(['安全生产专题会议', '招商引资专题会议', '防汛工作专题会议']) : '',
        startTime: rng.pick(['08:30', '09:00', '15:00']), endTime: null, durationDays: null, durationHours: null, place: '县政府三楼会议室', hostMemberId: secretary?.id ?? null,
        recorder: '周明远', agenda: '', minutes: '', status: held ? 'held' : 'planned', guests, copyFromLast: false,
      });
      if (!held) continue;
      for (const a of m.attendees) {
        const roll = rng.next();
        if (a.role === 'member' && a.memberId !== secretary?.id && roll < 0.12) {
          setAttendance(ctx, {
            attendeeId: a.id, status: 'leave', leaveReason: rng.pick(LEAVE_REASONS), leaveRequestedAt: date, leaveApprover: secretary?.name ?? '', leaveApproved: rng.chance(0.9),
          });
        } else {
          const status = a.role === 'member' && roll > 0.985 ? 'absent' : roll > 0.95 ? 'late' : 'present';
          setAttendance(ctx, { attendeeId: a.id, status, leaveReason: '', leaveRequestedAt: null, leaveApprover: '', leaveApproved: false });
        }
      }
      if (p.type === '党组会议') demoTopics(ctx, rng, m.id, m.attendees.filter((a) => a.role === 'member').map((a) => a.memberId!));
      if (rng.chance(0.7)) lockMeeting(ctx, m.id);
    }
  }
}

function demoTopics(ctx: CoreContext, rng: Rng, meetingId: number, memberIds: number[]): void {
  const present = new Set(meetingRepo.attendees(ctx.db, meetingId).filter((a) => a.status === 'present' || a.status === 'late').map((a) => a.memberId));
  const picked = new Set<number>([0]);
  const count = rng.int(2, 4);
  while (picked.size < count) picked.add(rng.int(1, TOPICS.length - 1));
  for (const i of picked) {
    const t = TOPICS[i]!;
    const decisive = t.category !== 'other';
    const topic = saveTopic(ctx, {
      meetingId, title: t.title, presenter: t.presenter, category: t.category, priorStudy: decisive,
      decision: decisive ? '会议原则同意，请牵头单位按程序组织实施。' : '会议要求认真抓好贯彻落实。', minutes: '',
      opinions: decisive ? memberIds.filter((id) => present.has(id)).map((memberId) => ({ memberId, opinion: rng.chance(0.95) ? 'agree' : 'reserve' })) : [],
    });
    if (decisive && rng.chance(0.6)) {
      saveFollowup(ctx, { topicId: topic.id, task: `落实“${t.title}”议定事项`, responsible: t.presenter, dueDate: null, status: rng.pick(['open', 'in-progress', 'done']), note: '' });
    }
  }
}
