import { describe, expect, it } from 'vitest';
import { requiredEvents } from '../../../shared/compliance/time-duties';

describe('duties measured in time, before records carry durations', () => {
  it('a 12-day study duty needs 12 records, not one', () => {
    expect(requiredEvents({ minCount: 1, measure: 'days', amount: 12 })).toBe(12);
    expect(requiredEvents({ minCount: 1, measure: 'hours', amount: 7.5 })).toBe(8);
  });
  it('counted duties keep their count', () => {
    expect(requiredEvents({ minCount: 2, measure: 'count', amount: null })).toBe(2);
    expect(requiredEvents({ minCount: 3 })).toBe(3);
    expect(requiredEvents({ minCount: 20, measure: 'days', amount: 5 })).toBe(20);
  });
});
