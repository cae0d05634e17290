import { describe, expect, it } from 'vitest';
import { durationIn, figureOf, proratedAmount, timeNeedOf, unstatedText } from '../../../shared/compliance/time-duties';

describe('duties measured in time', () => {
  it('a days or 学时 duty needs its amount; a counted duty needs none', () => {
    expect(timeNeedOf({ measure: 'days', amount: 12 })).toEqual({ measure: 'days', amount: 12 });
    expect(timeNeedOf({ measure: 'hours', amount: 40 })).toEqual({ measure: 'hours', amount: 40 });
    expect(timeNeedOf({ measure: 'count', amount: null })).toBeNull();
    expect(timeNeedOf({ measure: 'days', amount: null })).toBeNull();
    expect(timeNeedOf({})).toBeNull();
  });
  it('days and 学时 are never converted: a record with only days adds nothing to a 学时 duty', () => {
    expect(durationIn({ durationDays: 1.5 }, 'days')).toBe(1.5);
    expect(durationIn({ durationDays: 1.5 }, 'hours')).toBeNull();
    expect(durationIn({ durationDays: null, durationHours: 4 }, 'hours')).toBe(4);
    expect(durationIn({}, 'days')).toBeNull();
  });
  it('a partial term owes a share of the time, rounded up to half a unit', () => {
    expect(proratedAmount(12, 12, 12)).toBe(12);
    expect(proratedAmount(12, 5, 12)).toBe(5);
    expect(proratedAmount(5, 1, 12)).toBe(0.5);
    expect(proratedAmount(20, 7, 12)).toBe(12); // 11.67 → 12
    expect(proratedAmount(0, 7, 12)).toBe(0);
  });
  it('figures carry their unit, counts stay as they were', () => {
    expect(figureOf({ done: 8.5, required: 12, measure: 'days' })).toBe('8.5/12 天');
    expect(figureOf({ done: 30, required: 40, measure: 'hours' })).toBe('30/40 学时');
    expect(figureOf({ done: 3, required: 4 })).toBe('3/4');
    expect(unstatedText(2, 'days')).toBe('2 条记录未填时长（天），未计入');
    expect(unstatedText(0, 'days')).toBe('');
  });
});
