// Reads the dates a clause sets (deadlines, months named, a day of each month) and how a draft keeps them.

import type { Frequency } from '../../domain/duties';
import { FREQUENCY_LABELS } from '../../domain/duties';
import { parseNumeral } from '../numerals';
import { ACTION_VERB } from './acts';
import { NAMED_QUARTERS_RE, NUM } from './frequency';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number): string => String(n).padStart(2, '0');
/** "03-31": the last day of a month (February ends on the 28th). */
export const monthEnd = (month: number): string => `${pad(month)}-${pad(DAYS_IN_MONTH[month - 1]!)}`;
// "去年底" is past, not a deadline.
export const DEADLINE_RE = new RegExp(`(${NUM})月(?:(底|末)前?|(${NUM})日(?:之|以)?前)|(?<![去上前])(?:年底|年末|年终)(前|之前)?|(?<![去上前])(年初)|(?<![一二两三四五几多\\d近])年内(?=(?:完成|开展|组织|实现|召开|举办|进行|对))|(?<![每\\d])(${NUM})月([上中下])旬`);
/** "年终进行评估" is due at year end; "年末党员组织生活会之前" names a meeting, and the talk is timed by it. */
// "年底做好检查评比工作": a 做好 before the act is still the act.
// "5月份要召开1次支委会": a 要/应/须 before the act is still the act.
const ACT_START = new RegExp(`^(?:要|应|须|必须|将)?(?:做好|抓好|搞好)?(?:${ACTION_VERB.source})`);
// "年底根据其表现进行民主评议定级": the act after what it is based on.
const yearEndAct = (after: string): boolean => /^(?:[,，、]|$|完成|形成|向)/.test(after) || ACT_START.test(after) || /^(?:根据|按照|结合|依据)[^，。；]{0,30}?(?:进行|开展|组织|召开)/.test(after);
/** "上半年召开一次推进会" (by 30 June), "于每年1月向县委报告" (by the month's end): a period named before the act. */
const HALF_OR_MONTH_RE = new RegExp(`(?<![去今明前])(上半年|下半年)|(?<![每\\d一二三四五六七八九十个第])(${NUM})月份?(?:[上中下]旬)?(?:内|前)?`, 'g');
// A deadline in a given year ("2022年6月底前") happens once; without a year it recurs.
export const EXPLICIT_YEAR_RE = /(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年/;
/** "每月28日前上报": a monthly duty due by a day of each month. */
const MONTH_DAY_RE = new RegExp(`每(?:个)?月(${NUM})日(?:之|以)?前`);

export interface Deadline {
  /** "MM-DD"; null for a day of the next year ("次年1月15日前"), which no period of this year ends on. */
  date: string | null;
  /** The words of the text, e.g. "3月底前", for titles. */
  phrase: string;
  note?: string;
}

/** "3月底前" → "03-31", "12月20日前" → "12-20", "年底前"/"年终" → "12-31", "年初" → "03-31" (February ends on the 28th). */
/** "“七一”前夕召开支部大会": before a fixed day of every year, so by the day before it. */
const BEFORE_DAY_RE = /[“"「]?(七一|七·一|国庆节?|元旦)[”"」]?(?:前夕|之前|前)/;
const DAY_BEFORE: Record<string, string> = { 七一: '06-30', '七·一': '06-30', 国庆: '09-30', 国庆节: '09-30', 元旦: '12-31' };

export function findDeadline(s: string): Deadline | null {
  const m = DEADLINE_RE.exec(s);
  const fixedDay = m ? null : BEFORE_DAY_RE.exec(s);
  if (fixedDay) return { date: DAY_BEFORE[fixedDay[1]!]!, phrase: fixedDay[0] };
  if (!m) return periodBeforeAct(s);
  // "安排在…之前进行": timed by another event, not by a date.
  if (/安排在[^，。；]*(?:之前|以前)/.test(s)) return null;
  if (m[5]) return { date: '03-31', phrase: m[0], note: '原文为“年初”，按3月31日前计' };
  // "12月下旬召开述职评议会议": by the end of that part of the month.
  if (m[6]) {
    const month = parseNumeral(m[6]);
    if (month === null || month < 1 || month > 12) return null;
    return { date: m[7] === '下' ? monthEnd(month) : `${pad(month)}-${m[7] === '上' ? '10' : '20'}`, phrase: m[0] };
  }
  if (m[0] === '年内') return { date: '12-31', phrase: m[0] };
  if (m[1] === undefined) return m[4] || yearEndAct(s.slice(m.index + m[0].length)) ? { date: '12-31', phrase: m[0] } : null;
  // "每月28日前" is a day of every month, not a date of the year.
  if (MONTH_DAY_RE.test(s)) return null;
  const month = parseNumeral(m[1]);
  if (month === null || month < 1 || month > 12) return null;
  const day = m[2] ? DAYS_IN_MONTH[month - 1]! : parseNumeral(m[3] ?? '');
  if (day === null || day < 1 || day > 31) return null;
  const next = NEXT_YEAR_RE.exec(s.slice(0, m.index));
  if (next) return { date: null, phrase: next[0] + m[0], note: `原文“${next[0]}${m[0]}”是下一年的日期，未作为截止日期` };
  return { date: `${pad(month)}-${pad(day)}`, phrase: m[0] };
}
const NEXT_YEAR_RE = /(?:次年|翌年|来年|下一?年度?)$/;

/**
 * "于7月10日前和12月20日前分别报送上半年和全年情况报告": two dates of one act, each its own piece. Only
 * dates joined by 和/及/、 or said to be 分别/各 apply one each; "3月底前制定，12月底前总结" are two clauses.
 */
const DEADLINE_ALL_RE = new RegExp(DEADLINE_RE.source, 'g');
export function deadlinesOf(s: string): Deadline[] {
  const found: Deadline[] = [];
  for (const m of s.matchAll(DEADLINE_ALL_RE)) {
    const d = findDeadline((NEXT_YEAR_RE.exec(s.slice(0, m.index))?.[0] ?? '') + s.slice(m.index));
    if (d && d.phrase.endsWith(m[0]) && !found.some((f) => f.phrase === d.phrase)) found.push(d);
  }
  if (found.length === 0) return monthsEach(s);
  if (found.length < 2) return found;
  const joined = /分别|各/.test(s) || found.slice(1).every((d, i) => new RegExp(`${escapeRe(found[i]!.phrase)}[和及与、]${escapeRe(d.phrase)}`).test(s.replace(/于|在/g, '')));
  return joined ? found : found.slice(0, 1);
}
/** "6月和11月分别开展一次督查": the act in each month named, due by that month's end. */
// "于每年4月、10月、12月收集检查": months of every year named for the act, one in each.
export const MONTHS_EACH_RE = new RegExp(`(?<![\\d每第])(${NUM}月份?(?:(?:[和及与、]|以及)${NUM}月份?)+)(?:分别|各)|(?<=每年的?)(${NUM}月份?(?:(?:[和及与、]|以及)${NUM}月份?)+)(?![份底末前中上下初]|\\d|${NUM}日)`);
// "每年6月、12月集中开展两次发展对象培训": as many times as months named, one in each.
export const MONTHS_LIST_RE = new RegExp(`(?<![\\d每第])(${NUM}月份?(?:(?:[和及与、]|以及)${NUM}月份?)+)(?![份底末前中上下初]|\\d|${NUM}日)[^，。；]{0,16}?(${NUM})次`);
export function monthsEach(s: string): Deadline[] {
  const list = MONTHS_LIST_RE.exec(s);
  const m = MONTHS_EACH_RE.exec(s) ?? (list && parseNumeral(list[2]!) === list[1]!.split(/[和及与、]|以及/).length ? list : null);
  if (!m) return [];
  const months = (m[1] ?? m[2]!).split(/[和及与、]|以及/).map((w) => ({ phrase: w, month: parseNumeral(w.replace(/月份?$/, '')) }));
  if (months.some(({ month }) => month === null || month < 1 || month > 12)) return [];
  return months.map(({ phrase, month }) => ({ date: `${pad(month!)}-${pad(DAYS_IN_MONTH[month! - 1]!)}`, phrase }));
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "上半年和全年", "一季度、三季度": which report each of the dates is for, in order. */
const REPORT_PART = '(?:上半年|下半年|全年|年度|第?[一二三四1-4]季度)';
export const REPORT_PARTS_RE = new RegExp(`(${REPORT_PART}(?:[和及与、]${REPORT_PART})+)([\u4e00-\u9fa5]{0,10})`);

/** "第一季度制定…清单": by the end of the quarter named. */
const QUARTER_BEFORE_ACT_RE = /(?<![每各、和及与])第?([一二三四1-4])季度(?:内|末|前|底前)?(?=[^，。；]{0,2}?(?:制定|印发|完成|召开|开展|组织|报送|上报|提交|形成|出台|举办|进行))/;
export const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

function periodBeforeAct(s: string): Deadline | null {
  const quarter = s.includes('季度') ? QUARTER_BEFORE_ACT_RE.exec(s) : null;
  if (quarter && !NAMED_QUARTERS_RE.test(s)) return { date: QUARTER_ENDS[parseNumeral(quarter[1]!)! - 1]!, phrase: quarter[0] };
  if (!s.includes('月') && !s.includes('半年')) return null;
  for (const m of s.matchAll(HALF_OR_MONTH_RE)) {
    if (!yearEndAct(s.slice(m.index + m[0].length)) || /^[,，、]|^$/.test(s.slice(m.index + m[0].length))) continue;
    if (m[1]) return { date: m[1] === '上半年' ? '06-30' : '12-31', phrase: m[0] };
    const month = parseNumeral(m[2]!);
    if (month !== null && month >= 1 && month <= 12) return { date: `${pad(month)}-${pad(DAYS_IN_MONTH[month - 1]!)}`, phrase: m[0] };
  }
  return null;
}

export function findMonthDay(s: string): number | null {
  const m = MONTH_DAY_RE.exec(s);
  const day = m?.[1] ? parseNumeral(m[1]) : null;
  return day !== null && day >= 1 && day <= 31 ? day : null;
}

/**
 * A deadline replaces a duty's periods with one period ending on that day, which is right for a
 * yearly duty ("年度计划3月底前印发") but would drop the second half of "每半年报告…，于7月10日前
 * 报送上半年情况". On a shorter period the date stays in the note for the clerk to see.
 */
export const deadlineFits = (frequency: Frequency) => frequency === 'year' || frequency === 'once';
export const deadlineNote = (frequency: Frequency, d: Deadline) => `原文“${d.phrase}”：按${FREQUENCY_LABELS[frequency]}考核，未作为截止日期`;
