import { describe, expect, it } from 'vitest';
import { FREQUENCIES } from '../../../shared/domain/duties';
import {
  addDays,
  daysBetween,
  findPeriod,
  formatChineseDate,
  formatChineseMonthDay,
  isLeapYear,
  isValidIsoDate,
  monthsTouched,
  parseDeadline,
  periodsOfYear,
  weekdayMondayFirst,
} from '../../../shared/dates/periods';

describe('date helpers', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    // 2022-03-27 is the EU DST switch; UTC arithmetic must not lose an hour-day.
    expect(addDays('2022-03-26', 2)).toBe('2022-03-28');
  });

  it('counts days signed', () => {
    expect(daysBetween('2022-01-01', '2022-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2022-03-10', '2022-03-01')).toBe(-9);
  });

  it('knows leap years and validates dates strictly', () => {
    expect([1900, 2000, 2022, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2022-02-29')).toBe(false);
    expect(isValidIsoDate('2022-3-5')).toBe(false);
  });

  it('formats in Chinese and numbers weekdays Monday = 1', () => {
    expect(formatChineseDate('2022-03-05')).toBe('2022年3月5日');
    expect(formatChineseMonthDay('2022-10-01')).toBe('10月1日');
    expect(weekdayMondayFirst('2022-01-03')).toBe(1); // Monday
    expect(weekdayMondayFirst('2022-01-01')).toBe(6); // Saturday
    expect(weekdayMondayFirst('2022-01-02')).toBe(7); // Sunday
    expect(weekdayMondayFirst('1969-12-31')).toBe(3); // before the epoch too
  });

  it('counts touched months', () => {
    expect(monthsTouched('2022-07-01', '2022-12-31')).toBe(6);
    expect(monthsTouched('2022-06-30', '2022-12-31')).toBe(7);
    expect(monthsTouched('2022-03-15', '2022-03-16')).toBe(1);
  });

  it('parses MM-DD deadlines, clamping Feb 29 in common years', () => {
    expect(parseDeadline(2022, '03-31')).toBe('2022-03-31');
    expect(parseDeadline(2022, '6-30')).toBe('2022-06-30');
    expect(parseDeadline(2022, '02-29')).toBe('2022-02-28');
    expect(parseDeadline(2024, '02-29')).toBe('2024-02-29');
    expect(parseDeadline(2022, '04-31')).toBeNull();
    expect(parseDeadline(2022, '年底')).toBeNull();
  });
});

describe('periodsOfYear', () => {
  it('tiles the whole year without gaps or overlaps for every frequency', () => {
    for (const year of [2021, 2022, 2023, 2024, 2026]) {
      for (const f of FREQUENCIES) {
        const periods = periodsOfYear(year, f);
        expect(periods[0]?.start).toBe(`${year}-01-01`);
        expect(periods.at(-1)?.end).toBe(`${year}-12-31`);
        for (let i = 1; i < periods.length; i++) {
          expect(addDays(periods[i - 1]!.end, 1)).toBe(periods[i]!.start);
        }
        expect(new Set(periods.map((p) => p.key)).size).toBe(periods.length);
      }
    }
  });

  it('ends months on the right day, February included', () => {
    const m2022 = periodsOfYear(2022, 'month');
    const m2024 = periodsOfYear(2024, 'month');
    expect(m2022).toHaveLength(12);
    expect(m2022[1]).toEqual({ key: '2022-02', label: '2月', start: '2022-02-01', end: '2022-02-28' });
    expect(m2024[1]?.end).toBe('2024-02-29');
    expect(m2022.map((p) => p.end.slice(8))).toEqual(['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31']);
  });

  it('builds quarters, half years, two-month blocks and the whole year', () => {
    expect(periodsOfYear(2022, 'quarter')).toEqual([
      { key: '2022-Q1', label: '第一季度', start: '2022-01-01', end: '2022-03-31' },
      { key: '2022-Q2', label: '第二季度', start: '2022-04-01', end: '2022-06-30' },
      { key: '2022-Q3', label: '第三季度', start: '2022-07-01', end: '2022-09-30' },
      { key: '2022-Q4', label: '第四季度', start: '2022-10-01', end: '2022-12-31' },
    ]);
    expect(periodsOfYear(2022, 'halfyear').map((p) => [p.key, p.label, p.end])).toEqual([
      ['2022-H1', '上半年', '2022-06-30'],
      ['2022-H2', '下半年', '2022-12-31'],
    ]);
    expect(periodsOfYear(2024, '2months')[0]).toEqual({ key: '2024-B1', label: '1—2月', start: '2024-01-01', end: '2024-02-29' });
    expect(periodsOfYear(2022, 'year')).toEqual([{ key: '2022', label: '全年', start: '2022-01-01', end: '2022-12-31' }]);
    expect(periodsOfYear(2022, 'once')).toEqual(periodsOfYear(2022, 'year'));
  });

  it('uses Monday-first ISO weeks clipped to the year', () => {
    const w2022 = periodsOfYear(2022, 'week');
    // 2022-01-01 is a Saturday: its days belong to ISO 2021-W52, kept here as W00.
    expect(w2022[0]).toMatchObject({ key: '2022-W00', start: '2022-01-01', end: '2022-01-02' });
    expect(w2022[1]).toMatchObject({ key: '2022-W01', label: '第1周（1月3日—1月9日）', start: '2022-01-03', end: '2022-01-09' });
    expect(w2022.at(-1)).toMatchObject({ key: '2022-W52', start: '2022-12-26', end: '2022-12-31' });
    // 2024 starts on a Monday and its last two days are ISO 2025-W01, kept as W53.
    const w2024 = periodsOfYear(2024, 'week');
    expect(w2024[0]).toMatchObject({ key: '2024-W01', start: '2024-01-01', end: '2024-01-07' });
    expect(w2024.at(-1)).toMatchObject({ key: '2024-W53', start: '2024-12-30', end: '2024-12-31' });
    for (const w of w2022.slice(1, -1)) expect(weekdayMondayFirst(w.start)).toBe(1);
  });

  it('always has 26 two-week periods, absorbing the stub weeks', () => {
    for (const year of [2020, 2022, 2024]) expect(periodsOfYear(year, '2weeks')).toHaveLength(26);
    const f2022 = periodsOfYear(2022, '2weeks');
    expect(f2022[0]).toMatchObject({ key: '2022-F01', start: '2022-01-01', end: '2022-01-16' });
    expect(f2022[1]).toMatchObject({ start: '2022-01-17', end: '2022-01-30' });
    expect(periodsOfYear(2024, '2weeks').at(-1)).toMatchObject({ start: '2024-12-16', end: '2024-12-31' });
  });

  it('turns a deadline into one period from Jan 1, whatever the frequency', () => {
    expect(periodsOfYear(2022, 'once', { deadline: '03-31' })).toEqual([
      { key: '2022-D0331', label: '3月31日前', start: '2022-01-01', end: '2022-03-31' },
    ]);
    expect(periodsOfYear(2022, 'quarter', { deadline: '12-31' })).toHaveLength(1);
    expect(periodsOfYear(2022, 'quarter', { deadline: 'bad' })).toHaveLength(4);
  });

  it('finds the period containing a date, ends inclusive', () => {
    const months = periodsOfYear(2022, 'month');
    expect(findPeriod(months, '2022-03-31')?.key).toBe('2022-03');
    expect(findPeriod(months, '2022-04-01')?.key).toBe('2022-04');
    expect(findPeriod(months, '2023-01-01')).toBeUndefined();
  });
});
