import { dayInfo } from '../../../shared/dates/holidays';
import { addDays, isoDate } from '../../../shared/dates/periods';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { localToday, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { inTransaction } from '../tx';
import { insertMeeting } from './service';

/** The first working day on or after the date (skips weekends and 法定节假日). */
export function nextWorkday(date: string): string {
  let d = date;
  while (!dayInfo(d).isWorkday) d = addDays(d, 1);
  return d;
}

/**
 * Plans one meeting a month for the year (the plan asks for a 党组会议 at least monthly), in every
 * month that has none of that type yet. They show as 计划 until held.
 */
export function scheduleYear(ctx: CoreContext, input: ParsedInputOf<'meetings.scheduleYear'>): { created: number; skipped: number; past: number } {
  return inTransaction(ctx, () => {
    let created = 0;
    let skipped = 0;
    let past = 0;
    const today = localToday(ctx);
    const has = ctx.db.prepare(`SELECT 1 FROM meetings WHERE type_id = ? AND deleted_at IS NULL AND status != 'cancelled' AND substr(date, 1, 7) = ?`);
    for (let month = 1; month <= 12; month++) {
      const date = nextWorkday(isoDate(input.year, month, input.day));
      if (!input.includePast && date < today) {
        past++;
        continue;
      }
      if (has.get(input.typeId, date.slice(0, 7)) || !date.startsWith(isoDate(input.year, month, 1).slice(0, 7)) || !memberRepo.inOfficeOn(ctx.db, date).length) {
        skipped++;
        continue;
      }
      insertMeeting(ctx, {
        typeId: input.typeId, date, title: '', startTime: input.startTime, endTime: null, durationDays: null, durationHours: null, place: input.place, hostMemberId: memberRepo.inOfficeOn(ctx.db, date).find((m) => m.partyRole === 'secretary')?.id ?? null,
        recorder: '', agenda: '', minutes: '', status: 'planned', guests: [], copyFromLast: false,
      });
      created++;
    }
    if (!created && !skipped) throw new AppError('VALIDATION', past ? `${input.year}年各月的会议日期都已过去，没有可安排的月份。` : '没有可安排的月份。');
    audit(ctx, { action: 'meeting.schedule', objectType: 'meeting', summary: `安排 ${input.year} 年每月会议 ${created} 次（跳过 ${skipped} 个已有会议或无在任成员的月份${past ? `，${past} 个已过去的月份` : ''}）` });
    return { created, skipped, past };
  });
}
