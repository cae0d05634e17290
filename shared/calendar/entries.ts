// What the calendar shows on each day: duty due dates, planned and held meetings, records. Pure, so the
// page only lays out days.

import { figureOf } from '../compliance/time-duties';
import type { ComplianceView, EvidenceItem } from '../contract/compliance';
import type { ComplianceStatus } from '../compliance/types';
import { dayInfo, type DayInfo } from '../dates/holidays';
import { addDays, weekdayMondayFirst } from '../dates/periods';
import type { DutyKind } from '../domain/duties';
import type { MeetingSummary } from '../domain/meetings';

export type EntryType = 'due' | 'planned' | 'meeting' | 'record';

export interface CalendarEntry {
  type: EntryType;
  title: string;
  kind: DutyKind;
  /** For due dates: the period's status; a due date on a day off is flagged. */
  status?: ComplianceStatus;
  onHoliday?: boolean;
  ref?: string;
}

/**
 * Due dates from the year's compliance view; held meetings and records of the shown weeks (the
 * evidence); planned meetings (计划, e.g. from 安排全年), which are not evidence yet.
 */
export function entriesByDate(view: ComplianceView | null, evidence: readonly EvidenceItem[], meetings: readonly MeetingSummary[] = []): Map<string, CalendarEntry[]> {
  const map = new Map<string, CalendarEntry[]>();
  const add = (date: string, e: CalendarEntry) => {
    const list = map.get(date);
    if (list) list.push(e);
    else map.set(date, [e]);
  };
  for (const d of view?.result.duties ?? []) {
    for (const p of d.periods) {
      const info = dayInfo(p.due);
      add(p.due, { type: 'due', title: `${d.title}（${p.label}）到期 ${figureOf(p)}`, kind: d.kind, status: p.status, onHoliday: !info.isWorkday });
    }
  }
  for (const m of meetings) {
    if (m.status === 'planned' && !m.deletedAt) add(m.date, { type: 'planned', title: `${m.displayName}（计划）`, kind: m.evidenceKind as DutyKind, ref: `meeting:${m.id}` });
  }
  for (const e of evidence) add(e.date, { type: e.source, title: e.title, kind: e.kind, ref: e.ref });
  return map;
}

export interface CalendarDay {
  date: string;
  inMonth: boolean;
  info: DayInfo;
}

/** Monday-first weeks covering the month ('YYYY-MM'), or the one week containing `date`. */
export function daysOf(mode: 'month' | 'week', anchor: string): CalendarDay[] {
  const start = mode === 'month' ? `${anchor.slice(0, 7)}-01` : anchor;
  const first = addDays(start, 1 - weekdayMondayFirst(start));
  const count = mode === 'week' ? 7 : Math.ceil((weekdayMondayFirst(start) - 1 + daysInMonthOf(start)) / 7) * 7;
  return Array.from({ length: count }, (_v, i) => {
    const date = addDays(first, i);
    return { date, inMonth: mode === 'week' || date.slice(0, 7) === anchor.slice(0, 7), info: dayInfo(date) };
  });
}

function daysInMonthOf(firstOfMonth: string): number {
  let n = 28;
  while (addDays(firstOfMonth, n).slice(0, 7) === firstOfMonth.slice(0, 7)) n++;
  return n;
}
