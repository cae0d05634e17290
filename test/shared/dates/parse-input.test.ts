import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../../shared/dates/parse-input';
import { asOfIn, defaultDateIn, firstWorkdayOf, otherYearQuestion } from '../../../shared/dates/working-year';

describe('dates typed as people type them', () => {
  it.each(['2022-03-15', '2022/3/15', '2022.3.15', '20220315', '2022年3月15日', '2022-3-15', ' 2022 年 3 月 15 日 ', '２０２２－０３－１５', '2022年03月15号'])('keeps %s as 2022-03-15', (t) => {
    expect(parseDateInput(t)).toEqual({ ok: true, date: '2022-03-15' });
  });

  it('treats empty text as no date', () => {
    expect(parseDateInput('  ')).toEqual({ ok: true, date: null });
  });

  it.each([
    ['三月十五', /无法识别日期“三月十五”/],
    ['2022-3', /无法识别/],
    ['15/3/2022', /无法识别/],
    ['2022-02-30', /没有这一天/],
    ['20221315', /没有这一天/],
  ])('refuses %s with a message instead of guessing', (t, msg) => {
    const r = parseDateInput(t);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(msg);
  });
});

describe('dates of the working year', () => {
  it('starts new records today in the current year, else on the first working day', () => {
    expect(defaultDateIn(2026, '2026-12-03')).toBe('2026-12-03');
    expect(firstWorkdayOf(2022)).toBe('2022-01-04'); // 1–3 January 2022 were 元旦 days off
    expect(defaultDateIn(2022, '2026-12-03')).toBe('2022-01-04');
  });

  it('looks at a past year as of its last day and a future one as of its first', () => {
    expect(asOfIn(2022, '2026-12-03')).toBe('2022-12-31');
    expect(asOfIn(2027, '2026-12-03')).toBe('2027-01-01');
    expect(asOfIn(2026, '2026-12-03')).toBe('2026-12-03');
  });

  it('asks before saving a date of another year', () => {
    expect(otherYearQuestion('2023-01-05', 2022)).toBe('该日期属于2023年度，仍要保存吗？');
    expect(otherYearQuestion('2022-12-31', 2022)).toBeNull();
  });
});
