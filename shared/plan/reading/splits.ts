// Splits one clause's draft into a duty for each act, meeting, date or affair it names.

import type { DutyKind } from '../../domain/duties';
import { FREQUENCY_LABELS } from '../../domain/duties';
import { stripFillers, stripMarks } from './marks';
import { ACTION_VERB } from './acts';
import { findCount, NUM, readFrequency } from './frequency';
import { type Deadline, deadlineFits, deadlinesOf, MONTHS_EACH_RE, MONTHS_LIST_RE, REPORT_PARTS_RE } from './deadlines';
import { kindOf, KINDS } from './kinds';
import { type Draft, noteOf } from './drafts';

/**
 * A yearly act due on two or more dates ("于7月10日前和12月20日前分别向县委报送上半年和全年落实情况报告") is
 * one piece per date: a single duty would be 已完成 on the July report alone. `count` is the clause's
 * count of the act (1 when it names none, or as many as the dates).
 */
export function splitDeadlines(d: Draft, dates: Deadline[] = deadlinesOf(d.source)): Draft[] {
  if (dates.length < 2 || !deadlineFits(d.frequency) || (d.minCount !== 1 && d.minCount !== dates.length)) return [d];
  const parts = REPORT_PARTS_RE.exec(d.source);
  const names = parts ? parts[1]!.split(/[和及与、]/) : [];
  const verb = /报送|上报|呈报|提交|报告|汇报/.exec(d.source)?.[0] ?? '';
  const action = KINDS.find((k) => k.kind === d.kind)?.action ?? '';
  return dates.map((date) => {
    const i = dates.indexOf(date);
    const title = names.length === dates.length ? `${date.phrase}${verb}${names[i]}${parts![2]}` : `${date.phrase}${action || actAfterMonths(d.source) || d.title}`;
    return { ...d, minCount: 1, deadline: date.date, title, ...(noteOf(d.note, date.note) ? { note: noteOf(d.note, date.note) } : {}) };
  });
}

/** "每年6月、12月集中开展两次发展对象培训" → "集中开展发展对象培训": the act, for each month's title. */
function actAfterMonths(source: string): string {
  const m = MONTHS_LIST_RE.exec(source) ?? MONTHS_EACH_RE.exec(source);
  if (!m) return '';
  // MONTHS_EACH_RE's second form ("每年6月和12月") holds the months in its second group.
  return source.slice(m.index + (m[1] ?? m[2] ?? '').length).replace(/^(?:分别|各)/, '').replace(new RegExp(`(?:${NUM})次`), '').replace(/[，。；].*$/, '');
}

/**
 * "召开民主生活会和组织生活会" names two meetings in one clause: one duty each, titled by the
 * action, since the clause's words would title both alike.
 */
export function splitLifeMeetings(d: Draft): Draft[] {
  if (d.kind !== 'democratic-life-meeting' || !/组织生活会/.test(d.source)) return [d];
  const when = d.deadline ? '' : FREQUENCY_LABELS[d.frequency];
  return (['democratic-life-meeting', 'organizational-life-meeting'] as const).map((kind) => ({
    ...d,
    kind,
    title: when + KINDS.find((k) => k.kind === kind)!.action,
  }));
}

/** "党务、村务一般每半年公开一次": each affair has its own contents and its own board, so its own proof. */
const AFFAIRS = '(?:党务|村务|居务|财务|政务|校务|院务|厂务)';
const PUBLISHED_AFFAIRS_RE = new RegExp(`(${AFFAIRS}(?:(?:[、和及与]|以及)${AFFAIRS})+)[^，。；]{0,10}?公开`);
export function splitAffairs(d: Draft): Draft[] {
  const m = PUBLISHED_AFFAIRS_RE.exec(d.source);
  if (!m || d.kind !== 'other') return [d];
  const when = d.deadline ? '' : FREQUENCY_LABELS[d.frequency];
  return m[1]!.split(/[、和及与]|以及/).map((affair) => ({ ...d, title: `${when}${affair}公开` }));
}

/** Meetings a clause may name side by side, with the kind each is proven as. */
const MEETINGS: { name: string; kind: DutyKind }[] = [
  { name: '(?:党?支部|党总支|总支)?委员会(?:会议)?|支委会(?:议)?|党委会(?:议)?|党组会(?:议)?', kind: 'party-group-meeting' },
  // "党支部会" (a village's word for its members' or groups' meeting) is not its 委员会.
  { name: '党小组会(?:议)?|党?支部会(?:议)?', kind: 'other' },
  { name: '(?:支部)?党员大会|支部大会|党委大会', kind: 'other' },
  { name: '党课', kind: 'party-lecture' },
];
const MEETING_NAME = MEETINGS.map((m) => m.name).join('|');
const JOINED_MEETINGS_RE = new RegExp(`(?:^|[^\\u4e00-\\u9fa5]|党支部|支部)((?:${MEETING_NAME})(?:(?:[和、及与]|以及)(?:${MEETING_NAME}))+)(?=[^，。；]*?(?:召开|举行|开展|进行|一次|${NUM}次))`);

/** "支部委员会和党小组会每月召开一次": one duty for each meeting named, at the same quantity. */
export function splitJoinedMeetings(d: Draft): Draft[] {
  const m = JOINED_MEETINGS_RE.exec(stripFillers(stripMarks(d.source)));
  if (!m) return [d];
  const names = m[1]!.split(/[和、及与]|以及/).filter(Boolean);
  const kinds = names.map((n) => MEETINGS.find((k) => new RegExp(`^(?:${k.name})$`).test(n))?.kind);
  if (kinds.some((k) => !k) || !kinds.includes(d.kind)) return [d];
  const when = d.deadline ? '' : FREQUENCY_LABELS[d.frequency];
  return names.map((name, i) => ({ ...d, kind: kinds[i]!, title: `${when}召开${name}` }));
}

/** "每季度一次支委会、一次支部大会": each act of the list has its own count, in the period said once. */
const COUNTED_LIST_RE = new RegExp(`(${NUM}次)((?:(?![、和及与，。；]|${NUM}次).){2,12}?)(?:[、和及与]|以及)(${NUM}次)([^、和及与，。；]{2,12})$`);

export function splitCounted(d: Draft): Draft[] {
  const m = COUNTED_LIST_RE.exec(d.source);
  if (!m) return [d];
  const entries = [[m[1]!, m[2]!], [m[3]!, m[4]!]] as const;
  const kinds = entries.map(([, name]) => kindOf(name) ?? (ACTION_VERB.test(name) || /会|活动|评议/.test(name) ? 'other' : null));
  if (kinds.some((k) => k === null) || !kinds.includes(d.kind)) return [d];
  const when = m.index > 0 ? d.source.slice(0, m.index).replace(/^.*?(每)/, '$1') : '';
  return entries.map(([count, name], i) => ({ ...d, kind: kinds[i]!, minCount: (findCount(count)?.n ?? 1) * (readFrequency(d.source)?.factor ?? 1), title: `${when}${count}${name}` }));
}

/** "落实每季度一次的党课、党员培训等制度": one duty per activity the frequency is given for. */
const ACTIVITY_LIST_RE = /(每[^，。；的]{1,4}?(?:[一二两三四五六七八九十\d]+次)?)的([^，。；]+?)等?(?:制度|活动|工作)?$/;

/** "每季度一次的专题研讨", "半年一次总结汇报": an entry of the list with a period of its own. */
const OWN_PERIOD_RE = new RegExp(`^(.*?(?:${NUM}\\s*次))的?(.+)$`);

export function splitActivities(d: Draft): Draft[] {
  const m = ACTIVITY_LIST_RE.exec(d.source);
  const names = m ? m[2]!.split('、').filter((n) => n.length >= 2) : [];
  if (names.length < 2) return [d];
  // "每月一次的集中学习、每季度一次的专题研讨、半年一次总结汇报": each entry keeps its own period.
  let when = { text: m![1]!, frequency: d.frequency, minCount: d.minCount };
  return names.map((entry) => {
    const own = OWN_PERIOD_RE.exec(entry);
    const reading = own ? readFrequency(own[1]!) : null;
    if (own && reading) when = { text: own[1]!, frequency: reading.frequency, minCount: (findCount(own[1]!)?.n ?? 1) * reading.factor };
    const name = own && reading ? own[2]! : entry;
    return { ...d, kind: kindOf(name) ?? 'other', frequency: when.frequency, minCount: when.minCount, title: `${when.text}${name}` };
  });
}

/**
 * "实行每周五群众事务代办日、每月5日领导干部基层走访日、每月15日基层民主议事日": a list of fixed days,
 * each with a period of its own, is one duty per day.
 */
export function splitPeriodEntries(d: Draft): Draft[] {
  const own = splitOwnPeriods(d);
  if (own) return own;
  const from = d.source.indexOf('每');
  if (from < 0) return [d];
  const entries = d.source.slice(from).split('、').map((e) => e.trim());
  if (entries.length < 2 || !entries.every((e) => /^每/.test(e))) return [d];
  const read = entries.map((e) => ({ entry: e, reading: readFrequency(e) }));
  if (read.some((r) => !r.reading)) return [d];
  return read.map(({ entry, reading }) => ({
    ...d,
    kind: kindOf(entry) ?? 'other',
    title: entry.replace(/\s+/g, '').replace(/(?:等)?(?:制度|机制)$/, ''),
    // "领导干部基层走访日": each leader visits on that day.
    scope: /领导干部|班子成员/.test(entry) ? 'each-member' : d.scope,
    frequency: reading!.frequency,
    minCount: (findCount(entry)?.n ?? 1) * reading!.factor,
  }));
}

/** "全年召开支委会议12次、退休党员大会4次": each act of the list with its count after it. */
const COUNTED_AFTER_RE = new RegExp(`^(.*?)([\\u4e00-\\u9fa5]{2,10}?)(${NUM})次[、和及与]([\\u4e00-\\u9fa5]{2,10}?)(${NUM})次$`);

export function splitCountedAfter(d: Draft): Draft[] {
  const m = COUNTED_AFTER_RE.exec(d.source.replace(/\s+/g, ''));
  if (!m) return [d];
  const entries = [[m[2]!, m[3]!], [m[4]!, m[5]!]] as const;
  const kinds = entries.map(([name]) => kindOf(name) ?? (/会|活动|培训|党课/.test(name) ? 'other' : null));
  const counts = entries.map(([, n]) => findCount(`${n}次`)?.n ?? null);
  if (kinds.some((k) => k === null) || counts.some((n) => n === null) || !kinds.includes(d.kind)) return [d];
  const when = m[1]!.replace(/(?:召开|开展|组织|举行)$/, '');
  return entries.map(([name, n], i) => ({ ...d, kind: kinds[i]!, minCount: counts[i]!, title: `${when}${name}${n}次` }));
}

/**
 * "原则上支部大会每季度一次、支委会和党小组会每月召开一次": entries of a list, each naming its meetings and its
 * own period, are read one by one (each may still name several meetings).
 */
function splitOwnPeriods(d: Draft): Draft[] | null {
  const parts = d.source.split('、');
  if (parts.length < 2) return null;
  // Rejoin pieces that carry no period of their own ("支委会和党小组会" stays with "每月召开一次").
  const entries: string[] = [];
  for (const p of parts) {
    if (entries.length > 0 && !readFrequency(entries[entries.length - 1]!)) entries[entries.length - 1] += `、${p}`;
    else entries.push(p);
  }
  const readings = entries.map((e) => readFrequency(e));
  if (entries.length < 2 || readings.some((r) => !r) || new Set(readings.map((r) => r!.frequency)).size < 2) return null;
  // Each entry names its meetings before its period ("支部大会每季度一次"), not a list of periods ("每月一次的集中学习").
  const named = entries.map((e) => stripFillers(e).split('每')[0]!);
  const kinds = named.map((n) => kindOf(n) ?? (/会|党课/.test(n) ? 'other' : null));
  if (kinds.some((k) => k === null)) return null;
  let at = d.start;
  return entries.map((entry, i) => {
    const start = at;
    at += entry.length + 1;
    return { ...d, kind: kinds[i]!, title: stripFillers(entry), frequency: readings[i]!.frequency, minCount: (findCount(entry)?.n ?? 1) * readings[i]!.factor, source: entry, start, end: start + entry.length };
  });
}
