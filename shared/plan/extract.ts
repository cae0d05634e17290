// Proposes duties (DutyDraft) from a parsed plan. The user reviews every draft, so we
// prefer missing a duty to inventing one:
//  - a duty needs an explicit quantity: a frequency ("每季度", "全年"), a count ("2次",
//    "一篇") or a deadline ("3月底前"). Vague wording ("定期分析研判", "及时向县委请示
//    报告", "经常性教育") yields nothing, and we never guess a number;
//  - a clause whose activity we cannot name (kind "other") needs both a frequency and a
//    count, or a deadline;
//  - two exceptions with an implied quantity: documents to draw up (制定/印发/出台 …清单/
//    计划/方案/制度) are one deliverable per year each, and "召开民主生活会" is once a year,
//    which is what the Party rules require.

import type { DutyDraft, DutyKind } from '../domain/duties';
import { FREQUENCY_LABELS } from '../domain/duties';
import { itemTitleOf, type ParsedPlan } from './parse';
import { toSimplified } from './simplified';
import { stripFillers, stripMarks } from './reading/marks';
import { type Clause, clausesOf, unwrap } from './reading/clauses';
import { parseNumeral } from './numerals';
import { ACTION_VERB } from './reading/acts';
import { AT_LEAST_RE, COUNT_RE, findCount, FIXED_DAYS_RE, type FrequencyReading, isBareQuantity, NUM, ONE_PER_RE, ONE_SUMMARY_RE, PER_YEAR, readFrequency } from './reading/frequency';
import { type Deadline, DEADLINE_RE, monthEnd, QUARTER_ENDS, deadlineFits, deadlineNote, deadlinesOf, EXPLICIT_YEAR_RE, findDeadline, findMonthDay, monthsEach } from './reading/deadlines';
import { BODY, checksMembers, EACH_MEMBER_HINT, hasSubject, scopeOf, subjectOf, UNIT } from './reading/scope';
import { HEARS_GROUP_RE, kindOf, KINDS } from './reading/kinds';
import { findTime, timeKindOf } from './reading/time';
import { MAX_TITLE, type TitleFacts, titleOf } from './reading/titles';
import { type Draft, type ItemContext, noteOf } from './reading/drafts';
import { HEADING_TAIL_RE, headingAct, itemHeading } from './reading/headings';
import { deliverableDrafts, deliverablesIn, HAS_PLAN_RE, PERIOD_WORDS } from './reading/deliverables';
import { splitActivities, splitAffairs, splitCounted, splitCountedAfter, splitDeadlines, splitJoinedMeetings, splitLifeMeetings, splitPeriodEntries } from './reading/splits';

// ---------- extraction ----------


/** A count of written pieces (篇/份/本): a time amount beside it is not how long they last. */
const WRITTEN_COUNT_RE = new RegExp(`${NUM}\\s*(?:篇|份|本)`);

function timeDraft(clause: Clause, item: string, ctx: ItemContext): Draft | null {
  const time = findTime(clause.text);
  if (!time) return null;
  // "每季度集中学习1次，全年集中学习不少于12天": a year word in the clause itself wins over the
  // frequency of the clause before it.
  // "其余每周每人学习理论不少于三小时": the clause's own period before one of the sentence.
  const frequency = /全年|每年|年度|年内/.test(clause.text) ? (readFrequency(clause.text) ?? ({ frequency: 'year', factor: 1 } satisfies FrequencyReading)) : (readFrequency(clause.text) ?? readFrequency(clause.upTo));
  const source = clause.before[0] && !/学习|自学|调研|蹲点|走访|研讨|培训/.test(clause.text) ? clause.withPrevious : clause.text;
  const start = source === clause.text ? clause.start : item.lastIndexOf(source, clause.end);
  const unit = time.measure === 'days' ? '天' : '学时';
  const bare = stripFillers(source.slice(subjectOf(source)?.length ?? 0).replace(/^[，,、\s]+/, ''));
  const scope = scopeOf(clause, ctx.lead);
  // "保证每个教职工每月至少4小时的学习时间": each one's own time, not a session of the body (RULES §7).
  const own = scope === 'each-member' && timeKindOf(source) === 'study-group' && /学习时间|每人[^，。；]{0,4}学习/.test(source) && !/集中|中心组|研讨|专题|集体/.test(source);
  return {
    kind: own ? 'other' : timeKindOf(source),
    title: bare.length <= MAX_TITLE ? bare : `${FREQUENCY_LABELS[frequency?.frequency ?? 'year']}累计不少于${time.amount}${unit}`,
    frequency: frequency?.frequency ?? 'year',
    minCount: 1,
    measure: time.measure,
    amount: time.amount,
    scope,
    deadline: null,
    source,
    ...(noteOf(frequency?.note, time.note) ? { note: noteOf(frequency?.note, time.note) } : {}),
    start,
    end: clause.end,
  };
}

/**
 * "全年读书笔记不得低于1万字", "心得体会不少于3000字": a piece each member writes, sized in characters. The app
 * counts the pieces (one per period); the size is kept in the note for the clerk to check on the record.
 */
// "一年必须完成1—2万字的学习笔记": a range's lower end, with the thousands unit of its upper one.
const WORDS_RE = new RegExp(`(?:(?:不少于|不低于|不得低于|不得少于|不应少于|至少)\\s*(${NUM}(?:\\.\\d+)?\\s*[万千]?)\\s*字|(${NUM})\\s*[—\\-～~至到]\\s*${NUM}\\s*([万千])字的?(?:学习|读书)?(?:笔记|心得|体会))`);
function wordsDraft(clause: Clause, item: string, ctx: ItemContext): Draft | null {
  const m = WORDS_RE.exec(clause.text);
  // "写心得2篇，每篇不少于2000字": the size of pieces already counted.
  if (!m || findCount(clause.text) || /每篇|每份|每次/.test(clause.text.slice(0, m.index))) return null;
  const size = m[1] ?? `${m[2]}${m[3]}`;
  const frequency = readFrequency(clause.upTo) ?? readFrequency(ctx.lead);
  const piece = /心得|体会|文章|论文|调研/.test(clause.text) ? 'research-report' : 'other';
  const own = stripFillers(clause.text.slice(subjectOf(clause.text)?.length ?? 0).replace(/^[，,、\s]+/, ''));
  // "做好学习笔记，每学年每人不少于1万字": the piece is named in the clause before.
  const piece0 = /^(?:每|全年|不少于|不低于|不得|至少)/.test(own) && clause.before[0] ? stripFillers(clause.before[0]).replace(/^(?:[\u4e00-\u9fa5]{0,6}?(?:要|应))?(?:认真)?(?:做好|写好|记好)?/, '') : '';
  const bare = piece0.length <= 8 ? piece0 + own : own;
  const scope = scopeOf(clause, ctx.lead);
  return {
    kind: piece,
    title: bare.length <= MAX_TITLE ? bare : `${FREQUENCY_LABELS[frequency?.frequency ?? 'year']}${bare.slice(0, MAX_TITLE - 1)}…`,
    frequency: frequency?.frequency ?? 'year',
    minCount: 1,
    // Notes and reflections are each one's own, whoever the sentence names.
    scope: scope === 'group' ? 'each-member' : scope,
    deadline: null,
    source: clause.text,
    note: noteOf(frequency?.note, `原文要求不少于${size.replace(/\s/g, '')}字，按每期至少1份计；字数请在记录中核对`),
    start: clause.start,
    end: clause.end,
    sized: true,
  };
}


/** "坚持年度学习检查制度": 年度/季度/月度 before a checking or reporting act is its frequency. */
// "开展“月度心得交流”活动": the period may sit inside the quoted name.
const PERIODIC_ACT_RE = /(?:坚持|实行|落实|建立|开展|进行|组织|实施)[“"「]?(年度|季度|月度)[\u4e00-\u9fa5]{0,6}?(检查|督查|考核|考察|总结|述职|评议|研判|通报|交流|讲评|例会)/;

/** Both are held yearly by regulation: "按时召开民主生活会", "班子成员以普通党员身份参加所在支部组织生活会". */
function impliesLifeMeeting(source: string): boolean {
  const m = /召开|开好|开展|参加/.exec(source);
  const meeting = /民主生活会|组织生活会/.exec(source);
  if (!m || !meeting || m.index > meeting.index) return false;
  // Exhortations and rules about the meeting are not the meeting: "把开好民主生活会作为大事",
  // "提高对开好…的认识", "要求班子成员参加双重组织生活会", "谈话安排在组织生活会之前".
  const head = stripFillers(source.slice(subjectOf(source)?.length ?? 0));
  const exhorts = /^(?:要求|把|将|提高|加强|进一步|对)/;
  // "适时召开专题民主生活会", "必要时召开": held when needed, not the yearly meeting.
  // "召开民主生活会、组织生活会前，必须开展谈心谈话", "结合召开民主生活会…等活动": the meeting times or carries another act.
  // Held yearly by rule only where the text says so (RULES §2: 按规定/每年…); a bare "开好民主生活会" exhorts.
  return !exhorts.test(head) && !exhorts.test(source.trim()) && !/作为|认识|意义|之前|之后|以前|适时|必要时|根据需要|视情|定期|结合|会前|会后|除了?[^，。；]*外/.test(source) && (m[0] === '参加' || /按规定|每年|年度|每学期|年底|年终|年末|按时|按期|认真/.test(source));
}

const NAMED_DAY_END_RE = /(?:期间|前后|前夕|之际|前)$/;
const CONTINUES_RE = /^\s*(?:并|同时)(?!把|将|以|作为|做好|注重|加强)/;

/** "“七一”期间", "国庆节前后": a day of every year. Not "建党100周年", which comes once. */
// "“七一”、“国庆”等重大节庆日期间": a list of such days is yearly too.
const FESTIVAL = '[“"「]?(?:七一|七·一|五四|十一|元旦|春节|清明|国庆节?|建党节|党的生日|古尔邦节|肉孜节|重阳节|中秋节?|端午节?)[”"」]?';
// "每年重大节日如春节、古尔邦节和七一": a clause that only names the yearly days the act after it falls on.
const YEARLY_DAYS_RE = new RegExp(`^每年(?:的)?(?:重大节日|传统节日|节日)?(?:如|的)?${FESTIVAL}(?:[、和及与]${FESTIVAL})*(?:等[\\u4e00-\\u9fa5]{0,8}?)?(?:期间|前后|前夕|之际|前)?$`);
// "每年举行2次情况通报会，分别…在上半年和年终…", "每年召开两次，上半年在6月底前召开，下半年在12月底前召开":
// two a year with the halves said apart from the count, so once in each (frequency.ts reads "上、下半年各一次").
const TWO_HALVES_RE = /上半年(?:和|、|及|与)(?:下半年|年终|年底|年末)|上、?下半年各|上半年[^。；，,]{0,16}[，,]\s*下半年/;
const NAMED_DAY_RE = new RegExp(`${FESTIVAL}(?:[、和及与]${FESTIVAL})*(?:等[\\u4e00-\\u9fa5]{0,8}?)?(?:期间|前后|前夕|之际|前)(?![^，。；]*周年)`);

/**
 * "可同党日活动（每月5日）结合进行", "与主题党日（每季度首月10日）合并开展": an activity with its own
 * period in brackets is held by that period, whatever the clause around it says of it.
 */
const ASIDE_RE = /([\u4e00-\u9fa5“”"]{2,12})[（(]((?:每|按)[^（()）]{1,12})[）)]/g;

const MID_YEAR_RE = /(?<![去上前今明])年中(?![和及与、]年)(?:前后|左右)?(?:召开|开展|组织|举行|进行)/;
const SCHEDULE_RE = /^(?:分别|均|一般|原则上|固定)?(?:安排)?在每[^，。；]*?(?:举行|召开|进行|开展)/;
const DAY_OF_ACT_RE = /为[^，。；]*(?:党日|活动日|学习日|公开日|议事日|接待日|服务日)/;
const RUNS_NAMED_RE = /(?:开设|开办|举办)[“"「][^”"」]+[”"」]$/;

function asideDrafts(clause: Clause): Draft[] {
  if (!clause.text.includes('(') && !clause.text.includes('（')) return [];
  return [...clause.text.matchAll(ASIDE_RE)].flatMap((m) => {
    const name = m[1]!.replace(/^.*?(?:同|与|和|结合|及)/, '');
    // "开设“清风成长营”（每季度1期）": a course the unit runs under a name of its own.
    const kind = kindOf(name) ?? (RUNS_NAMED_RE.test(name) ? 'other' : null);
    const reading = readFrequency(m[2]!);
    // Held on that day of the month, so due by it.
    const day = /^每(?:个)?月(\d{1,2})日$/.exec(m[2]!);
    const monthDay = day && Number(day[1]) <= 31 ? Number(day[1]) : null;
    if (!kind || !reading) return [];
    const source = `${name}${m[0].slice(m[1]!.length)}`;
    const start = clause.start + m.index + m[0].length - source.length;
    return [{ kind, title: source, frequency: reading.frequency, minCount: (findCount(m[2]!)?.n ?? 1) * reading.factor, scope: 'group', deadline: null, source, ...(monthDay ? { monthDay } : {}), ...(reading.note ? { note: reading.note } : {}), start, end: start + source.length }];
  });
}

/** "每季度或半年班子成员召开1次": who meets does not name what is held. */
// Not "全体党员会", "党员大会": there the members' word names their meeting.
const MEMBER_WORDS = /(?:(?:党组|党委|支部|领导)?班子|全体)?(?:成员|党员|委员)(?!大?会)|支委(?!会)/g;

/**
 * "每月召开一次支部委员会、一次党小组会，一次全体党员会，并上一次党课": entries of a list that each start with
 * their count share the period said once at its head.
 */
const COUNT_FIRST_RE = new RegExp(`^(?:并|和|及|以及)?(?:召开|上|讲|开展|举行|组织|进行)?(?:${NUM})次`);
function listFrequency(clause: Clause): FrequencyReading | null {
  if (!COUNT_FIRST_RE.test(stripFillers(clause.text)) || readFrequency(clause.text)) return null;
  for (const b of clause.before) {
    const reading = readFrequency(b);
    if (reading) return COUNT_RE.test(b) ? reading : null;
    if (!COUNT_FIRST_RE.test(stripFillers(b))) return null;
  }
  return null;
}

/** "实施村党组织“星级评定”，每年评定一次": a short clause's act is the one quoted just before, for its title. */
function quotedBefore(clause: Clause): string {
  if (stripFillers(clause.text).length > 8 || !clause.before[0]) return '';
  return /[“"「][^”"」]{2,10}[”"」]/.exec(clause.before[0])?.[0] ?? '';
}

const QUARTER_LABEL_RE = /第?([一二三四1-4])季度[：:]/g;
/** The quarter labels of an item ("第三季度："), found once per item. */
function quarterLabels(item: string): { at: number; quarter: number }[] {
  return [...item.matchAll(QUARTER_LABEL_RE)].map((m) => ({ at: m.index, quarter: '一二三四'.indexOf(m[1]!) + 1 || Number(m[1]) }));
}
/** The quarter whose label the text at `at` stands under, if any. */
function quarterBefore(labels: { at: number; quarter: number }[], at: number): number | null {
  return labels.filter((l) => l.at < at).at(-1)?.quarter ?? null;
}

/**
 * A target book by quarter names one task in several quarters: in all four it is quarterly; in
 * quarters of both halves half-yearly ("一、三季度每季度至少1次" is one per half-year, RULES §7), at the
 * least count named; in one quarter, or in one half only, it stays a dated duty of each quarter.
 */
function mergeQuarters(drafts: Draft[]): Draft[] {
  const key = (d: Draft) => `${d.kind}|${d.scope}|${d.title.replace(/第[一二三四]季度|[（(][^）)]*分[）)]|[一二两三四五六七八九十\d]+次/g, '')}`;
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) if (d.quarter) groups.set(key(d), [...(groups.get(key(d)) ?? []), d]);
  const dropped = new Set<Draft>();
  for (const group of groups.values()) {
    const quarters = new Set(group.map((d) => d.quarter!));
    const halves = new Set([...quarters].map((q) => (q <= 2 ? 1 : 2)));
    if (quarters.size < 2 || halves.size < 2) continue;
    const first = group[0]!;
    Object.assign(first, { frequency: quarters.size === 4 ? 'quarter' : 'halfyear', minCount: Math.min(...group.map((d) => d.minCount)), deadline: null });
    first.note = noteOf(first.note, `原文分季列出（第${[...quarters].sort().map((q) => '一二三四'[q - 1]).join('、')}季度），按${quarters.size === 4 ? '每季度' : '每半年'}计`);
    for (const d of group.slice(1)) dropped.add(d);
  }
  // "(8分)": the task's score in the book, not part of its name.
  return drafts.filter((d) => !dropped.has(d)).map(({ quarter: _q, ...d }) => (_q ? { ...d, title: d.title.replace(/[（(]\d+(?:\.\d+)?分[）)]/g, '') } : d));
}

const SLOT_RE = /^(?:[\u4e00-\u9fa5]{0,4}时间[：:\s]*)?(?:每(?:个)?(?:月|季度)|每两周)(?:的)?(?:固定)?(?:在|于)?(?:第[一二三四1-4](?:个)?(?:周|星期)|最后一(?:个)?(?:周|星期|个工作日)|[0-9一二三四五六七八九十]{1,3}日|[0-9一二三四五六七八九十]{1,3}号)[^，。；]{0,8}$/;
// "在三个预算年度内…至少开展一次", "每两年进行一次": a period longer than a year, which no yearly duty tracks.
const MULTI_YEAR_RE = /(?:[二两三四五六七八九十]|[2-9])个?(?:预算|自然)?年度?内|每(?:[二两三四五]|[2-5])年|次\s*[\/／]\s*[2-9]\s*年/;

/** "每季度有一篇心得体会文章" with no subject: a reflection is each one's own piece (RULES §7), as notes are. */
const writesOwn = (kind: DutyKind, clause: Clause, ctx: ItemContext): boolean =>
  kind === 'research-report' && /心得|体会/.test(clause.text) && !/调研|调查/.test(clause.text) && !hasSubject(clause, ctx.lead);

/** "缴纳时间：按月缴纳" in a rule of 党费: each member pays his own. */
const paysDues = (clause: Clause, ctx: ItemContext): boolean =>
  /党费/.test(ctx.title + clause.upTo) && /^(?:按月|每月|按季|每季度?)?(?:按时)?(?:足额)?[交缴]纳(?!.*(?:上级|党委|党总支|组织部))/.test(stripFillers(clause.text)) && !hasSubject(clause, ctx.lead);

// "学习秘书年初要根据县委的要求，…制订年度学习计划": whose requirement the act after it follows.
const FOLLOWS_RE = /(?:要|应|须)?(?:根据|按照|依据|遵照)[^，。；]*(?:要求|规定|部署|安排|精神|意见)$/;
// Not "按照年初公开承诺、年终民主评诺的要求": a clause that opens with 按照 may name the acts themselves.
const followsOnly = (text: string): boolean => FOLLOWS_RE.test(text) && text.replace(FOLLOWS_RE, '') !== '' && !ACTION_VERB.test(text.replace(FOLLOWS_RE, '').split(/年初|年底|年末|年终|每年|每季度|每月|每半年|上半年|下半年/).pop() ?? '');

function quantifiedDraft(clause: Clause, item: string, ctx: ItemContext): Draft | null {
  if (MULTI_YEAR_RE.test(clause.upTo) || followsOnly(clause.text)) return null;
  const bareQuantity = isBareQuantity(clause.text.replace(MEMBER_WORDS, ''));
  const periodic = PERIODIC_ACT_RE.exec(clause.text);
  const midYear = MID_YEAR_RE.test(clause.text);
  // "逐年进行总结，并向党委报告": a clause joined by 并 shares the period of the one before.
  // Only one that names an act of its own ("并向党委报告"), not "并做好笔记" or "并把…作为依据".
  // "每学期检查总结一次，并向上级报告": after an act of a named kind the report is part of its proof.
  const listed = listFrequency(clause);
  const continues = !listed && Boolean(clause.before[0]) && CONTINUES_RE.test(clause.text) && !readFrequency(clause.text) && kindOf(clause.text) !== null && kindOf(clause.before[0]!) === null;
  const before = clause.before[0] ?? '';
  const dayBefore = (NAMED_DAY_RE.test(before) && NAMED_DAY_END_RE.test(before)) || YEARLY_DAYS_RE.test(stripFillers(before));
  // "每月集中学习…，至少安排一次": the count's period is in the clause before.
  const reading =
    readFrequency(clause.text) ??
    listed ??
    (periodic ? { frequency: PERIOD_WORDS[periodic[1]!]!, factor: 1 } : null) ??
    (clause.before[0] && findCount(clause.text) && bareQuantity ? readFrequency(clause.before[0]) : null) ??
    (continues ? readFrequency(clause.before[0]!) : null) ??
    // The day is said in the clause or just before it ("“七一”期间，要开展…"), not for what follows that.
    (NAMED_DAY_RE.test(clause.text) || dayBefore ? { frequency: 'year', factor: 1 } : null) ??
    // "年中召开半年总结会议": once a year about mid-year; June or July, so no date is set.
    (midYear ? { frequency: 'year', factor: 1, note: '原文为“年中”，按每年一次计，未定截止日期' } : null);
  const yearCount = findCount(clause.text);
  // "分别由…在上半年和年终向老干部作情况通报" after "每年举行2次情况通报会": when the two are held, not a third.
  // "…，上半年在6月底前召开，下半年在12月底前召开": so is each half's own clause.
  if ((TWO_HALVES_RE.test(clause.text) || /^(?:上半年|下半年)/.test(stripFillers(clause.text))) && !yearCount && clause.before.some((b) => /每年/.test(b) && findCount(b)?.n === 2)) return null;
  const halves = reading?.frequency === 'year' && yearCount?.n === 2 && TWO_HALVES_RE.test(clause.text + (item.slice(clause.end).split(/[。；;\n]/)[0] ?? ''));
  const frequency = halves ? 'halfyear' : (reading?.frequency ?? null);
  const count = halves ? { ...yearCount, n: 1 } : yearCount;
  // "“七一”前夕，召开支部大会…": a clause that only says when dates the act after it.
  const when = clause.before[0] ? findDeadline(clause.before[0]) : null;
  const onlyWhen = when && clause.before[0]!.replace(when.phrase, '').replace(/[“”"「」每年，,\s]/g, '').length === 0;
  // "第二季度：组织召开…会议1次；开展…检查": a quarter of a target book's schedule dates the acts under it.
  const quarter = ctx.quarters?.length && ACTION_VERB.test(clause.text) ? quarterBefore(ctx.quarters, clause.start) : null;
  const deadline = findDeadline(clause.text) ?? (onlyWhen ? when : null) ?? (ctx.month && ACTION_VERB.test(clause.text) ? ctx.month : null) ?? (quarter ? { date: QUARTER_ENDS[quarter - 1]!, phrase: `第${'一二三四'[quarter - 1]}季度` } : null);
  const monthDay = findMonthDay(clause.text);
  let source = continues ? clause.withPrevious : clause.text;
  let start = continues ? item.lastIndexOf(source, clause.end) : clause.start;
  // "会议至少每月召开一次" in a rule about one meeting ("村两委联席会议制度"): that meeting.
  // "（一）活动时间：每月固定第一周的周五" in a plan of one activity: when that activity is held.
  const ofTitle = /^(?:本|该)?会议/.test(stripFillers(clause.text)) || SLOT_RE.test(stripFillers(clause.text)) ? ctx.titleKind : null;
  // "一般每季度召开1次（结合主题党日一般每月1次）": an aside in brackets does not name the activity.
  const plain = source.replace(/[（(][^）)]*[）)]/g, '');
  let kind = periodic && /检查|督查/.test(periodic[2]!) ? 'inspection' : (kindOf(plain) ?? ofTitle);
  // "原则上每周安排一次学习" in a rule or plan of study: a session of that study.
  // "全体教职工每周学习", "社区干部的学习原则上每月一次", "领导班子二周学习一次" there too (业务学习 is work, not this study).
  // "每月至少进行一次学习", "原则上每周安排一次学习" in any document: a session arranged for the body is collective study.
  const arranged = /(?:安排|组织|进行)(?:[一二两三四\d]+次)?(?:集中)?学习(?!培训|考察|参观|强国|计划|制度|测验|测试|考试|检查|笔记)/.test(clause.text.replace(/业务学习/g, '')) && !/业余|班后/.test(clause.text);
  if (!kind && (/学习|学思|读书/.test(ctx.title) || arranged) && /(?:安排|组织|开展|进行)[^，。；]{0,4}?学习|学习[一二两三四\d]*次|每(?:周|月|两周|半月|季度)学习|[一二两]周学习|的学习(?:原则上|一般)?每/.test(clause.text.replace(/业务学习/g, '')) && !/自学|个人/.test(clause.text)) kind = 'study-group';
  // "党委委员…每学期召开一次专题会议" with their branch: a member's own meeting, not the body's.
  if (kind === 'party-group-meeting' && /^[^，。；]*专题会议/.test(stripFillers(clause.text)) && EACH_MEMBER_HINT.test(ctx.item) && /(?:成员|委员)/.test(clause.upTo) && !/党组会|党委会|支委会/.test(clause.text)) kind = 'other';
  // "定期分析研判意识形态形势，每半年召开一次专题会议": a 研判会 (RULES §4: other), not the body's meeting.
  if (kind === 'party-group-meeting' && /^[^，。；]*专题会议/.test(stripFillers(clause.text)) && !/党组|党委|支委|支部委员/.test(clause.text) && clause.before.some((b) => /研判/.test(b))) kind = 'other';
  // "中心组集中学习，每月至少1次", "党员大会是…机构，由全体党员参加，每季度召开1次": the activity sits in
  // an earlier clause of the sentence (nearest first), or in the sentence before ("支部委员会是…机构。").
  let headName = '';
  // "三、考评时间\n每半年安排一次": an item's heading line, joined to its first sentence, is the heading's.
  const heading = ctx.heading && clause.before.length === 0 && clause.text.startsWith(ctx.heading) ? ctx.heading : '';
  if (!kind && (frequency || count) && (bareQuantity || (heading && isBareQuantity(clause.text.slice(heading.length))))) {
    // "开展“清风宣讲”，每年不少于4场": a named activity or a 宣讲 is an event too.
    // "活动时间：每月至少一次": a label of when is not the name of the event.
    const event = (t: string) => /(?<!社)会|活动|培训|组织生活|宣讲|(?:开展|举办|组织)[“"「]/.test(t.split(/是|作为/)[0]!) && !HEADING_TAIL_RE.test(stripMarks(t));
    const named = clause.before.find((b) => kindOf(b) !== null || event(b));
    // "街道领导班子会议由党工委书记主持。原则上每周召开一次": the meeting the sentence before names.
    const runBy = /^(.+?(?:会议?|例会))由[^，。；]*(?:主持|召集)$/.exec(clause.previousHead);
    const head = clause.label || (/是/.test(clause.previousHead) ? clause.previousHead.split('是')[0]! : (runBy?.[1] ?? ''));
    const labelKind = !named && clause.before.length === 0 && head ? kindOf(head) : null;
    if (labelKind && !clause.label) headName = head;
    // "三、支委会\n每月召开一次", "二、学习时间\n每月至少一次": the section's heading names the act.
    // "一、学习时间：每月至少一次": a heading before a colon on the same line.
    const inline = clause.before.length === 1 && /[：:]\s*$/.test(item.slice(0, clause.start)) ? clause.before[0]! : '';
    // "三、党小组会\n活动时间：每月至少一次": an inline heading that names no act leaves it to the section's.
    const byHeading = !named && !labelKind && (clause.before.length === 0 || inline) ? (inline ? headingAct(inline, ctx) : null) ?? headingAct(ctx.heading ?? '', ctx) : null;
    if (byHeading) headName = byHeading.act;
    if (named) {
      const from = item.lastIndexOf(named, clause.start);
      source = item.slice(from, clause.end);
      start = from;
    }
    // An aside in brackets names the activity only when no earlier clause names an event.
    // "党组(局长办公)会议由…主持": the bracket inside the name is not part of it.
    const unbracketed = named?.replace(/[（(][^）)]*[）)]/g, '');
    kind = unbracketed ? (kindOf(unbracketed.split(/是|作为/)[0]!) ?? kindOf(unbracketed)) : (labelKind ?? byHeading?.kind ?? (plain !== clause.text ? kindOf(clause.text) : null));
  }
  // "年底一总结", "月一小结": the written summary of each period is the product.
  if (!kind && ONE_SUMMARY_RE.test(stripFillers(clause.text))) kind = 'deliverable';
  // "年终进行总结和通报", "每月进行一次工作总结": the summary written is the product (not a 总结会, a meeting);
  // "每年进行总结，并向上级党委报告": what is reported, one duty with the report.
  if (!kind && /(?:进行|做好|搞好|(?<!工)作好?|写好?)(?:[一二两三四\d]+次)?(?:工作|学习|年度|全年|半年|阶段性?)?总结(?!会|大会|交流|表彰|经验)/.test(clause.text) && !/^[，,]\s*(?:并|同时|及时)?(?:向|报)/.test(item.slice(clause.end))) kind = 'deliverable';
  // "用好廉政教育基地，组织干部每年至少参观2次": the visit is to the base named just before.
  if (!kind && /参观|观摩/.test(clause.text) && clause.before[0] && kindOf(clause.before[0]) === 'warning-education') kind = 'warning-education';
  const implied = (kind === 'democratic-life-meeting' || kind === 'organizational-life-meeting') && impliesLifeMeeting(source);
  // "全年" says how long, not how often: without a count it is no duty ("把学习作为全年主线").
  const acts = (ACTION_VERB.test(source) && (/每|按(?:月|季|半年|学期)/.test(source) || ONE_PER_RE.test(source) || periodic !== null || dayBefore)) || MEETING_TIME_RE.test(source);
  // An activity we cannot name needs a verb or an event to be a duty ("每季度至少上1次" is cut off).
  // A date needs an act too: "每年年初按照校党委的要求" only says when (the act follows in the sentence).
  // "每月15日基层民主议事日": a day fixed for an activity names it.
  const namesAct = ACTION_VERB.test(source) || /(?<!社)会|活动|培训|完成/.test(source) || /每(?:个)?月\s*\d{1,2}\s*日[^，。；]{2,12}日$/.test(source);
  // "开展社区书记“擂台比武”4次" in a year's plan: that many this year ("每三周…一次" has a period we do not know).
  const quantified = kind ? Boolean(frequency || count || deadline || implied) : namesAct && Boolean((frequency && (count || acts || midYear)) || deadline || monthDay || monthsEach(source).length > 1 || (!ctx.standing && count && ACTION_VERB.test(clause.text) && !/每/.test(clause.text)));
  if (!quantified) return null;

  const facts: TitleFacts = {
    kind: kind ?? 'other',
    frequency: monthDay ? 'month' : (frequency ?? (deadline && EXPLICIT_YEAR_RE.test(source) ? 'once' : 'year')),
    // "每旬1次" is 3 a month: the title says the count checked.
    count: count && (reading?.factor ?? 1) > 1 ? { ...count, n: count.n * reading!.factor } : count,
    deadline,
    saysHowOften: frequency !== null && !listed,
  };
  const kept = deadline && deadlineFits(facts.frequency) ? deadline : null;
  const note = noteOf(reading?.note, halves ? '原文为每年2次、上半年和下半年（年终）各1次，按每半年1次计' : undefined, kept?.note, deadline && !kept ? deadlineNote(facts.frequency, deadline) : undefined);
  // Talks are held by members with others: each member's when the item says they talk
  // "之间" or in their own fields, the group's otherwise (the unit organises them).
  // "党委书记与党支部书记、科主任谈心制度": a rule of the secretary's own talks.
  const talkScope = EACH_MEMBER_HINT.test(ctx.item) || /(?:之间|相互|互相)[^，。；]{0,12}谈/.test(ctx.item) ? 'each-member' : /^[^与同和]*书记(?:与|同|和)[^，。；]*谈(?:心|话)/.test(ctx.title) ? 'secretary' : 'group';
  return {
    kind: facts.kind,
    title: titleOf((headName || quotedBefore(clause)) + source, facts),
    frequency: facts.frequency,
    minCount: (count?.n ?? 1) * (reading?.factor ?? 1),
    scope: facts.kind === 'talk' && !hasSubject(clause, ctx.lead) ? talkScope : checksMembers(facts.kind, clause) ? 'group' : paysDues(clause, ctx) || writesOwn(facts.kind, clause, ctx) ? 'each-member' : scopeOf(clause, ctx.lead),
    deadline: kept?.date ?? null,
    source,
    ...(monthDay ? { monthDay } : {}),
    ...(note ? { note } : {}),
    start,
    end: clause.end,
    ...(implied && !frequency && !count ? { implied: true } : {}),
    ...(quarter && !frequency ? { quarter } : {}),
  };
}


/**
 * "…撰写调研报告，于12月20日前报送": a bare deadline belongs to the duty just before it in the sentence;
 * "年底进行总结" is an act of its own.
 */
/** "12月25日前报县委宣传部", "并报送县委": a clause that only sends what the clause before made. */
/** "于2月底前报县委宣传部备案": sent up only to be kept on file. */
/** "4月15日前将学习计划报党委宣传部": the document just made, sent up by a date. */
const SENDS_MADE_RE = /将[^，。；]{0,8}?(?:计划|方案|清单|要点|安排)(?:报|上报|报送|送)/;
const FILED_RE = /^(?:并|及时|于|在)*(?:报送|上报|呈报|提交|报)(?:至|给)?[^，。；]{0,12}?(?:备案|审核|审批|审定)$/;
const SENDS_ONLY_RE = /^(?:并|及时|于|在)*(?:报送|上报|呈报|提交|报)(?:至|给)?[^，。；]{0,16}$/;
const OWN_ACT = /(?:进行|开展|组织|做好|认真)[^，。；]{0,6}?总结|检查|评议|评估|考核|总评|评定|评比|召开|开展|组织|举行|学习|研讨|述职|公示|通报|谈心|谈话/;
const isBareDeadline = (clause: Clause): boolean =>
  findDeadline(clause.text) !== null && !OWN_ACT.test(clause.text) && !kindOf(clause.text) && !findCount(clause.text) && !/每/.test(clause.text) && deliverablesIn(clause.text).length === 0;

/** "每月集中研讨时，安排…发言": a condition, not an act. */
/** "每月把学习专题提前通知给成员": telling members of a session is its procedure, proven by the session (RULES §2). */
const isNotice = (clause: Clause): boolean => /提前(?:[^，。；]{0,16}?)(?:通知|告知)|(?:通知|告知)(?:给|到)[^，。；]{0,6}?(?:成员|党员|委员)/.test(clause.text);
/** "迟到者一次罚款20元": sanctions, not duties. */
// "不请假不参加活动一次扣2分": the score taken off, not an act.
const isSanction = (clause: Clause): boolean => /罚款|扣分|扣\s*\d+(?:\.\d+)?\s*分|扣除|处罚|处分/.test(clause.text);
/** "对一年内2次无故不参加组织生活的党员…": the count is who is meant, not how often the unit acts. */
// "全年缺席主题党日活动次数不多于1次", "每年不超过1次": a cap on absences or on the act, not a duty to do it.
const ABSENCE_COUNT_RE = new RegExp(`${NUM}\\s*次(?:以上)?(?:无故)?(?:不参加|未参加|缺席|不交纳|未交纳|违反)|缺席[^，。；]*次数|不(?:多于|多余|超过|得超过|宜超过)\\s*${NUM}\\s*次`);
// A time slot ("每周五下午为学习时间") is a condition; a day fixed as the 主题党日 is the day itself, held each period.
// "在按月开展活动的基础上": the ground of what follows, not an act.
// "将检查结果作为年终考核的重要依据": what a result is used for, not an act (its 年终 is another's appraisal).
// "按照市委《…》中“…累计不少于12天”的规定": the rule cited as the basis, not an act of the unit's.
const CITED_RULE_RE = /(?:按照|根据|依据|依照)[^，。；]*[“"「][^”"」]*[”"」]的?(?:规定|要求|精神)$/;
// "利用每周星期六课外活动时间开展": the slot the sessions use, not how many there are.
const SLOT_USED_RE = /^利用[^，。；]*时间/;
// "每次集中学习完后讨论产生下一期的学习主题": what each session does, not how often.
const PER_SESSION_RE = /^每次(?![^，。；]*(?:不少于|不低于|至少))/;
// "原则上安排在每年的3月中旬、6月中旬…进行": when the act counted before it is held.
// "召开时间一、二、三季度为每年第一个月的第一周的周一上午": the slot of a meeting counted elsewhere.
const SLOT_TIME_RE = /^(?:召开|会议|活动|学习)?时间[^，。；]{0,12}?为/;
const HELD_WHEN_RE = /^(?:分别)?(?:安排)?在(?:每年的?)?[^，。；]*?(?:[上中下]旬|月份?|初|底|末)(?:[^，。；]{0,4})?(?:进行|召开|举行|开展)$/;
// "以便有针对性地修订工作计划": what the act before is for, not an act of its own.
const PURPOSE_RE = /^(?:以便|便于|以利于?|为了|旨在)/;
// "每年上党课或提要求次数": a table's column of figures, not an act.
// "按每人每月工资的一定比例上交": how much is paid, not how often.
const MEASURE_NAME_RE = /(?:次数|人次数|比例|比率)$|按[^，。；]*比例/;
// "确定每年民主生活会的主题": the meeting's topic is settled; the meeting is a duty where it is held.
const SETS_TOPIC_RE = /^(?:确定|明确|研究确定)[^，。；]*的(?:主题|议题|时间|内容)$/;
// "4.校党委宣传部每学期制定的《学习提纲》中规定的内容": an entry of what is studied, not an act;
// "…工作每年度11月开始": when a round of work starts or ends, not an act of it.
const CONTENT_ENTRY_RE = /(?:规定|确定|要求|列出)的(?:学习)?内容$|(?:开始|全部结束|结束)$/;
// "园务会和部门会议：每月一次", "共青团组织生活、工会委员会：每月一次": a school's administrative meetings and the mass
// organisations' own are not the Party body's duties.
const NOT_PARTY_MEETING_RE = /^(?:全园会|全校会|园务会|校务会|班务会|伙委会|行政会议?|部门会议|教研组会|年级组会|(?:共青团|团支部|工会|妇委会|少先队)[\u4e00-\u9fa5]{0,8}?(?:会|组织生活|活动))/;
// The clause names such a meeting, or only quantifies the one its sentence opens with ("园务会：每月一次");
// "行政会议研究后，党支部每月召开支委会" keeps the branch's own meeting.
const notPartyMeeting = (clause: Clause): boolean =>
  NOT_PARTY_MEETING_RE.test(stripFillers(stripMarks(clause.text))) || (isBareQuantity(clause.text) && NOT_PARTY_MEETING_RE.test(stripFillers(stripMarks(clause.before.at(-1) ?? ''))));
const isCondition = (clause: Clause): boolean => PURPOSE_RE.test(stripFillers(clause.text)) || notPartyMeeting(clause) || SETS_TOPIC_RE.test(stripFillers(clause.text)) || CONTENT_ENTRY_RE.test(clause.text) || MEASURE_NAME_RE.test(clause.text.replace(/[\s|]+$/, '')) || ABSENCE_COUNT_RE.test(clause.text) || PER_SESSION_RE.test(stripFillers(clause.text)) || HELD_WHEN_RE.test(stripFillers(clause.text)) || SLOT_TIME_RE.test(stripFillers(clause.text)) || CITED_RULE_RE.test(clause.text) || SLOT_USED_RE.test(stripFillers(clause.text)) || /作为[^，。；]*(?:依据|参考|内容之一|内容)$/.test(clause.text) || /^在[^，。；]*(?:基础上|前提下|过程中|会上|会议上)$/.test(stripFillers(stripMarks(clause.text))) || /(?<![学课小])时$|时候$|期间$/.test(clause.text) || (/为(?![^，。；]*党日)[^，。；]*(?:时间|学习日)$|(?<!会议?)时间(?:原则上|一般)?(?:为|是|定为|定在|安排在)/.test(clause.text) && !FIXED_DAYS_RE.test(clause.text));
/** "例会时间为双周星期三": a meeting's time fixed by a period is when it is held, so a duty of that period. */
const MEETING_TIME_RE = /会议?(?:时间|日期)(?:为|是|定为|定在|安排在)/;
/** "谈心谈话人数每年应" (the page cut the sentence): no duty can be read from half a sentence. */
const isCutOff = (clause: Clause, text: string): boolean =>
  // Not "根据需要", "重要": words that end in 要 without asking anything.
  /(?:应当?|(?<![需重主必])要|须|必须|不少于|不低于|不得少于|至少|达到)$/.test(clause.text) ||
  // "一般每三个月召开一" at the end of the page: the unit of the count was cut off.
  // "一般每三个月召开一" or "党课一般每年" at the end of the page: the count or the act was cut off.
  // "每月固定第一周的周五" ends with a weekday, not a cut-off count.
  (((NUM_END_RE.test(clause.text) && !/(?:周|星期|礼拜)[一二三四五六日天]$/.test(clause.text)) || BARE_PERIOD_END_RE.test(clause.text)) && text.slice(clause.end).trim() === '');
const BARE_PERIOD_END_RE = /(?:每|一般|原则上)[^，。；]{0,3}?(?:年|年度|季度|季|月|周|学期|半年)$/;
const NUM_END_RE = new RegExp(`${NUM}$`);
/** The unit's own leading body as a clause's subject ("镇党委", "局党组", "党委"), not a noun ("党委会议"). */
const OWN_BODY_RE = new RegExp(`^${UNIT}${BODY}(?![会理中成书委织])`);
/** "各党支部…", "各乡镇要…": duties of other bodies, which the unit does not prove by its own records. */
// "全区各级党组织每季度向区委宣传部报送": the bodies across the area, not the unit itself.
const OTHER_BODY_RE = /^(?:全[县市区镇乡局校院]|本[县市区镇乡])?各(?:党)?(?:[（(]总[）)]|总)?(级党组织|(?:基层|所属|下属)?(?:党)?支部|所属(?:单位)?党组织|(?:二级|直属|下属|所属|基层)单位|党小组|村|社区|单位|部门|乡镇|处室|科室|股室|学院|系|二级党组织|基层党组织)/;
/**
 * What was done, told in a 总结 or a news item ("全年共召开党组会议15次", "召开了12次", "累计开展…24次",
 * "先后组织…"): a result, not a duty, unless a bound or a frequency makes it a rule ("累计不少于12天").
 * The rest of the sentence tells the same past ("…，讲党课6次").
 */
const PAST_ACT = /(?:召开|开展|组织|举办|举行|完成|撰写|讲授?|上|进行|学习|参加|报送|上报|发展|印发|制定|出台|听取|谈心谈话|谈话|走访|慰问|检查)了(?!解)|(?:共|共计|累计|先后|合计|总计)(?:主持)?(?:召开|开展|组织|举办|举行|完成|撰写|讲|进行|学习|参加|报送|上报|发展|印发|制定|听取|走访|慰问|检查)|(?:今年|去年|年初|上半年)以来/;
// "10号、20号为学习日", "1月1次": a standing rule as much as 每.
const isRule = (clause: Clause): boolean => AT_LEAST_RE.test(clause.text) || /至少|每/.test(clause.text) || FIXED_DAYS_RE.test(clause.text) || PER_PERIOD_RE.test(clause.text);
const PER_PERIOD_RE = new RegExp(`(?<![\\d月])[1-6一两二三六]个?[月周]${NUM}次`);
const isPast = (clause: Clause): boolean => PAST_ACT.test(clause.text) && !isRule(clause);
/** A 总结 or 述职报告 (not a plan or rule named after one): what it counts was done. */
const isSummary = (title: string): boolean => /总结|述职|工作报告|情况报告|汇报/.test(title) && !/计划|要点|方案|制度|办法|规则|细则/.test(title);
/** "如因工作需要，可每两周召开一次": what the unit may do is no duty. */
// "每周的学习主题可由支部委员会讨论产生": who may do it, not a duty.
const isOptional = (clause: Clause): boolean => /^(?:也|亦|还|均)?可(?:以)?(?!持续)/.test(stripFillers(clause.text)) || /可(?:以)?由/.test(clause.text);
/** "上级党委每年对支部考核一次", "县委组织部每季度…督查": a check by a higher body, done to the unit. */
const BY_HIGHER = /^(?:上级(?:党委|党组织|组织|部门)?|[县市区州省]委(?:组织部|宣传部)?|[县市区州省]纪委|[县市区州省]?委?组织部)/;
const isCheckedByHigher = (clause: Clause): boolean => BY_HIGHER.test(stripFillers(stripMarks(clause.text))) && /考核|考评|检查|督查|督导|巡察|巡视|抽查/.test(clause.text);
/** "参学率达到100%", "…的比例达到95%": a target about outcomes, not an act. */
const isTarget = (clause: Clause): boolean => /(?:率|比例)[^，。；]{0,4}?(?:达到|不低于|不少于|保持|在)|[%％]/.test(clause.text);
/** "接受上级党组织检查": what others do to the unit, which its own records do not prove. */
const isDoneToUs = (clause: Clause): boolean => /(?:接受|迎接|配合)[^，。；]{0,10}?(?:检查|督查|考核|巡察|巡视|审计|评估)/.test(clause.text);
/** "支部党员大会主要内容：…", "主要事项有：…": what a meeting takes up, not what the unit must produce. */
// "公司党委会议主要讨论和研究以下工作：": what the meeting takes up, listed below.
const AGENDA_LEAD = /(?:主要内容|主要事项|会议内容|议题|议事范围|(?:党组会|党委会|会议)的?(?:主要)?职责|会议?的?主要任务|(?:讨论|研究|审议)(?:决定)?的?(?:主要)?(?:事项|问题)|(?:讨论|研究|审议|决定)[^，。；：:]{0,6}?以下(?:工作|事项|问题|内容))(?:有|是|包括|为|如下)?$/;
/** "支部大会主要任务是传达…，制定本支部的工作计划": the rest of the sentence is the meeting's agenda. */
const AGENDA_INLINE = /会议?的?(?:主要)?(?:任务|内容|议题|事项)(?:是|有|包括|为)/;
/** An outer list marker ("（三）", "二、") ends an agenda; its own entries are "1、…" or "（1）…". */
const OUTER_MARK = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** "科级以上党员干部每年…", "机关干部…": cadres at large, not the leading body or its members. */
// 预备党员/入党积极分子/发展对象 report to the branch: their duty, proved by their own papers; the 纪委 carries
// the 监督责任 beside the committee's 主体责任, with records of its own.
// A verb or preposition before 纪委/纪检组 makes it the object of the committee's own act ("党委每年向县纪委报告").
const OTHER_PEOPLE_RE = /^(?:(?:[科处股厅局]级(?:以上|及以上)?|机关|一般|其他|中层)(?:党员)?干部|(?:部门|科室|股室|处室|中层)(?:主要)?负责人|(?:村|社区)?(?:[（(]社区[）)])?党小组长|预备党员|入党积极分子|发展对象|(?:(?:(?!听|向|对|与|和|及|请|每|由)[\u4e00-\u9fa5]){0,6}?[县市区州镇乡])?纪委|(?:(?!听|向|对|与|和|及|请)[\u4e00-\u9fa5]){0,4}?(?:纪检(?:监察)?组|纪工委|纪检监察(?:室|科|部门)))/;

// A number with a unit or a bound ("不少于", "至少") that no rule above understood.
const QUANTITY_HINT = new RegExp(`(?:不少于|不低于|至少|累计|达到|每)[^，。；]{0,8}?${NUM}|${NUM}\\s*(?:次|篇|场|期|轮|份|天|学时|课时|小时|个工作日)`);

/** A clause with a quantity we could not read: shown as 可能的职责, never dropped silently. */
export interface PossibleDuty {
  item: string;
  source: string;
}

type Possible = PossibleDuty & { start: number; end: number };

export interface Extraction {
  duties: DutyDraft[];
  possible: PossibleDuty[];
  /** Numbers of the items the reading failed on ('' for the preamble); each is offered whole in `possible`. */
  unread: string[];
}


/** Reads a simplified, unwrapped copy of the text; sources are cut from the original at the same places. */
/**
 * "部门负责人全年读书笔记不得少于8000字，心得体会不得低于2000字": staff who are not the leading body, and the
 * clauses after them in the sentence that name no subject of their own.
 */
function byOtherPeople(clause: Clause, othersSentence: number | null, title: string): boolean {
  // "一般干部" is read before 一般 is taken as a filler ("一般每月召开").
  // Not in a rule for those people themselves ("机关干部学习制度": the cadres are its subject).
  const named = [stripFillers(clause.text), stripMarks(clause.text)].map((t) => OTHER_PEOPLE_RE.exec(t)?.[0]).find(Boolean);
  // "机关学习制度" is the 机关干部's rule as much as "机关干部学习制度".
  const body = named?.replace(/(?:党员)?干部$/, '') ?? '';
  if (named) return !HEARS_GROUP_RE.test(clause.text) && !title.includes(named) && !(body.length >= 2 && title.includes(body));
  return othersSentence === clause.sentence && subjectOf(clause.text) === null;
}

/** The yearly count of the act just counted per period, which that count already implies. */
function impliedYearly(periodic: Draft, yearly: Draft, text: string): boolean {
  if (yearly.kind !== periodic.kind || yearly.frequency !== 'year' || periodic.frequency === 'year' || periodic.implied || yearly.measure) return false;
  if (readFrequency(text)?.frequency !== 'year' || yearly.minCount > periodic.minCount * (PER_YEAR[periodic.frequency] ?? 0)) return false;
  const act = KINDS.find((k) => k.kind === yearly.kind)?.re;
  const named = act?.exec(text)?.[0];
  // Only when it adds nothing: "其中每年至少1次为专题党课" names a kind of session of its own.
  return named !== undefined && periodic.source.includes(named) && isBareQuantity(stripFillers(text.replace(named, '')));
}

/** The yearly count said before the per-period one of the same act ("全年集中学习…12次，每月开展一次集中学习研讨"). */
function restatedYearly(yearly: Draft, periodic: Draft): boolean {
  if (yearly.kind !== periodic.kind || yearly.frequency !== 'year' || periodic.frequency === 'year' || periodic.implied || yearly.measure || periodic.measure) return false;
  if (yearly.minCount > periodic.minCount * (PER_YEAR[periodic.frequency] ?? 0)) return false;
  // Not "党总支每年组织4次…，各系室每月组织1次…": a clause with a subject of its own is another body's.
  if (!/^(?:每|按)/.test(stripFillers(periodic.source))) return false;
  const named = KINDS.find((k) => k.kind === periodic.kind)?.re.exec(periodic.source)?.[0];
  return named !== undefined && yearly.source.includes(named);
}

/** "三月份：开展“学雷锋”活动", "11—12月：…": one month (or the last of a span) of a year's schedule. */
const SCHEDULE_MONTH_RE = new RegExp(`^\\s*(?:${NUM}\\s*[—\\-～~至到])?\\s*(${NUM})\\s*月份?\\s*[：:]`);
function scheduleMonth(text: string): Deadline | null {
  const m = SCHEDULE_MONTH_RE.exec(text);
  const month = m ? parseNumeral(m[1]!) : null;
  if (!m || month === null || month < 1 || month > 12) return null;
  return { date: monthEnd(month), phrase: m[0].replace(/[：:\s]/g, '') };
}

/** "每月召开一次支委会，—次全体党员会": a dash typed for 一 before a measure word (same length, so offsets hold). */
const dashForOne = (s: string): string => s.replace(/(?<=[\u4e00-\u9fa5，,、])[—－](?=次|个|篇|场|名)/g, '一');

function extractItem(itemNo: string, original: string, context: Partial<ItemContext> = {}): Omit<Extraction, 'unread'> & { drafts: (DutyDraft & { generic?: boolean; scheduled?: boolean })[] } {
  const { text, at } = unwrap(dashForOne(toSimplified(original)));
  const ctx: ItemContext = { standing: context.standing ?? false, lead: context.lead ?? '', item: text, titleKind: context.titleKind ?? null, summary: context.summary ?? false, title: context.title ?? '', heading: context.heading ?? '', month: scheduleMonth(text), quarters: quarterLabels(text) };
  const duties: Draft[] = [];
  const possible: Possible[] = [];
  let last: { draft: Draft; sentence: number } | null = null;
  let otherBody: { sentence: number; name: string } | null = null;
  let pending: { sentence: number; deadline: Deadline } | null = null;
  const itemDue = ITEM_DUE_RE.exec(text)?.[1] ?? null;
  let agenda = context.agenda ?? false;
  let agendaSentence: number | null = null;
  let othersSentence: number | null = null;
  let past: number | null = null;
  for (const clause of clausesOf(text)) {
    // "各党支部对党员…考评。党支部每月对党员进行一次打分": the branches' duties, not the unit's.
    if (clause.before.length === 0) {
      const head = stripFillers(stripMarks(clause.text));
      const body = OTHER_BODY_RE.exec(head);
      if (body) otherBody = { sentence: clause.sentence, name: body[1]! };
      else if (otherBody && otherBody.sentence !== clause.sentence && !head.replace(/^党/, '').startsWith(otherBody.name)) otherBody = null;
      else if (otherBody) otherBody.sentence = clause.sentence;
    } else if (otherBody && OWN_BODY_RE.test(stripFillers(clause.text))) {
      // "各村党组织每月开展主题党日，镇党委每季度检查一次": the unit's own act, after the others'.
      otherBody = null;
    }
    if (clause.before.length === 0 && OUTER_MARK.test(clause.text)) agenda = false;
    if (agendaSentence !== null && agendaSentence !== clause.sentence) agendaSentence = null;
    if (AGENDA_INLINE.test(clause.text)) agendaSentence = clause.sentence;
    // "今年先后召开7次…；召开6次…": a report's list of what was done goes on past a "；".
    if (past !== null && past !== clause.sentence) past = clause.afterSemicolon && past === clause.sentence - 1 && !isRule(clause) ? clause.sentence : null;
    if (past === null && isPast(clause)) past = clause.sentence;
    const asides = asideDrafts(clause);
    if (asides.length > 0 && isOptional(clause) && !otherBody && past === null) {
      duties.push(...asides);
      continue;
    }
    if (otherBody || past !== null || (ctx.summary && !isRule(clause)) || isCondition(clause) || isNotice(clause) || isCutOff(clause, text) || isSanction(clause) || isTarget(clause) || isDoneToUs(clause) || isOptional(clause) || isCheckedByHigher(clause) || byOtherPeople(clause, othersSentence, ctx.title)) {
      if (byOtherPeople(clause, null, ctx.title)) othersSentence = clause.sentence;
      if (QUANTITY_HINT.test(clause.text)) possible.push({ item: itemNo, source: clause.text, start: clause.start, end: clause.end });
      continue;
    }
    if (last && last.sentence === clause.sentence && isBareDeadline(clause)) {
      const deadline = findDeadline(clause.text)!;
      const d = last.draft;
      const dates = deadlinesOf(clause.text);
      // "每年向县委报告2次…，分别于7月10日前和12月20日前报送": one duty per date.
      if (dates.length > 1 && splitDeadlines(d, dates).length > 1) {
        d.source = text.slice(d.start, clause.end);
        d.end = clause.end;
        const split = splitDeadlines(d, dates);
        duties.splice(duties.indexOf(d), 1, ...split);
        last = { draft: split[split.length - 1]!, sentence: clause.sentence };
        continue;
      }
      // "每年向县委报告2次…，7月10日前报送上半年情况": the date is that of one of the two, not of both.
      if (deadlineFits(d.frequency) && d.minCount === 1) {
        d.deadline = deadline.date;
        d.note = noteOf(d.note, deadline.note);
        if (d.frequency === 'year' && EXPLICIT_YEAR_RE.test(clause.text)) d.frequency = 'once';
      } else {
        d.note = noteOf(d.note, deadlineNote(d.frequency, deadline));
      }
      d.source = text.slice(d.start, clause.end);
      d.end = clause.end;
      continue;
    }
    // "按时开好民主生活会，组织生活会": the second meeting shares the verb across a stray comma.
    const sibling = /^(民主生活会|组织生活会)/.exec(stripFillers(clause.text));
    if (sibling && last?.draft.implied && last.sentence === clause.sentence && last.draft.kind !== (sibling[1] === '民主生活会' ? 'democratic-life-meeting' : 'organizational-life-meeting')) {
      const kind = sibling[1] === '民主生活会' ? 'democratic-life-meeting' : 'organizational-life-meeting';
      const start = last.draft.start;
      duties.push({ ...last.draft, kind, title: FREQUENCY_LABELS[last.draft.frequency] + KINDS.find((k) => k.kind === kind)!.action, source: text.slice(start, clause.end), start, end: clause.end });
      last = null;
      continue;
    }
    // On an agenda a document is what the meeting takes up; one with its own time is still asked for.
    const deliverables = deliverableDrafts(clause, ctx).filter((d) => !(agenda || agendaSentence !== null) || d.deadline || readFrequency(clause.text));
    if (AGENDA_LEAD.test(clause.text) && /^[：:]/.test(text.slice(clause.end))) agenda = true;
    const time = deliverables.length > 0 ? null : timeDraft(clause, text, ctx);
    // "每年组织一次集中培训，时间不少于3天": the time is that of the events just counted, in the same period;
    // not of pieces written ("撰写调研报告至少1篇，调研时间累计不少于20天" are two duties).
    if (time && last && last.sentence === clause.sentence && last.draft.kind !== 'deliverable' && !last.draft.measure && !WRITTEN_COUNT_RE.test(last.draft.source) && last.draft.frequency === time.frequency && (time.kind === last.draft.kind || kindOf(clause.text) === null)) {
      const d = last.draft;
      d.measure = time.measure;
      d.amount = time.amount;
      d.note = noteOf(d.note, time.note);
      d.source = text.slice(d.start, clause.end);
      d.end = clause.end;
      continue;
    }
    // "每周不少于两小时，每年不少于80小时": the per-period amount implies the yearly one (RULES §7).
    if (time && last && last.sentence === clause.sentence && last.draft.measure === time.measure && time.frequency === 'year' && last.draft.frequency !== 'year' && (last.draft.amount ?? 0) * (PER_YEAR[last.draft.frequency] ?? 0) >= time.amount!) {
      const d = last.draft;
      d.source = text.slice(d.start, clause.end);
      d.end = clause.end;
      continue;
    }
    const quantified = deliverables.length > 0 || time ? null : quantifiedDraft(clause, text, ctx);
    // "每月开展1次主题党日活动，原则上每月最后一周的周五为主题党日", "党员大会：每季度召开1次。分别在每季度
    // 首月的第一周周五举行": the day of the act just counted, not a second duty.
    const dayOfLast = DAY_OF_ACT_RE.test(clause.text) ? last?.sentence === clause.sentence : SCHEDULE_RE.test(stripFillers(stripMarks(clause.text))) && (last?.sentence ?? -2) >= clause.sentence - 1;
    if (quantified && last && dayOfLast && (last.draft.kind === quantified.kind || quantified.kind === 'other') && last.draft.frequency === quantified.frequency && !findCount(clause.text)) {
      last.draft.source = text.slice(last.draft.start, clause.end);
      last.draft.end = clause.end;
      continue;
    }
    // "每月集中学习1次，每次不少于半天，全年集中学习不少于12次": the same act's yearly count, implied by the
    // per-period one (RULES §7); "全年开展专题研讨不少于4次" is another act and stays.
    if (quantified && last && last.sentence === clause.sentence && impliedYearly(last.draft, quantified, clause.text)) {
      last.draft.source = text.slice(last.draft.start, clause.end);
      last.draft.end = clause.end;
      continue;
    }
    // "全年集中学习研讨不得少于12次，每月开展一次集中学习研讨": the yearly count said first is implied by the
    // per-period one after it; the stricter per-period duty takes its place.
    if (quantified && last && last.sentence === clause.sentence && restatedYearly(last.draft, quantified)) {
      const i = duties.indexOf(last.draft);
      if (i >= 0) {
        const merged: Draft = { ...quantified, source: text.slice(last.draft.start, clause.end), start: last.draft.start };
        duties.splice(i, 1, merged);
        last = { draft: merged, sentence: clause.sentence };
        continue;
      }
    }
    // "每月集中学习，至少安排一次": the count completes the duty of the clause before, not a second one;
    // "合并召开党支部组织生活会，每半年召开一次": so does the frequency of a meeting held yearly by rule.
    if (quantified && last && last.sentence === clause.sentence && last.draft.kind === quantified.kind && quantified.start < clause.start && !last.draft.measure) {
      const d = last.draft;
      const own = readFrequency(clause.text)?.frequency;
      if (own && !d.implied && own !== d.frequency) {
        // "每月召开1次，全年不少于12次": the per-period count implies the yearly one (the stricter
        // check stays); a yearly count beyond it ("每季度1次，全年不少于6次") is a duty of its own.
        if (!(own === 'year' && quantified.minCount <= d.minCount * (PER_YEAR[d.frequency] ?? 0))) {
          duties.push(quantified);
          last = { draft: quantified, sentence: clause.sentence };
        }
        continue;
      }
      d.minCount = quantified.minCount;
      if (d.implied && own) {
        d.frequency = quantified.frequency;
        delete d.implied;
      }
      d.title = quantified.title;
      d.source = text.slice(d.start, clause.end);
      d.end = clause.end;
      continue;
    }
    // "支部每学期开一次生活会，每学期末组织党员交流体会，开展批评和自我批评": what the meeting just counted does.
    if (quantified && last && last.sentence === clause.sentence && (last.draft.kind === 'organizational-life-meeting' || last.draft.kind === 'democratic-life-meeting') && quantified.kind === 'other' && quantified.frequency === last.draft.frequency && !findCount(clause.text)) {
      last.draft.source = text.slice(last.draft.start, clause.end);
      last.draft.end = clause.end;
      continue;
    }
    // "规定每月周四下午学习一次，由支部组织全体党员政治学习": the study just counted is named after it.
    if (!quantified && last && last.sentence === clause.sentence && last.draft.kind === 'other' && /学习(?:一|[二两三四五六七八九十\d]+)次/.test(last.draft.source) && !findCount(clause.text) && !readFrequency(clause.text) && kindOf(clause.text) === 'study-group') {
      Object.assign(last.draft, { kind: 'study-group', source: text.slice(last.draft.start, clause.end), end: clause.end });
      continue;
    }
    // "每年进行总结，并向上级党委报告": one duty, named by the clause that says what is done.
    // A time quota ("每周每人学习理论不少于三小时，同时写出心得体会文章") is a duty of its own.
    // Not notes sized in characters: "学习笔记不少于8000字，并撰写2篇学习心得" are two pieces.
    if (quantified && last && last.sentence === clause.sentence && last.draft.kind === 'other' && !last.draft.measure && !last.draft.sized && quantified.kind !== 'other' && quantified.start < clause.start && quantified.start <= last.draft.start) {
      Object.assign(last.draft, { kind: quantified.kind, title: quantified.title, source: text.slice(last.draft.start, clause.end), end: clause.end });
      continue;
    }
    // "开好党支部组织生活会。每季度或半年召开1次": the heading's meeting, held yearly by rule, gets the period after it.
    if (quantified && last?.draft.implied && last.draft.kind === quantified.kind && last.sentence === clause.sentence - 1 && clause.before.length === 0 && quantified.start === clause.start) {
      const d: Draft = last.draft;
      Object.assign(d, { frequency: quantified.frequency, minCount: quantified.minCount, deadline: quantified.deadline ?? d.deadline, title: quantified.title, source: text.slice(d.start, clause.end), end: clause.end });
      d.note = noteOf(d.note, quantified.note);
      delete d.implied;
      last = { draft: d, sentence: clause.sentence };
      continue;
    }
    const words = deliverables.length > 0 || time || quantified ? null : wordsDraft(clause, text, ctx);
    const drafts = deliverables.length > 0 ? deliverables : time ? [time] : words ? [words] : quantified ? splitPeriodEntries(quantified).flatMap(splitLifeMeetings).flatMap(splitActivities).flatMap(splitJoinedMeetings).flatMap(splitCounted).flatMap(splitCountedAfter).flatMap(splitAffairs).flatMap((d) => splitDeadlines(d)) : [];
    // "每年年初按照校党委的要求，…，制定年度学习计划": the date of a clause that only says when.
    if (drafts.length === 0 && findDeadline(clause.text)) pending = { sentence: clause.sentence, deadline: findDeadline(clause.text)! };
    else if (drafts.length > 0 && pending?.sentence === clause.sentence) {
      for (const d of drafts) if (d.deadline === null && deadlineFits(d.frequency)) {
        d.deadline = pending.deadline.date;
        d.note = noteOf(d.note, pending.deadline.note);
      }
      pending = null;
    }
    // "年底形成学习情况报告，12月25日前报县委宣传部": the report formed is the one sent; one duty, due when sent.
    const formed = last?.sentence === clause.sentence && last.draft.kind === 'deliverable' && /(?:报告|总结)$/.test(last.draft.title) ? last.draft : null;
    const sent = formed && drafts.length <= 1 && drafts.every((d) => d.kind === 'report-to-committee') && kindOf(clause.text) === 'report-to-committee' && SENDS_ONLY_RE.test(clause.text.replace(DEADLINE_RE, ''));
    if (formed && sent) {
      Object.assign(formed, { kind: 'report-to-committee', deadline: drafts[0]?.deadline ?? formed.deadline, title: `${findDeadline(clause.text)?.phrase ?? ''}报送${formed.title.replace(/^形成/, '')}`, source: text.slice(formed.start, clause.end), end: clause.end });
      formed.note = noteOf(formed.note, drafts[0]?.note);
      continue;
    }
    // "制定年度学习计划，于2月底前报县委宣传部备案", "…，4月15日前将学习计划报党委宣传部": the plan is the product, due when it is to be sent up.
    const made = last?.sentence === clause.sentence && last.draft.kind === 'deliverable' && !formed ? last.draft : null;
    if (made && drafts.length === 1 && drafts[0]!.kind === 'report-to-committee' && drafts[0]!.deadline && made.deadline === null && (FILED_RE.test(clause.text.replace(DEADLINE_RE, '')) || SENDS_MADE_RE.test(clause.text))) {
      Object.assign(made, { deadline: drafts[0]!.deadline, title: `${made.title}（${findDeadline(clause.text)?.phrase ?? ''}报备）`, source: text.slice(made.start, clause.end), end: clause.end });
      made.note = noteOf(made.note, drafts[0]!.note);
      continue;
    }
    if (drafts.length === 0 && asides.length > 0) drafts.push(...asides);
    const meeting = [...duties].reverse().find((d) => MEETING_KINDS.includes(d.kind));
    if (drafts.length === 0 && meeting && last && last.sentence >= clause.sentence - 2) {
      const report = meetingReport(clause, meeting, ctx);
      if (report) drafts.push(report);
    }
    if (drafts.length === 0 && itemDue) {
      const due = dueByItem(clause, itemDue, ctx);
      if (due) drafts.push(due);
    }
    if (drafts.length > 0) {
      duties.push(...drafts);
      last = { draft: drafts[drafts.length - 1]!, sentence: clause.sentence };
    } else if (QUANTITY_HINT.test(clause.text) && !/^\s*(?:20\d{2}|二[〇零])/.test(clause.text)) {
      possible.push({ item: itemNo, source: clause.text, start: clause.start, end: clause.end });
    }
  }
  // "（二）制定学习计划。…制定年度学习计划": a heading naming the document the item then asks for, with its period.
  const bareName = (d: Draft) => d.title.replace(/年度|全年|本年度?|每年/g, '');
  for (const d of [...duties]) {
    if (d.kind === 'deliverable' && duties.some((o) => o !== d && o.kind === 'deliverable' && o.start > d.start && o.title !== d.title && bareName(o) === d.title)) duties.splice(duties.indexOf(d), 1);
  }
  duties.splice(0, duties.length, ...mergeQuarters(duties));
  // "二、人人撰写一篇调研文章。…至少撰写一篇…调研文章": the body restates the duty its heading names.
  // A heading is a short phrase of its own that says no period ("人人撰写一篇调研文章。").
  const heading = /^[^。；！？\n，,]{2,24}[。；！？\n]/.exec(text)?.[0] ?? '';
  const headingEnd = /每|全年|年度/.test(heading) ? 0 : heading.length;
  for (const d of [...duties]) {
    if (d.start < headingEnd) continue;
    if (duties.some((h) => h.end <= headingEnd && h.kind === d.kind && h.kind !== 'deliverable' && h.frequency === d.frequency && h.minCount === d.minCount && h.scope === d.scope && h.deadline === d.deadline)) duties.splice(duties.indexOf(d), 1);
  }
  const cut = (start: number, end: number) => (at ? original.slice(at[start], (at[end - 1] ?? at[start]!) + 1) : original.slice(start, end));
  const drafts = duties.map(({ start, end, implied: _i, sized: _z, ...d }) => ({ item: itemNo, ...d, ...(ctx.month ? { scheduled: true } : {}), source: cut(start, end) }));
  return {
    drafts,
    duties: drafts.map(({ generic: _g, scheduled: _s, ...d }) => d),
    possible: possible.map(({ start, end, item }) => ({ item, source: cut(start, end) })),
  };
}

/**
 * "支部每学期开一次生活会…。支部应将会议情况报告、会议记录交学院党总支": sending the record of the meeting
 * just counted upward is a report each time the meeting is held.
 */
const MEETING_KINDS: DutyKind[] = ['party-group-meeting', 'democratic-life-meeting', 'organizational-life-meeting'];
function meetingReport(clause: Clause, meeting: Draft, ctx: ItemContext): Draft | null {
  if (!MEETING_KINDS.includes(meeting.kind) || !/会议(?:情况|记录|纪要)/.test(clause.text) || kindOf(clause.text) !== 'report-to-committee') return null;
  if (readFrequency(clause.text) || findCount(clause.text) || findDeadline(clause.text)) return null;
  const facts: TitleFacts = { kind: 'report-to-committee', frequency: meeting.frequency, count: null, deadline: null, saysHowOften: false };
  return { kind: 'report-to-committee', title: titleOf(clause.text, facts), frequency: meeting.frequency, minCount: meeting.minCount, scope: scopeOf(clause, ctx.lead), deadline: null, source: clause.text, note: '每次会议后报送，按会议的频次计', start: clause.start, end: clause.end };
}

/**
 * A task list's item ends with its own due date ("〔责任部门：…，完成时间：2024年6月前〕"): an act of a known kind
 * in it ("对…进行全面摸底排查") is due then, though its clause says no time.
 */
const ITEM_DUE_RE = /完成(?:时间|时限|期限)[：:]\s*([^〕】\]）)，,；;。\n]+)/;
function dueByItem(clause: Clause, due: string, ctx: ItemContext): Draft | null {
  const kind = kindOf(clause.text);
  if (!kind || !ACTION_VERB.test(clause.text) || /完成(?:时间|时限|期限)/.test(clause.text)) return null;
  const deadline = findDeadline(`${due.replace(EXPLICIT_YEAR_RE, '')}完成`);
  const facts: TitleFacts = { kind, frequency: 'year', count: null, deadline, saysHowOften: false };
  const note = noteOf(`原文“完成时间：${due}”`, deadline?.note);
  return { kind, title: titleOf(clause.text, facts), frequency: 'year', minCount: 1, scope: scopeOf(clause, ctx.lead), deadline: deadline?.date ?? null, source: clause.text, ...(note ? { note } : {}), start: clause.start, end: clause.end };
}

/** A standing rule (制度, 办法) rather than a year's plan: what it asks to be drawn up is made once. */
function isStandingRule(plan: ParsedPlan): boolean {
  const head = `${plan.title}\n${plan.preamble.slice(0, 300)}\n${plan.sections[0]?.items[0]?.text.slice(0, 30) ?? ''}`;
  if (/(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年/.test(plan.title) && /要点|计划|安排/.test(plan.title)) return false;
  // "…时间一般从每年度11月开始，原则上年底前全部结束。…具体任务如下": the tasks of a yearly round, each made every year.
  if (/每年度?[^。]{0,16}?(?:开始|开展|启动)[^。]{0,16}?(?:年底|年终|12月)[^。]{0,8}?(?:结束|完成)/.test(plan.preamble)) return false;
  if (/制度|办法|规定|细则|规则|章程|责任制/.test(head)) return true;
  // Without a title, a text that names no year is no year's plan.
  const opening = `${plan.preamble}\n${plan.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n')}`.slice(0, 600);
  // "指导思想：…具体工作：…" is how a year's plan is laid out, dated or not.
  return !plan.title.trim() && !/(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年|本年|今年|年度计划|年度要点|指导思想|(?:主要|具体|重点)工作[:：]|工作任务[:：]/.test(opening);
}

/** "组长…主要职责是：" followed by its entries ("（1）组织制订…；（2）…"): the entries share its subject. */
function leadsOf(items: { text: string }[]): string[] {
  const leads: string[] = [];
  let lead = '';
  let open = false;
  for (const item of items) {
    leads.push(open ? lead : '');
    const text = item.text.trim();
    if (/[：:]$/.test(text) && subjectOf(text)) {
      lead = text;
      open = true;
    } else if (!/[；;]$/.test(text)) open = false;
  }
  return leads;
}

/**
 * A rule that asks for a document twice ("学习秘书负责制定学习计划……二、学习计划 …具体制定学习计划")
 * asks for one; in a year's plan two items may each ask for a "实施方案" of their own, so there
 * both stay. "年度有计划、月度有安排" restates a plan per period: once per period and scope in the
 * document, and not at all when a named document of that period is asked for.
 */
function dropRestatedPlans(drafts: (DutyDraft & { generic?: boolean })[], standing: boolean): DutyDraft[] {
  const key = (d: DutyDraft) => `${d.frequency}|${d.scope}`;
  const named = new Set(drafts.filter((d) => d.kind === 'deliverable' && !d.generic).map(key));
  const seen = new Set<string>();
  return drafts.flatMap(({ generic, ...d }) => {
    if (d.kind !== 'deliverable' || (!generic && !standing)) return [d];
    const same = `${key(d)}|${generic ? '' : d.title}`;
    if (seen.has(same) || (generic && named.has(key(d)))) return [];
    seen.add(same);
    return [d];
  });
}

// "第三条 党委会议每月召开…": articles before the first "(一)" list are entries too.
const PREAMBLE_ENTRY_RE = /(?:^|\n|[。；])\s*(?:\d{1,2}[、．.](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}[条條])|制度\d{1,2}[、．.]/;

/** What a duty's clause is about: its first words without list marks, fillers and subject ("党小组会…", "党课…"). */
function activityHead(source: string): string {
  const bare = stripFillers(stripMarks(toSimplified(source)));
  return stripFillers(bare.slice(subjectOf(bare)?.length ?? 0)).replace(/[^\u4e00-\u9fa5]/g, '').slice(0, 3);
}

/**
 * "原则上每月集中学习1次 … 三月份：学习…，开展专题研讨": a month of the schedule that holds an act the plan
 * already counts per month or quarter is one of those sessions, not a duty of its own.
 */
const STUDY_TOPIC_RE = /^(?:[^：:]{0,8}[：:])?(?:深入|认真|集中|专题|继续)?(?:学习|研读|领学)/;
function dropScheduledInstances<T extends DutyDraft & { scheduled?: boolean }>(drafts: T[]): T[] {
  const periodic = new Set(drafts.filter((d) => !d.scheduled && d.frequency !== 'year' && d.frequency !== 'once').map((d) => d.kind));
  // A month's topic ("二月份：学习《党章》") is what that month's study session takes up.
  const covered = (d: T) => (d.kind === 'other' ? periodic.has('study-group') && STUDY_TOPIC_RE.test(toSimplified(d.source)) : periodic.has(d.kind));
  return drafts.filter((d) => !d.scheduled || !covered(d));
}

/**
 * A rule that sums up its meetings again ("三、健全制度。一是坚持党员大会每季度至少召开一次，…党课每季度
 * 召开一次") restates them: the same activity with the same quantity and scope is one duty. A year's
 * plan is left alone, where two items may each ask for the same thing.
 */
function dropRestatedRules(drafts: DutyDraft[]): DutyDraft[] {
  const seen = new Map<string, string>();
  return drafts.filter((d) => {
    if (d.kind === 'deliverable') return true;
    const key = `${d.kind}|${d.frequency}|${d.minCount}|${d.scope}|${d.measure ?? ''}|${activityHead(d.source)}`;
    // One clause split into several meetings ("党员大会、党小组会每季度…") is not a restatement.
    if (seen.has(key)) return seen.get(key) === d.source && d.title !== drafts.find((e) => e.source === d.source && e !== d)?.title;
    seen.set(key, d.source);
    return true;
  });
}

const BRANCH_MEETING_RE = /(?<!委员|小组)(?:党)?支部会议?(?!室)/;
const ALL_MEMBERS_RE = /党员大会|支部大会/;

/**
 * "党支部会议每月召开一次" beside a 党员大会 with a period of its own is the other of the 三会, the
 * 支部委员会; alone, a 支部会议 may be any meeting of the branch and is left as it was read.
 */
function branchCommitteeMeetings(drafts: DutyDraft[]): DutyDraft[] {
  const isAll = (d: DutyDraft) => d.kind === 'other' && ALL_MEMBERS_RE.test(toSimplified(d.source));
  if (!drafts.some(isAll)) return drafts;
  return drafts.map((d) => (d.kind === 'other' && !isAll(d) && BRANCH_MEETING_RE.test(toSimplified(d.source)) ? { ...d, kind: 'party-group-meeting' } : d));
}

/** A section title written as a sentence: a clause break inside it, after a few words. */
const SENTENCE_TITLE_RE = /^[^，,。；]{4,}[，,。；]./;

/** "（一）有年度工作计划": a standard's heading saying the unit has the period's plan is that document. */
function headingPlan(section: ParsedPlan['sections'][number]): { drafts: DutyDraft[]; possible: PossibleDuty[] } {
  const m = HAS_PLAN_RE.exec(unwrap(toSimplified(section.title)).text);
  const drafts: DutyDraft[] = m ? [{ item: section.no, kind: 'deliverable', title: section.title, frequency: PERIOD_WORDS[m[1]!]!, minCount: 1, scope: 'group', deadline: null, source: section.title }] : [];
  return { drafts, possible: [] };
}

/** Duties of a plan and the clauses that look like duties but could not be read. */
/** "…，特制定本学习制度。": a page copied without its title names itself in the preamble. */
const SELF_NAMED_RE = /(?:(?:特|现)(?:制定|制订|建立)(?:本|如下)?|(?:制定|制订|建立)(?:本|如下))([\u4e00-\u9fa5]{0,16}?(?:制度|办法|规定|细则|规则|计划|要点|方案))/;
const documentName = (plan: ParsedPlan): string => unwrap(toSimplified(plan.title.trim() || (SELF_NAMED_RE.exec(unwrap(toSimplified(plan.preamble)).text)?.[1] ?? ''))).text;

export function extractPlan(plan: ParsedPlan): Extraction {
  const standing = isStandingRule(plan);
  const title = documentName(plan);
  const summary = isSummary(title);
  // "党组会议制度", "主题党日活动计划": a document about one meeting or activity.
  const titleKind = /会议|会制度|主题党日/.test(title) ? kindOf(title) : null;
  // "把学习…作为上半年的重点，制定学习计划": a year's plan may ask for things in its preamble too (item "");
  // a rule's preamble only introduces the rule.
  // A page copied from the middle of a rule ("2.支部书记…", "(四)党课。…") has its entries before the first heading.
  const entries = standing && PREAMBLE_ENTRY_RE.test(plan.preamble);
  // One odd sentence must not refuse the whole import: an item the reading fails on is offered whole as
  // a possible duty, and named in `unread` so the preview says so.
  const unread: string[] = [];
  const read = (itemNo: string, text: string, context: Parameters<typeof extractItem>[2]): ReturnType<typeof extractItem> => {
    try {
      return extractItem(itemNo, text, context);
    } catch {
      unread.push(itemNo);
      return { duties: [], drafts: [], possible: [{ item: itemNo, source: String(text ?? '').trim() }] };
    }
  };
  const preamble = (!standing || entries) && plan.preamble.trim() ? [read('', plan.preamble, { standing, titleKind, summary, title })] : [];
  const parts = [...preamble, ...plan.sections.flatMap((section) => {
    // The leads only help read the items: without them each item is read alone.
    const leads = ((): string[] => {
      try {
        return leadsOf(section.items);
      } catch {
        return [];
      }
    })();
    // "一、公司党委会议主要讨论和研究以下工作：": the entries below are the meeting's agenda.
    const agenda = AGENDA_LEAD.test(toSimplified(section.title).replace(/[：:\s]+$/, ''));
    // "二、民主评议每年一次，结合年度工作总结一起进行，…": a numbered line that is a sentence, not a heading, holds duties of its own.
    const own = SENTENCE_TITLE_RE.test(section.title) && QUANTITY_HINT.test(toSimplified(section.title)) ? [read(section.no, section.title, { standing, titleKind, summary, title })] : [];
    const sectionHeading = toSimplified(section.title);
    return [headingPlan(section), ...own, ...section.items.map((item, i) => read(item.no, item.text, { standing, lead: leads[i], titleKind, summary, title, agenda, heading: itemHeading(item.text) ?? sectionHeading }))];
  })];
  const drafts = branchCommitteeMeetings(dropRestatedPlans(dropScheduledInstances(parts.flatMap((p) => p.drafts)), standing)).map(({ scheduled: _s, ...d }: DutyDraft & { scheduled?: boolean }) => d);
  return { duties: standing ? dropRestatedRules(drafts) : drafts, possible: parts.flatMap((p) => p.possible), unread };
}

export function extractDuties(plan: ParsedPlan): DutyDraft[] {
  return extractPlan(plan).duties;
}

/** A duty from a clause the clerk selected in the plan text: what the rules read, else a blank "other". */
export function draftFromClause(itemNo: string, clause: string): DutyDraft {
  const read = extractItem(itemNo, clause).duties[0];
  return read ? { ...read, source: clause } : { item: itemNo, kind: kindOf(clause) ?? 'other', title: itemTitleOf(clause), frequency: 'year', minCount: 1, scope: 'group', deadline: null, source: clause };
}
