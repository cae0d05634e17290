import { describe, expect, it } from 'vitest';
import { daysOf, entriesByDate } from '../../../shared/calendar/entries';
import type { MeetingSummary } from '../../../shared/domain/meetings';

const meeting = (id: number, date: string, status: MeetingSummary['status'], deletedAt: string | null = null) =>
  ({ id, date, status, deletedAt, displayName: `2022年第${id}次党组会议`, evidenceKind: 'party-group-meeting' }) as MeetingSummary;

describe('calendar entries', () => {
  it('shows planned meetings as 计划 on their day, apart from held ones (those come as evidence) and never deleted or cancelled ones', () => {
    const map = entriesByDate(
      null,
      [{ source: 'meeting', ref: 'meeting:2', date: '2022-03-10', title: '2022年第2次党组会议', kind: 'party-group-meeting' } as never],
      [meeting(1, '2022-03-15', 'planned'), meeting(2, '2022-03-10', 'held'), meeting(3, '2022-03-16', 'cancelled'), meeting(4, '2022-03-17', 'planned', '2022-03-01T00:00:00Z')],
    );
    expect(map.get('2022-03-15')).toEqual([{ type: 'planned', title: '2022年第1次党组会议（计划）', kind: 'party-group-meeting', ref: 'meeting:1' }]);
    expect(map.get('2022-03-10')!.map((e) => e.type)).toEqual(['meeting']);
    expect(map.has('2022-03-16')).toBe(false);
    expect(map.has('2022-03-17')).toBe(false);
  });

  it('lays out May 2022 (starting on a Sunday) as six Monday-first weeks', () => {
    const days = daysOf('month', '2022-05-01');
    expect(days).toHaveLength(42);
    expect([days[0]!.date, days[41]!.date]).toEqual(['2022-04-25', '2022-06-05']);
  });
});
