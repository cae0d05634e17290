import { formatChineseDate, weekdayMondayFirst } from '../../../shared/dates/periods';
import type { Attendee, MeetingDetail } from '../../../shared/domain/meetings';
import { isPresent } from '../../../shared/domain/meetings';
import { localToday, type CoreContext } from '../context';
import { getMeeting } from '../meetings/service';
import { unitFullName } from '../unit/service';

/** Everything a sheet needs, loaded once, so the sheet functions stay pure. */
export interface SheetData {
  meeting: MeetingDetail;
  unitName: string;
  /** Today, for the date under a notice or 通报. */
  today: string;
  members: Attendee[];
  guests: Attendee[];
}

export function loadSheetData(ctx: CoreContext, meetingId: number): SheetData {
  const meeting = getMeeting(ctx, meetingId);
  return {
    meeting,
    unitName: unitFullName(ctx),
    today: localToday(ctx),
    members: meeting.attendees.filter((a) => a.role === 'member'),
    guests: meeting.attendees.filter((a) => a.role === 'guest'),
  };
}

/**
 * The date under a notice: today, but never after its meeting (a notice printed for the file
 * once the meeting is past, say a 2022 meeting in 2026, carries the meeting's day).
 */
export const noticeDate = (d: Pick<SheetData, 'today' | 'meeting'>) => (d.today <= d.meeting.date ? d.today : d.meeting.date);

/** The date under a 通报: today once the meeting is held, unless that is a later year (printed for the file): then the meeting's day. */
export const bulletinDate = (d: Pick<SheetData, 'today' | 'meeting'>) => (d.today >= d.meeting.date && d.today.slice(0, 4) === d.meeting.date.slice(0, 4) ? d.today : d.meeting.date);

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

const halfDay = (t: string) => (t < '12:00' ? '上午' : t < '18:00' ? '下午' : '晚上');
/** 9:00 in the morning, 3:00 in the afternoon: as offices write it after 上午/下午. */
const clock = (t: string) => {
  const [h, min] = t.split(':').map(Number) as [number, number];
  return `${h > 12 ? h - 12 : h}:${String(min).padStart(2, '0')}`;
};

/** 2022年3月5日（星期六）上午9:00—11:30 */
export function meetingTime(m: Pick<MeetingDetail, 'date' | 'startTime' | 'endTime'>): string {
  const day = `${formatChineseDate(m.date)}（星期${WEEKDAYS[weekdayMondayFirst(m.date) - 1]}）`;
  if (!m.startTime) return day;
  return `${day}${halfDay(m.startTime)}${clock(m.startTime)}${m.endTime ? `—${clock(m.endTime)}` : ''}`;
}

/** 2022年第3次党组会议, with the subject of a 专题会议 when there is one. */
export const meetingName = (m: Pick<MeetingDetail, 'displayName' | 'title'>) => (m.title ? `${m.displayName}（${m.title}）` : m.displayName);

export const leaveNote = (a: Attendee) => `请假${a.leaveReason ? `（${a.leaveReason}）` : ''}`;

export const present = (list: Attendee[]) => list.filter((a) => isPresent(a.status));
export const names = (list: Attendee[]) => (list.length ? list.map((a) => a.name).join('、') : '无');
