import { describe, expect, it } from 'vitest';
import { dayInfo } from '../../../shared/dates/holidays';

describe('dayInfo', () => {
  it('marks 国庆节 as a holiday', () => {
    expect(dayInfo('2022-10-01')).toEqual({ isHoliday: true, isWorkday: false, name: '国庆节', isAdjustedWorkday: false });
    expect(dayInfo('2022-10-07').isHoliday).toBe(true);
  });

  it('marks the 调休 Saturday after 国庆节 as a working day', () => {
    expect(dayInfo('2022-10-08')).toEqual({ isHoliday: false, isWorkday: true, name: '国庆节', isAdjustedWorkday: true });
  });

  it('treats ordinary weekdays and weekends plainly, leap day included', () => {
    expect(dayInfo('2024-02-29')).toEqual({ isHoliday: false, isWorkday: true, name: null, isAdjustedWorkday: false });
    expect(dayInfo('2022-03-05')).toEqual({ isHoliday: false, isWorkday: false, name: null, isAdjustedWorkday: false });
  });

  it('knows 春节 and 元旦', () => {
    expect(dayInfo('2022-02-01')).toMatchObject({ isHoliday: true, name: '春节' });
    expect(dayInfo('2022-01-29')).toMatchObject({ isWorkday: true, isAdjustedWorkday: true, name: '春节' });
    expect(dayInfo('2022-01-03')).toMatchObject({ isHoliday: true, name: '元旦' });
  });

  it('rejects malformed dates', () => {
    expect(() => dayInfo('2022-13-01')).toThrow(RangeError);
  });
});
