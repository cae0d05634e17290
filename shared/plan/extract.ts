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

import type { DutyDraft, DutyKind, DutyMeasure, DutyScope, Frequency } from '../domain/duties';
import { FREQUENCY_LABELS } from '../domain/duties';
import { CN_NUMERAL, DIGIT, parseNumeral } from './numerals';
import { itemTitleOf, type ParsedPlan } from './parse';
import { toSimplified } from './simplified';

interface Clause {
  /** The clause, trimmed: always a substring of the item text. */
  text: string;
  /** Offsets of `text` in the item text. */
  start: number;
  end: number;
  /** Index of the sentence in the item. */
  sentence: number;
  /** The previous sentence when it is only a label ("支部委员会。一般每月召开一次"). */
  label: string;
  /** Earlier clauses of the same sentence, nearest first. */
  before: string[];
  /** The sentence from its start up to the end of this clause. */
  upTo: string;
  /** The previous clause through this one, exactly as in the text ("" for the first). */
  withPrevious: string;
  /** First clause of the previous sentence, when this sentence has no subject of its own ("与各股室负责人…"). */
  inherited: string;
  /** First clause of the previous sentence ("支部委员会是…领导机构。一般每月召开1次"). */
  previousHead: string;
  /** The sentence goes on from one that ended with "；". */
  afterSemicolon: boolean;
}

/** A clause that only says when ("每年年初", "年底前"): it belongs to the clause after it. */
const BARE_TIME = /^(?:每(?:年|学年|学期|季度|月))?(?:年初|年底|年末|年终|月初|月底|季初|季末|学期初|学期末)(?:前|之前)?$/;

/**
 * "1、每两周集中学习一次2、每旬开展一次检查": a list run on without punctuation; a new entry starts at
 * "N、" after a character (not "第2、3季度", "1、2月").
 */
const RUN_ON_MARK = /(?<=[\u4e00-\u9fa5])(?<!第)(?=\d{1,2}[、．](?![\d月季年日号]))/g;

function splitRunOn(m: RegExpMatchArray): { 0: string; index: number }[] {
  const at = [0, ...[...m[0].matchAll(RUN_ON_MARK)].map((r) => r.index), m[0].length];
  return at.slice(1).map((end, i) => ({ 0: m[0].slice(at[i], end), index: m.index! + at[i]! }));
}

/** Sentences end at 。！？； or a line break; clauses at ，：. Spans keep `source` exact. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  const sentenceRe = /[^。！？!?；;\n]+/g;
  const sentences = [...text.matchAll(sentenceRe)].flatMap(splitRunOn);
  let index = 0;
  let previousSentence = '';
  let previousFirst = '';
  let carry = '';
  for (; index < sentences.length; previousSentence = sentences[index]![0].trim(), index++) {
    const s = sentences[index]!;
    const sentence = s[0];
    const label = previousSentence.length <= 12 ? previousSentence : '';
    const parts: { text: string; start: number; end: number }[] = [];
    const re = /[^，,：:]+/g;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      if (!t) continue;
      const part = { text: t, start: m.index + lead, end: m.index + lead + t.length };
      const prev = parts[parts.length - 1];
      if (prev && BARE_TIME.test(stripMarks(prev.text))) {
        prev.text = sentence.slice(prev.start, part.end);
        prev.end = part.end;
      } else parts.push(part);
    }
    // A sentence after "；" continues the one before it, the entries after "…职责是：" share its
    // subject, and one opening with 与/同/对 has no subject of its own.
    const inherited = carry || (/^\s*(?:与|同|对)/.test(sentence) ? previousFirst : '');
    const previousHead = previousFirst;
    const afterSemicolon = /[；;]/.test(text[s.index - 1] ?? '');
    previousFirst = parts[0]?.text ?? '';
    const after = text[s.index + sentence.length] ?? '';
    carry = /[：:]$/.test(sentence.trim()) ? previousFirst : /[；;]/.test(after) ? inherited || previousFirst : '';
    parts.forEach((p, i) => {
      const previous = parts[i - 1];
      out.push({
        text: p.text,
        start: s.index + p.start,
        end: s.index + p.end,
        sentence: index,
        label,
        before: parts.slice(0, i).map((q) => q.text).reverse(),
        upTo: sentence.slice(0, p.end).trim(),
        withPrevious: previous ? sentence.slice(previous.start, p.end).trim() : '',
        inherited,
        previousHead,
        afterSemicolon,
      });
    });
  }
  return out;
}

// ---------- quantities ----------

const NUM = `(?:${DIGIT}+|${CN_NUMERAL}+)`;

/** Unit of "每N<unit>" and how many months/weeks it spans, mapped to our frequencies. */
const PERIODS: { unit: RegExp; byCount: Partial<Record<number, Frequency>> }[] = [
  { unit: /^(?:周|星期)$/, byCount: { 1: 'week', 2: '2weeks' } },
  { unit: /^月$/, byCount: { 1: 'month', 2: '2months', 3: 'quarter', 6: 'halfyear', 12: 'year' } },
  { unit: /^季度?$/, byCount: { 1: 'quarter', 2: 'halfyear', 4: 'year' } },
  { unit: /^年度?$/, byCount: { 1: 'year' } },
];
// "一月一次", "两月一次", "半年召开一次", "一年至少两次": a period without 每, when a count follows;
// "按季度开展", "按月上报": a period with 按 (not "按年度计划", which names a plan).
const EVERY_RE = new RegExp(
  `每(${NUM})?个?(周|星期|月|季度?|年度?)|每半(年|月)|每(学期)|每(旬)|全年|每学年|逐年(?!递?(?:增|减|提高|上升|下降|扩大|加大|递))` +
    `|(?<![第上下前后本今去明近每全当该同次\\d一二三四五六七八九十])(一|两|二|三|六|半|[1-6](?=个)|[1-6](?=[月周]${NUM}次))个?(周|星期|月|季度|年)(?=[^，。；]{0,8}?${NUM}\\s*次)` +
    `|按(月|季度|季|半年|学期)(?!度?(?:计划|安排|方案))` +
    // "双周星期三", "隔周召开": every second week.
    `|(?:双|隔)(周)(?!年)`,
  'g',
);

interface FrequencyReading {
  frequency: Frequency;
  /** 每旬 is three times a month: counts are multiplied. */
  factor: number;
  note?: string;
}

const COUNT_NEXT_RE = new RegExp(`^(?:至少|不少于)?${NUM}次`);

const PER_YEAR: Partial<Record<Frequency, number>> = { week: 52, '2weeks': 26, month: 12, '2months': 6, quarter: 4, halfyear: 2, year: 1 };

const PERIOD_ORDER: Frequency[] = ['week', '2weeks', 'month', '2months', 'quarter', 'halfyear', 'year', 'once'];

function readEvery(m: RegExpExecArray | RegExpMatchArray): FrequencyReading | null {
  if (m[0] === '全年' || m[0] === '每学年' || m[0] === '逐年') return { frequency: 'year', factor: 1 };
  if (m[3]) return { frequency: m[3] === '年' ? 'halfyear' : '2weeks', factor: 1 };
  // A school year has two 学期: "每学期不少于2次" is at least 2 in each half of the year.
  if (m[4]) return { frequency: 'halfyear', factor: 1 };
  if (m[5]) return { frequency: 'month', factor: 3, note: '原文为“每旬”，按每月至少3次计' };
  if (m[6]) {
    // "一季度召开…" names the first quarter; only "一季度一次" is once a quarter.
    if (m[6] === '一' && m[7] === '季度' && !COUNT_NEXT_RE.test((m.input ?? '').slice(m.index! + m[0].length))) return null;
    if (m[6] === '半') return m[7] === '年' ? { frequency: 'halfyear', factor: 1 } : m[7] === '月' ? { frequency: '2weeks', factor: 1 } : null;
    const k = parseNumeral(m[6]);
    const f = k !== null ? PERIODS.find((p) => p.unit.test(m[7]!))?.byCount[k] : undefined;
    return f ? { frequency: f, factor: 1 } : null;
  }
  if (m[9]) return { frequency: '2weeks', factor: 1 };
  if (m[8]) return { frequency: m[8] === '月' ? 'month' : m[8] === '半年' || m[8] === '学期' ? 'halfyear' : 'quarter', factor: 1 };
  const n = m[1] ? parseNumeral(m[1]) : 1;
  const period = PERIODS.find((p) => p.unit.test(m[2] ?? ''));
  // "每三周" and the like have no frequency of ours: better none than a wrong one.
  const frequency = (n !== null && period?.byCount[n]) || null;
  return frequency ? { frequency, factor: 1 } : null;
}

/** "开学初和期末各开展一次": the times of each school term, so that many in each half of the year. */
const TERM_TIME = '(?:开学初|学期初|期初|期中|期末|学期末)';
const TERM_TIMES_RE = new RegExp(`${TERM_TIME}(?:(?:[和及与、]|以及)${TERM_TIME})+各`);

/** "上、下半年各召开一次", "年中和年底各开展一次": once in each half of the year. */
const HALVES_RE = /上[、和及与]?下半年各|上半年[和及与、]下半年各|年中[和及与、]年(?:底|末|终)各|6月[和及与、]12月各|六月[和及与、]十二月各/;

/** "一、三季度每季度至少1次": two named quarters, one in each half of the year. */
const NAMED_QUARTERS_RE = /([一二三四1-4])[、和及与]([一二三四1-4])季度/;

function namedQuarters(s: string): FrequencyReading | null {
  const m = NAMED_QUARTERS_RE.exec(s);
  if (!m) return null;
  const [a, b] = [parseNumeral(m[1]!), parseNumeral(m[2]!)];
  if (a === null || b === null || (a <= 2) === (b <= 2)) return null;
  return { frequency: 'halfyear', factor: 1, note: `原文为“${m[0]}”，按每半年计` };
}

/**
 * "全年不少于4次（每季度至少1次）": a yearly count followed by a count per shorter period is
 * read as the shorter one, which implies the yearly count and is the stricter check.
 */
function stricterPeriod(s: string, found: RegExpExecArray[] | RegExpMatchArray[]): { reading: FrequencyReading; count: Count } | null {
  const [first, ...rest] = found;
  if (!first || first[0] !== '全年' && !/^每年/.test(first[0])) return null;
  for (const later of rest) {
    const reading = readEvery(later);
    const count = findCount(s.slice(later.index! + later[0].length, later.index! + later[0].length + 8));
    if (reading && count && PERIOD_ORDER.indexOf(reading.frequency) < PERIOD_ORDER.indexOf('year')) return { reading, count };
  }
  return null;
}

/** "10号、20号为集中学习日": days of each month fixed for an act, one session on each. */
const FIXED_DAYS_RE = /(?<!\d|\d月)\d{1,2}[号日](?:[、和及与]\d{1,2}[号日])+(?:定?为|是)[^，。；]*?日/;
const fixedDays = (s: string): number => FIXED_DAYS_RE.exec(s)?.[0].match(/\d{1,2}[号日]/g)?.length ?? 0;

/** The clause's frequency. "每季度或半年", "每月或每季度": the looser of the two, and the note says so. */
function readFrequency(s: string): FrequencyReading | null {
  const days = FIXED_DAYS_RE.exec(s);
  if (days) return { frequency: 'month', factor: 1, note: `原文为“${days[0]}”，按每月${fixedDays(s)}次计` };
  const named = s.includes('季度') ? namedQuarters(s) : null;
  if (named) return named;
  const terms = TERM_TIMES_RE.exec(s);
  if (terms) {
    const n = terms[0].match(new RegExp(TERM_TIME, 'g'))!.length;
    return { frequency: 'halfyear', factor: n, note: `原文为“${terms[0]}”，按每学期${n}次计` };
  }
  const halves = HALVES_RE.exec(s);
  if (halves) return { frequency: 'halfyear', factor: 1, note: `原文为“${halves[0]}”，按每半年计` };
  const found = [...s.matchAll(EVERY_RE)];
  const first = found[0];
  if (!first) return null;
  const stricter = found.length > 1 ? stricterPeriod(s, found) : null;
  if (stricter) return stricter.reading;
  // "全年财务收支情况按季进行公布": 全年 says what is published, 按季 how often.
  const byPeriod = first[0] === '全年' ? found.find((m) => m[8]) : undefined;
  if (byPeriod) return readEvery(byPeriod);
  const reading = readEvery(first);
  const second = found[1];
  if (reading && second && /^或(?:者)?(?:每)?$/.test(s.slice(first.index! + first[0].length, second.index))) {
    const other = readEvery(second);
    if (other && PERIOD_ORDER.indexOf(other.frequency) > PERIOD_ORDER.indexOf(reading.frequency)) {
      return { ...other, note: `原文为“${s.slice(first.index!, second.index! + second[0].length)}”，按较宽的${FREQUENCY_LABELS[other.frequency]}计` };
    }
    return { ...reading, note: `原文为“${s.slice(first.index!, second.index! + second[0].length)}”，按较宽的${FREQUENCY_LABELS[reading.frequency]}计` };
  }
  // "或半年" after a frequency written without 每 again ("每季度或半年").
  const orHalf = reading && /^或(?:者)?(半年|年)/.exec(s.slice(first.index! + first[0].length));
  if (reading && orHalf) {
    const looser: Frequency = orHalf[1] === '半年' ? 'halfyear' : 'year';
    if (PERIOD_ORDER.indexOf(looser) > PERIOD_ORDER.indexOf(reading.frequency)) {
      return { frequency: looser, factor: 1, note: `原文为“${first[0]}${orHalf[0]}”，按较宽的${FREQUENCY_LABELS[looser]}计` };
    }
  }
  return reading;
}

function findFrequency(s: string): Frequency | null {
  return readFrequency(s)?.frequency ?? null;
}

interface Count {
  n: number;
  unit: string;
  atLeast: '至少' | '不少于';
}
// "第一次" is an ordinal and "一次性" an adverb; 个/项/条 count things, not occurrences
// ("两个确定", "三项机制"). "1至2次" means at least 1. "十五届五次全会" is the fifth plenary of a term.
const COUNT_RE = new RegExp(`(?<!第|届[^，。；、]{0,10})(${NUM})(?:\\s*[至到~～\\-—－–]\\s*${NUM})?\\s*(次|篇|场|期|回|轮|份|本)(?!性)`);

// Names in quotes ("三本", "四有") are not counts.
const QUOTED = /[“"「『][^”"」』]{0,12}[”"」』]/g;
const blankQuoted = (s: string): string => s.replace(QUOTED, (q) => '　'.repeat(q.length));

function findCount(s: string): Count | null {
  // "每年两次（上半年和下半年各一次）": the count is the one of each half.
  const halves = HALVES_RE.exec(s);
  if (halves) return findCount(s.slice(halves.index + halves[0].length)) ?? { n: 1, unit: '次', atLeast: '至少' };
  const days = fixedDays(s);
  if (days > 0) return { n: days, unit: '次', atLeast: '至少' };
  const bare = /[“"「『]/.test(s) ? blankQuoted(s) : s;
  const found = /全年|每年/.test(s) ? [...s.matchAll(EVERY_RE)] : [];
  const stricter = found.length > 1 ? stricterPeriodCount(bare, found) : null;
  if (stricter) return stricter;
  const m = COUNT_RE.exec(bare);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  if (!m || n === null || n < 1) return null;
  return { n, unit: m[2] ?? '次', atLeast: AT_LEAST_RE.test(s) ? '不少于' : '至少' };
}

const AT_LEAST_RE = /不少于|不低于|不得少于|不得低于|不应少于/;

function stricterPeriodCount(s: string, found: RegExpMatchArray[]): Count | null {
  return stricterPeriod(s, found)?.count ?? null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number): string => String(n).padStart(2, '0');
// "去年底" is past, not a deadline.
const DEADLINE_RE = new RegExp(`(${NUM})月(?:(底|末)前?|(${NUM})日(?:之|以)?前)|(?<![去上前])(?:年底|年末|年终)(前|之前)?|(?<![去上前])(年初)|(?<![一二两三四五几多\\d近])年内(?=(?:完成|开展|组织|实现|召开|举办|进行|对))`);
/** "年终进行评估" is due at year end; "年末党员组织生活会之前" names a meeting, and the talk is timed by it. */
const yearEndAct = (after: string): boolean => /^(?:[,，、]|$|完成|形成|向)/.test(after) || actStart().test(after);
let actStartRe: RegExp | null = null;
/** Built on first use: ACTION_VERB is declared further down. */
// "年底做好检查评比工作": a 做好 before the act is still the act.
const actStart = (): RegExp => (actStartRe ??= new RegExp(`^(?:做好|抓好|搞好)?(?:${ACTION_VERB.source})`));
/** "上半年召开一次推进会" (by 30 June), "于每年1月向县委报告" (by the month's end): a period named before the act. */
const HALF_OR_MONTH_RE = new RegExp(`(?<![去今明前])(上半年|下半年)|(?<![每\\d一二三四五六七八九十个第])(${NUM})月份?(?:[上中下]旬)?(?:内|前)?`, 'g');
// A deadline in a given year ("2022年6月底前") happens once; without a year it recurs.
const EXPLICIT_YEAR_RE = /(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年/;
/** "每月28日前上报": a monthly duty due by a day of each month. */
const MONTH_DAY_RE = new RegExp(`每(?:个)?月(${NUM})日(?:之|以)?前`);

interface Deadline {
  /** "MM-DD"; null for a day of the next year ("次年1月15日前"), which no period of this year ends on. */
  date: string | null;
  /** The words of the text, e.g. "3月底前", for titles. */
  phrase: string;
  note?: string;
}

/** "3月底前" → "03-31", "12月20日前" → "12-20", "年底前"/"年终" → "12-31", "年初" → "03-31" (February ends on the 28th). */
function findDeadline(s: string): Deadline | null {
  const m = DEADLINE_RE.exec(s);
  if (!m) return periodBeforeAct(s);
  // "安排在…之前进行": timed by another event, not by a date.
  if (/安排在[^，。；]*(?:之前|以前)/.test(s)) return null;
  if (m[5]) return { date: '03-31', phrase: m[0], note: '原文为“年初”，按3月31日前计' };
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
function deadlinesOf(s: string): Deadline[] {
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
const MONTHS_EACH_RE = new RegExp(`(?<![\\d每第])(${NUM}月份?(?:(?:[和及与、]|以及)${NUM}月份?)+)(?:分别|各)`);
// "每年6月、12月集中开展两次发展对象培训": as many times as months named, one in each.
const MONTHS_LIST_RE = new RegExp(`(?<![\\d每第])(${NUM}月份?(?:(?:[和及与、]|以及)${NUM}月份?)+)(?![份底末前中上下初]|\\d|${NUM}日)[^，。；]{0,16}?(${NUM})次`);
function monthsEach(s: string): Deadline[] {
  const list = MONTHS_LIST_RE.exec(s);
  const m = MONTHS_EACH_RE.exec(s) ?? (list && parseNumeral(list[2]!) === list[1]!.split(/[和及与、]|以及/).length ? list : null);
  if (!m) return [];
  const months = m[1]!.split(/[和及与、]|以及/).map((w) => ({ phrase: w, month: parseNumeral(w.replace(/月份?$/, '')) }));
  if (months.some(({ month }) => month === null || month < 1 || month > 12)) return [];
  return months.map(({ phrase, month }) => ({ date: `${pad(month!)}-${pad(DAYS_IN_MONTH[month! - 1]!)}`, phrase }));
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "上半年和全年", "一季度、三季度": which report each of the dates is for, in order. */
const REPORT_PART = '(?:上半年|下半年|全年|年度|第?[一二三四1-4]季度)';
const REPORT_PARTS_RE = new RegExp(`(${REPORT_PART}(?:[和及与、]${REPORT_PART})+)([\u4e00-\u9fa5]{0,10})`);

/** "第一季度制定…清单": by the end of the quarter named. */
const QUARTER_BEFORE_ACT_RE = /(?<![每各、和及与])第?([一二三四1-4])季度(?:内|末|前|底前)?(?=[^，。；]{0,2}?(?:制定|印发|完成|召开|开展|组织|报送|上报|提交|形成|出台|举办|进行))/;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

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

function findMonthDay(s: string): number | null {
  const m = MONTH_DAY_RE.exec(s);
  const day = m?.[1] ? parseNumeral(m[1]) : null;
  return day !== null && day >= 1 && day <= 31 ? day : null;
}

// ---------- quantities of time ----------

interface TimeAmount {
  measure: Exclude<DutyMeasure, 'count'>;
  amount: number;
  note?: string;
}
// "累计不少于12天", "调研时间不少于20天", "不少于40学时", "蹲点不少于1周". A bound word is needed:
// "3天内完成" is a deadline, not an amount.
const TIME_RE = new RegExp(`(?:累计|时间|不少于|不低于|不得少于|不得低于|不应少于|至少|达到)[^，。；]{0,6}?(?<!第)(${NUM})\\s*(?:个)?(工作日|天|日|学时|课时|小时|周|星期)(?![内后前])`);

function findTime(s: string): TimeAmount | null {
  const m = TIME_RE.exec(s);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  if (!m || n === null || n < 1) return null;
  // "每次不少于3个小时" is how long each session lasts, not a sum over a period.
  if (/每次[^，。；]{0,4}$/.test(s.slice(0, m.index + 4))) return null;
  const unit = m[2]!;
  if (unit === '周' || unit === '星期') return { measure: 'days', amount: n * 5, note: `原文为“${n}周”，按${n * 5}个工作日计` };
  return unit === '学时' || unit === '课时' || unit === '小时' ? { measure: 'hours', amount: n } : { measure: 'days', amount: n };
}

/** The activity whose records' durations add up to a time amount. */
function timeKindOf(s: string): DutyKind {
  // "自学时间每周不少于八小时", "每年学法时间不少于40学时": one's own reading, proven by notes, not by a session's record (RULES §7).
  if (/自学|学法|个人学习/.test(s)) return 'other';
  if (/调研|调查研究|蹲点|走访/.test(s)) return 'research-report';
  if (/中心组|学习|研讨/.test(s)) return 'study-group';
  return kindOf(s) ?? 'other';
}

// ---------- kind, scope ----------

// First match wins: "听取…汇报" before "向县委…汇报", meetings before what they discuss.
const KINDS: { kind: DutyKind; re: RegExp; action: string }[] = [
  { kind: 'hear-report', re: /听(?:取|[一二两三四五六七八九十\d]+次)[^，。；]*?(?:汇报|报告|述职)/, action: '听取汇报' },
  // "向县委", "向上级党委", "向中心党总支", "向上级组织部门报送": upward to a Party body or its department.
  { kind: 'report-to-committee', re: /向(?:[\u4e00-\u9fa5]{0,12}?(?:县委|市委|区委|州委|省委|党委|党组|党工委|党总支|总支|组织部门?|纪委|纪工委)|上级(?:党组织|组织|党委|部门)?)[^，。；]*?(?:报告|请示|汇报|述职|报送|上报|呈报|提交)|请示报告|(?<![简举公预])报(?:送|至|给)?(?:[\u4e00-\u9fa5]{0,6}?(?:县委|市委|区委|州委|省委|纪委|纪工委|组织部|宣传部|党工委|机关工委)|上级|[校院镇乡县市区]党(?:委|总支))|交(?:至|给)?(?:学院|学校|上级|[校院镇乡县市区])?(?:党总支|党委|党工委)(?!办|[^，。；]{0,4}(?:审定|审批|审议|研究))/, action: '向上级党组织报告工作' },
  { kind: 'democratic-life-meeting', re: /民主生活会/, action: '召开民主生活会' },
  { kind: 'organizational-life-meeting', re: /组织生活会|(?<!民主)生活会/, action: '召开组织生活会' },
  // "组织村干部学习党的路线" is a collective study too; "学习培训" is training.
  // A member's part in it ("交流发言", "领学") is proven by the session's record too.
  // A report is the evidence even when it is written in study ("组织中心组成员撰写学习调研报告").
  { kind: 'research-report', re: /调研报告|调查报告/, action: '撰写调研报告' },
  // "撰写学习体会", "写两篇理论学习体会文章": a written piece of one's own, proven like a report (RULES §7).
  { kind: 'research-report', re: /(?:学习|心得)体会|体会文章|理论文章|调研文章|(?:撰写|写)[^，。；]{0,12}?(?:心得|体会)|(?:撰写|写)(?:出)?[一二两三四五六七八九十\d]+篇/, action: '撰写学习体会' },
  { kind: 'study-group', re: /中心组|集中学习|集体学习|(?:党内|政治|理论)学习|学习研讨|专题研讨|辅导(?:讲座|报告)|专题讲座|专家讲座|组织[^，。；]{0,8}?学习(?!培训|考察|参观)|组织[^，。；]{0,16}?研讨(?!成果)|专题学习|学习交流(?:会|活动)|(?:交流|重点|中心|研讨)发言|领学|(?:班子|两委)(?!成员)[^，。；（()）]{0,6}?(?<!自)学习(?!计划|制度|内容|笔记|资料|时间|培训|考察|参观|教育|强国)/, action: '开展中心组学习' },
  { kind: 'party-lecture', re: /党课/, action: '讲党课' },
  { kind: 'theme-party-day', re: /主题党日|(?<!主题)党日活动|党员活动日|固定党日/, action: '开展主题党日活动' },
  { kind: 'warning-education', re: /警示教育|以案促改|以案示警|(?:廉政|警示|反腐倡廉|廉洁)(?:文化)?教育基地/, action: '开展警示教育' },
  // "到联系点调研不少于4次": the visit is research too ("调研成果" recommended upward is not).
  { kind: 'research-report', re: /调研报告|调查报告|调研活动|调查研究|调研(?!成果|员)/, action: '撰写调研报告' },
  { kind: 'talk', re: /谈心|谈话|约谈/, action: '开展谈心谈话' },
  // A 党委's own meeting (乡镇、部门党委) is what a 党组会议 is to a 党组.
  // "专题研究…工作", "召开专题会议": the leading body takes up a matter at its meeting.
  { kind: 'party-group-meeting', re: /党组会|党委会|支委会|支部委员会|(?:领导)?班子会议|(?:党组织|党总支|总支)委员会|两委(?:联席)?会|村(?:党支部|党组织)[\u4e00-\u9fa5]{0,4}联席会|专题研究(?!部署)|专题会议|(?:党组|党委|党工委|党总支|支部委员会)[^，。；]{0,12}?召开(?:[一二两三四五六七八九十\d]+次)?(?:全体)?(?:委员)?会议|(?<!调查|深入)研究(?!部署)[^，。；]{1,12}?(?:工作|问题|事项)[^，。；]{0,4}?(?:每|不少于|至少)|研究[一二两三四五六七八九十\d]+次[^，。；]{0,15}?(?:工作|问题|事项)/, action: '召开党组会议' },
  // "进行检查评比", "开展…检查", "抽查…笔记": the check is the act; "对照检查材料" is a life meeting's paper.
  { kind: 'inspection', re: /督导检查|督促检查|监督检查|专项检查|督查|研究部署|(?<!对照|自我)检查(?!材料)|抽查|摸底排查|督导(?!员|组)/, action: '开展督导检查' },
];

/** "对各支部…情况每月进行一次考核", "组长每半年对成员的学习笔记检查一次": the verb is the act, whatever is checked. */
const INSPECT_RE = /对(?!照)[^，。；]{1,40}?(?:进行|开展)?(?:[一二两三四五六七八九十\d]+次)?(?:督导检查|督促检查|监督检查|专项检查|检查|督查|抽查|考核|考评)/;
const MEMBER_REPORTS_RE = /党员[^，。；]{0,8}?向(?:所在)?(?:党组织|党支部|支部|党小组)(?!书记)[^，。；]*?(?:汇报|报告)|(?:汇报|报告)[^，。；]{0,4}?(?:本人|个人|自己)?的?思想/;
// "纪委每季度向党委汇报一次工作", "派驻纪检组每半年向局党组汇报": the unit's discipline body reports to it.
const HEARS_GROUP_RE = /(?:(?<![各每])党小组(?!会)[^，。；]{0,12}?向(?:本)?(?:党支部|支部|党总支|总支)|(?:纪委|纪工委|纪检组|纪检监察组|纪检委员)[^，。；]{0,12}?向(?!上级)[^，。；]{0,6}?(?:党委|党组|党工委|党总支|党支部))[^，。；]*?(?:汇报|报告)/;
const APPRAISES_PEOPLE_RE = /对(?:全体|每名|每位|每个)?(?:教职工|职工|教师|学生|机关)?(?:党员|干部|教职工|职工|教师|班子成员)(?:进行|开展)[^，。；]{0,4}?(?:考核|考评|评议|评定)/;
const TEACHES_STAFF_RE = /向[^，。；]{0,8}?(?:干部|职工|党员|群众|师生|员工)[^，。；]{0,4}?(?:做|作)[^，。；]{0,8}?(?:辅导报告|宣讲|报告会)/;
/** The object of "对…进行/开展…": what the act is about, not the act ("对调查报告进行研讨" is a discussion). */
const OBJECT_RE = /对(?!于|照)[^，。；]{1,30}?(?=(?:要|应|须)?(?:每[^，。；]{0,4}?)?(?:进行|开展|组织|实施)|约谈|谈话|研讨)/;

/** The kind is named by the act: neither the subject ("中心组成员每年撰写调研报告") nor the object of 对 decides it. */
function kindOf(s: string): DutyKind | null {
  // "党小组每年底向党支部汇报": a body under the unit reports to it, so the unit hears it.
  if (HEARS_GROUP_RE.test(s)) return 'hear-report';
  // "党员每季应向党组织汇报一次思想": a member's report of himself to his own branch, not a report upward.
  if (MEMBER_REPORTS_RE.test(s)) return 'other';
  // "对党员进行年度考核": appraising people is an act of its own, not an inspection of work.
  if (APPRAISES_PEOPLE_RE.test(s)) return 'other';
  if (INSPECT_RE.test(s)) return 'inspection';
  // "民主评议党员在年度组织生活会上进行，每年1次": the meeting is where the appraisal is held, not what is done.
  // "向干部职工做辅导报告": a member teaching the staff, not a session of the study group, nor a 党课 by name.
  if (TEACHES_STAFF_RE.test(s)) return 'other';
  if (/民主评议[^，。；]*?(?:在|结合)[^，。；]{0,12}?组织生活会/.test(s) || /评议[^，。；]{0,4}?党员[^，。；]*?(?:在|结合)[^，。；]{0,12}?组织生活会/.test(s)) return 'other';
  const find = (t: string) => KINDS.find((k) => k.re.test(t))?.kind ?? null;
  // What the clause without its subject or object names, it names in full too.
  if (find(s) === null) return null;
  const subject = subjectOf(s);
  const withoutObject = s.replace(OBJECT_RE, '');
  const core = withoutObject.slice(subject && withoutObject === s ? subject.length : 0);
  // The subject may be the meeting or the study group itself ("党委会每月召开一次", "中心组学习每季度1次"):
  // then the whole clause is read, if the rest of it holds or quantifies an act.
  const acts = /召开|举行|开展|进行|学习|研讨|会/.test(core) || isBareQuantity(core);
  return find(core) ?? (withoutObject === s && acts ? find(s) : null);
}

// Words that may precede the subject of a clause: "坚持…", "党组要…", "原则上…".
const FILLERS = /^(?:[一二三四五六七八九十]+是|[（(][0-9一二三四五六七八九十]{0,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．.](?!\d)|坚持|要|应当?|须|必须|原则上|并且?|同时|其中|此外|另外|还要|切实|认真|严格|一般)+/;
/** "每年年初，局人事处要…": a time before the subject (titles keep it). */
const TIME_LEAD = /^(?:每(?:年|学年|学期|季度|月))?(?:年初|年底|年末|年终)(?:前|之前)?[，,]?/;
/** A clause without its list marker ("(3)", "()", "四、"). */
const stripMarks = (s: string): string => s.replace(/^\s*(?:[（(][0-9一二三四五六七八九十]{0,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．.](?!\d))\s*/, '');
// Subjects at the start of a clause; "党组每年听取党组成员…汇报" is the group's duty, so
// "党组成员" only counts as the subject where the clause begins with it.
// The unit may come first: "县政府党组", "局党组成员", "县教育局党组", "镇党委书记".
// Not "听一次村党委书记…汇报", "每半年向集团公司党委汇报": a verb or preposition before the unit makes it the object.
// "镇党委、人大、政府班子成员": the leaders of several bodies named together.
const UNIT = '(?:(?:(?!听|对|向|与|由|请|按|每|召开|参加|要求)[\\u4e00-\\u9fa5、]){0,10}?(?:县|市|区|州|旗|镇|乡|街道|局|委|办|院|中心|政府|厅|部|所|站|公司|集团|校|机关))?';
// "党委(党组)": one body named by both words, as county rules write for units of either kind.
const BODY = '(?:党组|党委)(?:[（(](?:党组|党委|党工委)[）)])?';
const SUBJECTS: { re: RegExp; scope: DutyScope }[] = [
  { re: /^(?:其他|其余)(?:(?:党组|党委|班子|支委)?(?:成员|委员)|支委|领导班子成员)|^(?:党组|党委|班子|支委|支部委员)其他成员/, scope: 'each-member-except-secretary' },
  {
    re: new RegExp(
      `^(?:每(?:人|位|名)(?:${BODY}|班子)?(?:成员|委员|党员)?|每(?:个|位|名)(?:(?:理论)?学习)?(?:中心组|班子|${BODY})?成员|每(?:个|位|名)(?:党员)?(?:领导)?干部|(?:公司|集团|单位|局|院|校|学校)领导(?!班子|小组|干部)|各(?:位)?(?:党组|班子|支部)?(?:成员|委员)|${UNIT}${BODY}书记[、和及与]${BODY}(?:成员|委员)|${UNIT}${BODY}(?:成员|委员)|${UNIT}(?:领导)?班子成员|党员领导干部|支委(?!会))`,
    ),
    scope: 'each-member',
  },
  // "党员每年向党支部汇报思想": each member reports for themself.
  // "党员每年要写两篇心得": a piece each writes himself (RULES §5: in a branch's own rule, each member).
  { re: /^(?:每名|每位|每个)?党员(?=[^，。；]*?(?:向(?:所在)?(?:党支部|支部|党小组|党组织)[^，。；]*?(?:汇报|报告)|撰写|写(?:出)?[一二两三四五六七八九十\d]+篇|自学))/, scope: 'each-member' },
  // "关工委成员", "中心组成员": the members of whatever body the document is about.
  { re: /^(?:(?!听取|对|向|与|和|及|召开)[\u4e00-\u9fa5]){1,5}?成员(?!会)/, scope: 'each-member' },
  { re: new RegExp(`^${UNIT}(?:${BODY}|党组织|党支部|支部|党总支|总支)?(?:书记|主要负责人|主要负责同志)|^(?:党组织|党支部|支部|党总支)负责人`), scope: 'secretary' },
  // The 中心组's 组长 is the secretary (中心组学习制度: "中心组组长由党委书记担任").
  { re: new RegExp(`^${UNIT}(?:${BODY})?(?:理论学习)?中心组组长`), scope: 'secretary' },
  // Not "党组会议", "党组理论学习中心组": there 党组 is part of a noun, not the subject.
  { re: new RegExp(`^${UNIT}${BODY}(?![会理中成书委织])|^${UNIT}党组织(?!书记|负责人|主要负责)`), scope: 'group' },
  // "党支部每学期检查一次": the branch as a body, so an earlier clause's subject does not carry over.
  { re: new RegExp(`^${UNIT}(?:党支部|党总支|支部)(?![会委书大党成组负])`), scope: 'group' },
  // "党委中心组每年年初…": the study group as a body.
  { re: new RegExp(`^${UNIT}(?:${BODY})?(?:理论学习)?中心组(?!成员|组长|学习)`), scope: 'group' },
];
const EXCEPT_SECRETARY = /除(?:党组|党委|党支部|支部)?书记(?:以)?外/;
/** Duties every member carries by themselves: talks "之间", their own 联系点 or 分管领域. */
// "组织班子成员撰写调研报告": each member writes one.
const EACH_MEMBER_HINT = /之间[^，。；]*谈心|相互谈心|互相谈心|联系点|分管领域|分管范围|分管部门|分管单位|组织[^，。；]{0,6}?(?:成员|委员|支委)[^，。；]*?(?:撰写|形成|提交)[^，。；]*?(?:报告|文章|心得)/;

const stripFillers = (s: string): string => s.replace(FILLERS, '');

// "党员领导干部民主生活会每年召开一次": the words before a meeting name qualify the meeting.
// "支部书记例会": the secretaries' meeting, held by the body that calls them.
const QUALIFIES_MEETING = /^(?:的)?(?:民主生活会|组织生活会|会议|中心组|理论学习|例会|座谈会|联席会|工作会)/;

function subjectOf(s: string): { scope: DutyScope; length: number } | null {
  let bare = stripFillers(s);
  const lead = TIME_LEAD.exec(bare);
  if (lead) bare = stripFillers(bare.slice(lead[0].length));
  for (const { re, scope } of SUBJECTS) {
    const m = re.exec(bare);
    if (m && !QUALIFIES_MEETING.test(bare.slice(m[0].length))) return { scope, length: s.length - bare.length + m[0].length };
  }
  return /每人|每位(?:党组|班子)?成员|每名(?:党组|班子)?成员/.test(s) ? { scope: 'each-member', length: 0 } : null;
}

/** Where the subject may be found: the clause, earlier clauses, the sentence before ("…；与…"), the list's lead. */
// "党员大会由党组织负责召集，党组织书记主持，…每季度召开一次": who runs the meeting does not owe it.
const RUNS_MEETING = /(?:主持|召集|列席|参加)$/;
// "确保中心组成员每年学法…，并每年组织举办法律讲座": whom a rule ensures something of is its object, and does not act on.
const ENSURES = /^(?:确保|保证|督促|要求)/;
const subjectPlaces = (clause: Clause, lead: string): string[] => [clause.text, ...clause.before.filter((b) => !RUNS_MEETING.test(b) && !ENSURES.test(stripFillers(b))), clause.inherited, lead].filter(Boolean);

const hasSubject = (clause: Clause, lead = ''): boolean => EXCEPT_SECRETARY.test(clause.upTo) || subjectPlaces(clause, lead).some((s) => subjectOf(s) !== null);

/** "党员每年要写两篇心得，年终检查评比": the members write, the body checks; the check is not each member's. */
const checksMembers = (kind: DutyKind, clause: Clause): boolean =>
  kind === 'inspection' && subjectOf(clause.text) === null && /^(?:每名|每位|每个)?党员/.test(stripFillers(clause.before.find((b) => subjectOf(b) !== null) ?? ''));

/** The clause's own subject, else the nearest earlier one, else the group. */
function scopeOf(clause: Clause, lead = ''): DutyScope {
  if (EXCEPT_SECRETARY.test(clause.upTo)) return 'each-member-except-secretary';
  // "书记与班子成员、班子成员之间、班子成员与党员开展谈心谈话": pairs of every member, not one person's.
  if (/[、]\S{0,10}之间|之间[、]/.test(clause.upTo) && /谈心|谈话/.test(clause.upTo)) return 'each-member';
  // "党组书记与班子成员、班子成员与分管股室负责人…谈话": the second pair's talker is every member.
  if (/[、，,](?:领导)?(?:班子|党组|党委|支委)?(?:成员|委员)(?:之间|与|和|同)/.test(clause.upTo) && /谈心|谈话/.test(clause.upTo)) return 'each-member';
  for (const s of subjectPlaces(clause, lead)) {
    const subject = subjectOf(s);
    if (subject) return subject.scope;
  }
  // "根据本人的实际制订年度自学计划": one's own plan, of each member.
  // "自学时间每月不少于30个小时": one's own reading, of each member (RULES §7).
  return EACH_MEMBER_HINT.test(clause.upTo) || (/本人|自己/.test(clause.upTo) || /自学(?!笔记)/.test(clause.text)) ? 'each-member' : 'group';
}

// ---------- titles ----------

const MAX_TITLE = 18;

interface TitleFacts {
  kind: DutyKind;
  frequency: Frequency;
  count: Count | null;
  deadline: Deadline | null;
  /** The text says how often itself ("每月…"), so the title needs no "每年" in front. */
  saysHowOften: boolean;
}

/** The clause minus its subject and fillers when short; else "<频次或期限><动作><次数>". */
function titleOf(source: string, f: TitleFacts): string {
  const subject = subjectOf(source);
  const bare = stripFillers(source.slice(subject?.length ?? 0).replace(/^[，,、\s]+/, ''));
  if (bare.length <= MAX_TITLE) {
    return (f.saysHowOften || f.deadline ? '' : FREQUENCY_LABELS[f.frequency]) + bare;
  }
  const action = KINDS.find((k) => k.kind === f.kind)?.action;
  if (!action) return `${bare.slice(0, MAX_TITLE)}…`;
  const when = f.deadline?.phrase ?? FREQUENCY_LABELS[f.frequency];
  const times = f.count ? `${f.count.atLeast}${f.count.n}${f.count.unit}` : '';
  return when + action + times;
}

// ---------- deliverables ----------

// "报送年度工作总结": a named document sent upward is a document too.
// "每季度更新《案例汇编》": a named compilation kept up to date each period is a product of that period.
// "年底形成学习情况报告": a report the unit writes is its product; one sent upward is a report (KINDS).
const DELIVERABLE_VERB = /(?:研究)?(?:制定印发|制定出台|制定下发|制定|制订|拟定|拟订|编制|印发|出台|修订|提出|确定|报送|上报|呈报|更新(?=《)|形成(?=[^，。；]{0,20}?(?:报告|总结)))/;
// A document name ends with one of these nouns, followed by a clause end or a conjunction
// ("…清单和…清单"), so "制度建设" is not read as a document called "…制度".
const DOC_NAME = /(?:[和及与、]|以及)?(.*?(?:清单|计划|方案|制度|办法|细则|规则|规划|意见|要点|台账|重点|课题|总结|目标|汇编|手册|报告)[》”"』]?)(?=[和及与、等并《“]|以及|$)/g;

/**
 * Not a document the unit must make: the rule introducing itself ("特制定本制度"), a past act
 * told in a news item ("制定下发了…"), advice ("提出意见和建议", "提出贯彻执行的意见"), and
 * 重点/课题 except where they are fixed or proposed ("确定全年调研重点").
 */
function isDocument(said: string, name: string, clause: string): boolean {
  // "研究确定…": the verb is 确定, the 研究 only says it is done at a meeting.
  const verb = said.replace(/^研究/, '');
  // Only one formed is: a report sent (报送…报告) is a report upward, a research report is research.
  if (/报告$/.test(name)) return verb.endsWith('形成') && !/调研|调查/.test(name);
  // "制定本考核制度", "特制定本实施细则": the rule itself.
  if (/特(?:制定|制订)|本(?:[\u4e00-\u9fa5]{0,4}?(?:制度|办法|规定|细则|规则)|意见|方案|计划|要点)|如下/.test(clause)) return false;
  if (new RegExp(`${verb}了`).test(clause) || /已(?:经)?(?:制定|印发|出台)/.test(clause)) return false;
  if (/意见$|建议$/.test(name) && (/的(?:意见|建议)$/.test(name) || name.length <= 2)) return false;
  // "制定和完善学习制度": keeping a rule up to date is a standing effort, not a product.
  if (new RegExp(`${verb}(?:和|并|与|、)(?:完善|健全)`).test(clause)) return false;
  // "制定学习计划制度": a rule about making plans (a heading), not a document.
  if (/(?:计划|方案|清单|规划)制度$/.test(name)) return false;
  // "提出解决的办法和措施", "提出意见": advice; what is proposed as a document is a plan.
  if (verb === '提出' && !/[》”"』]$|(?:计划|方案|要点|重点|课题|清单)$/.test(name)) return false;
  // "每月确定1个学习重点": a topic counted by 个 is what the sessions study, not a paper.
  if (/(?:重点|课题)$/.test(name)) return (verb === '确定' || verb === '提出') && !new RegExp(`^${NUM}个`).test(name);
  return verb !== '确定' || /(?:计划|方案|清单)$/.test(name);
}

function deliverablesIn(clause: string): { verb: string; name: string }[] {
  const m = DELIVERABLE_VERB.exec(clause);
  if (!m) return [];
  const rest = clause.slice(m.index + m[0].length);
  return [...rest.matchAll(DOC_NAME)].flatMap((d) => (d[1] && isDocument(m[0], d[1], clause) ? [{ verb: m[0], name: d[1] }] : []));
}

const PERIOD_WORDS: Record<string, Frequency> = { 月月: 'month', 学年: 'year', 每学年: 'year', 月份: 'month', 年度: 'year', 全年: 'year', 每年: 'year', 季度: 'quarter', 每季度: 'quarter', 月度: 'month', 每月: 'month', 学期: 'halfyear', 每学期: 'halfyear', 半年: 'halfyear' };
/** "制定年度、季度学习计划": one document per period named. */
const PERIOD_LIST_RE = /^((?:年度|季度|月度|月份|学期|半年)(?:[、和及与](?:年度|季度|月度|月份|学期|半年))+)(.+)$/;
/** "《A培训班》、《B培训班》教育培训计划": one plan per title. */
const TITLE_LIST_RE = /^(.*?)((?:《[^》]+》[、和及与]?){2,})([^《》]*(?:计划|方案|清单))$/;

/** The documents a name stands for, each with its period when the name gives one. */
function splitDocuments(name: string): { name: string; period?: Frequency }[] {
  const periods = PERIOD_LIST_RE.exec(name);
  if (periods) return periods[1]!.split(/[、和及与]/).map((p) => ({ name: p + periods[2]!, period: PERIOD_WORDS[p]! }));
  const titles = TITLE_LIST_RE.exec(name);
  if (titles) return [...titles[2]!.matchAll(/《[^》]+》/g)].map((t) => ({ name: `${titles[1]!}${t[0]}${titles[3]!}` }));
  return [{ name }];
}

// "年度有计划、每月有安排": a plan per period, without a document name; "学习计划每月安排一次" too.
// "月月有小结，学期与学年有总结": a summary per period named, each its own.
const GENERIC_PERIOD = '(?:年度|全年|每年|季度|每季度|月度|每月|月月|学期|每学期|学年|每学年)';
const GENERIC_DOC_RE = new RegExp(`(${GENERIC_PERIOD}(?:[与和及、]${GENERIC_PERIOD})*)[\\u4e00-\\u9fa5]{0,4}?有(计划|安排|方案|小结|总结)`, 'g');
/** "开学初对全年党建工作做出科学安排", "年初对全年学习作出部署": the year's plan, under another verb. */
// "（一）有年度工作计划": a standard's heading that the branch has the year's plan.
const HAS_PLAN_RE = /^有(年度|季度|月度|学期)[\u4e00-\u9fa5]{0,6}?(?:计划|安排|方案)$/;
const PLAN_YEAR_RE = /对(?:全年|本年度?|全学年|年度)[^，。；]{0,12}?(?:做出|作出|进行)[^，。；]{0,4}?(?:安排|部署)/;
const PLAN_EVERY_RE = /(?:计划|方案)[\u4e00-\u9fa5]{0,2}?(每(?:个)?(?:月|季度|学期|半年|年))[\u4e00-\u9fa5]{0,2}?(?:安排|制定|制订)/;

const OCCASIONAL_DOC_RE = /^(?:阶段性?|专题|具体|各类|各项)/;
const CONTACT_POINT_RE = /(?:确定|明确|选定|选择)[^，。；]{0,16}?(?:作为|为)[^，。；]{0,10}?联系点/;
const ARCHIVE_RE = /装订成(?:册|卷)|整理归档|立卷归档|归入档案|归档保存/;

interface ItemContext {
  /** The document is a standing rule (制度, 办法): a document it asks for is made once unless it says how often. */
  standing: boolean;
  /** The lead of a list ("组长…主要职责是："), whose subject the entries below it share. */
  lead: string;
  /** The whole item, for hints that span its sentences. */
  item: string;
  /** The meeting a rule is about, from its title ("党组会议制度"). */
  titleKind: DutyKind | null;
  /** The document reports what was done (工作总结, 述职报告): only a rule with 每 or a bound is a duty there. */
  summary: boolean;
  /** The document's own title, simplified. */
  title: string;
}

type Draft = Omit<DutyDraft, 'item'> & { start: number; end: number; implied?: boolean; generic?: boolean };

const isOwnTitle = (name: string, title: string): boolean => {
  const own = /^本(?:年度?|学期|学年)(.{2,})$/.exec(name.replace(/[《》“”"]/g, ''));
  return own !== null && title.includes(own[1]!);
};
const YEAR_PLAN_BASIS_RE = /(?:根据|按照|依据|依照)[^，。；]*?(?:年度|全年)[^，。；]*?(?:计划|安排|要点)/;

function deliverableDrafts(clause: Clause, ctx: ItemContext): Draft[] {
  const documents = deliverablesIn(clause.text);
  // "分年度制定…计划", "逐年制定…": one each year, in a standing rule too.
  const own = documents.length > 0 ? (readFrequency(clause.text)?.frequency ?? (/分年度|逐年/.test(clause.text) ? 'year' : undefined)) : undefined;
  // A standing rule's 阶段性/专题/具体 plan is made for each stage or topic, with no period to check: no duty.
  // "为…，制定本年度组织生活计划" in the plan titled so: the document introducing itself.
  const named = documents.filter(({ name }) => !isOwnTitle(name, ctx.title)).flatMap(({ verb, name }) =>
    splitDocuments(name).flatMap((d) => (ctx.standing && !(d.period ?? own) && OCCASIONAL_DOC_RE.test(d.name) ? [] : [{ title: verb + d.name, period: d.period ?? own, generic: false }])),
  );
  const has = named.length > 0 ? null : HAS_PLAN_RE.exec(stripFillers(stripMarks(clause.text)));
  const generic = named.length > 0 || !clause.text.includes('有') ? [] : has ? [{ title: has[0], period: PERIOD_WORDS[has[1]!], generic: true }] : [...clause.text.matchAll(GENERIC_DOC_RE)].flatMap((m) => {
          const periods = m[1]!.split(/[与和及、]/);
          return periods.map((p) => ({ title: periods.length > 1 ? `${p}有${m[2]!}` : m[0], period: PERIOD_WORDS[p], generic: true }));
        });
  const every = named.length > 0 || generic.length > 0 ? null : PLAN_EVERY_RE.exec(clause.text);
  const year = named.length > 0 || generic.length > 0 || every ? null : PLAN_YEAR_RE.exec(clause.text);
  // "记录每年年终装订成册", "每年年底将资料整理归档": the bound file is the product, by the period said.
  const archive = named.length > 0 || generic.length > 0 || every || year ? null : ARCHIVE_RE.exec(clause.text);
  const archivePeriod = archive ? readFrequency(clause.text)?.frequency : undefined;
  // "确定1-2个支部作为自己的联系点": the designation is the product, once under a standing rule.
  const contact = named.length > 0 || generic.length > 0 || every || year || archivePeriod ? null : CONTACT_POINT_RE.exec(clause.text);
  if (contact) return [{ kind: 'deliverable', title: stripFillers(contact[0]), frequency: readFrequency(clause.text)?.frequency ?? (ctx.standing ? 'once' : 'year'), minCount: 1, scope: scopeOf(clause, ctx.lead), deadline: null, source: clause.text, start: clause.start, end: clause.end }];
  if (named.length === 0 && generic.length === 0 && !every && !year && !archivePeriod) return [];
  const all = every
    ? [{ title: every[0], period: readFrequency(every[1]!)?.frequency, generic: true }]
    : year
      ? [{ title: stripFillers(clause.text), period: 'year' as Frequency, generic: false }]
      : archivePeriod
        ? [{ title: stripFillers(clause.text.slice(subjectOf(clause.text)?.length ?? 0)), period: archivePeriod, generic: false }]
        : [...named, ...generic];
  const deadline = findDeadline(clause.text);
  return all.map(({ title, period, generic }) => {
    // "好度学习计划": a converter lost the 年 of 年度; 季度/月度/学期 plans say so in full.
    // "根据中心组年度学习计划，制定个人自学计划": a plan made from the year's plan is made each year.
    const fromYearPlan = clause.before.some((b) => YEAR_PLAN_BASIS_RE.test(b));
    const frequency: Frequency = period ?? (/年度|本年|全年|(?<![季月制态进力程深高])度[\u4e00-\u9fa5]{0,4}?(?:计划|安排|要点)/.test(title) || fromYearPlan || !ctx.standing ? 'year' : 'once');
    const kept = deadline && deadlineFits(frequency) ? deadline : null;
    const note = noteOf(kept?.note, deadline && !kept ? deadlineNote(frequency, deadline) : undefined);
    return {
      kind: 'deliverable',
      title,
      frequency,
      minCount: 1,
      scope: scopeOf(clause, ctx.lead),
      deadline: kept?.date ?? null,
      source: clause.text,
      ...(note ? { note } : {}),
      start: clause.start,
      end: clause.end,
      ...(generic ? { generic } : {}),
    };
  });
}

// ---------- extraction ----------

// Without a number, a frequency or a time word still makes a duty of one when something is
// done ("每月向上级报送", "年终进行年度评估"); "把学习作为全年主线" does nothing.
// "深入联系点": a visit to one's contact point is the act (RULES §7).
const ACTION_VERB = /深入[^，。；]{0,4}?联系点|召开|开展|组织|举行|举办|进行|报送|上报|报告|汇报|提交|讲|学习(?!重点|计划|内容|专题|篇目|时间|资料)|研讨|研读|精读|阅读|撰写|检查|评估|评议|考核|总结|谈心|谈话|走访|调研|通报|公示|公开|培训|述职|述责|述廉|督导|慰问|收缴|交纳|缴纳|评选|表彰|分析|研判|督查|指导|编发|编印|更新|装订|归档|收看|观看|自学/;

const noteOf = (...notes: (string | undefined)[]): string | undefined => notes.filter(Boolean).join('；') || undefined;

/**
 * A deadline replaces a duty's periods with one period ending on that day, which is right for a
 * yearly duty ("年度计划3月底前印发") but would drop the second half of "每半年报告…，于7月10日前
 * 报送上半年情况". On a shorter period the date stays in the note for the clerk to see.
 */
const deadlineFits = (frequency: Frequency) => frequency === 'year' || frequency === 'once';
const deadlineNote = (frequency: Frequency, d: Deadline) => `原文“${d.phrase}”：按${FREQUENCY_LABELS[frequency]}考核，未作为截止日期`;

/** A count of written pieces (篇/份/本): a time amount beside it is not how long they last. */
const WRITTEN_COUNT_RE = new RegExp(`${NUM}\\s*(?:篇|份|本)`);

function timeDraft(clause: Clause, item: string, ctx: ItemContext): Draft | null {
  const time = findTime(clause.text);
  if (!time) return null;
  // "每季度集中学习1次，全年集中学习不少于12天": a year word in the clause itself wins over the
  // frequency of the clause before it.
  const frequency = /全年|每年|年度|年内/.test(clause.text) ? (readFrequency(clause.text) ?? ({ frequency: 'year', factor: 1 } satisfies FrequencyReading)) : readFrequency(clause.upTo);
  const source = clause.before[0] && !/学习|自学|调研|蹲点|走访|研讨|培训/.test(clause.text) ? clause.withPrevious : clause.text;
  const start = source === clause.text ? clause.start : item.lastIndexOf(source, clause.end);
  const unit = time.measure === 'days' ? '天' : '学时';
  const bare = stripFillers(source.slice(subjectOf(source)?.length ?? 0).replace(/^[，,、\s]+/, ''));
  return {
    kind: timeKindOf(source),
    title: bare.length <= MAX_TITLE ? bare : `${FREQUENCY_LABELS[frequency?.frequency ?? 'year']}累计不少于${time.amount}${unit}`,
    frequency: frequency?.frequency ?? 'year',
    minCount: 1,
    measure: time.measure,
    amount: time.amount,
    scope: scopeOf(clause, ctx.lead),
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
const WORDS_RE = new RegExp(`(?:不少于|不低于|不得低于|不得少于|不应少于|至少)\\s*(${NUM}(?:\\.\\d+)?\\s*[万千]?)\\s*字`);
function wordsDraft(clause: Clause, item: string, ctx: ItemContext): Draft | null {
  const m = WORDS_RE.exec(clause.text);
  // "写心得2篇，每篇不少于2000字": the size of pieces already counted.
  if (!m || findCount(clause.text) || /每篇|每份|每次/.test(clause.text.slice(0, m.index))) return null;
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
    note: noteOf(frequency?.note, `原文要求不少于${m[1]!.replace(/\s/g, '')}字，按每期至少1份计；字数请在记录中核对`),
    start: clause.start,
    end: clause.end,
  };
}

/**
 * A clause that is only a quantity ("至少安排一次", "一般每月召开一次", "全年不少于4次"): its
 * activity is named in the clause or sentence before. A clause with words of its own
 * ("每年至少系统研读2本著作") names its own activity.
 */
const QUANTITY_WORDS = new RegExp(
  `每(?:${NUM})?个?(?:周|星期|月|季度|季|半年|半月|年度|年|学期|学年|旬)|(?:一|两|二|三|六|半)个?(?:周|星期|月|季度|年)|按(?:月|季度|季|半年|学期)|上、?下半年各|全年|[（(][^（()）]*[）)]|[（(）)\\s]|一般|原则上|不少于|不低于|不得少于|至少|坚持|要|应|须|召开|举行|开展|进行|组织|安排|举办|集中|参加|${NUM}(?:\\s*(?:次|天|篇|场|期))?`,
  'g',
);
const isBareQuantity = (s: string): boolean => s.replace(QUANTITY_WORDS, '').length <= 1;

/** "坚持年度学习检查制度": 年度/季度/月度 before a checking or reporting act is its frequency. */
// "开展“月度心得交流”活动": the period may sit inside the quoted name.
const PERIODIC_ACT_RE = /(?:坚持|实行|落实|建立|开展|进行|组织|实施)[“"「]?(年度|季度|月度)[\u4e00-\u9fa5]{0,6}?(检查|督查|考核|总结|述职|评议|研判|通报|交流|讲评|例会)/;

/** Both are held yearly by regulation: "按时召开民主生活会", "班子成员以普通党员身份参加所在支部组织生活会". */
function impliesLifeMeeting(source: string): boolean {
  const m = /召开|开好|参加/.exec(source);
  const meeting = /民主生活会|组织生活会/.exec(source);
  if (!m || !meeting || m.index > meeting.index) return false;
  // Exhortations and rules about the meeting are not the meeting: "把开好民主生活会作为大事",
  // "提高对开好…的认识", "要求班子成员参加双重组织生活会", "谈话安排在组织生活会之前".
  const head = stripFillers(source.slice(subjectOf(source)?.length ?? 0));
  const exhorts = /^(?:要求|把|将|提高|加强|进一步|对)/;
  // "适时召开专题民主生活会", "必要时召开": held when needed, not the yearly meeting.
  return !exhorts.test(head) && !exhorts.test(source.trim()) && !/作为|认识|意义|之前|之后|以前|适时|必要时|根据需要|视情|定期/.test(source);
}

const NAMED_DAY_END_RE = /(?:期间|前后|前夕|之际|前)$/;
const CONTINUES_RE = /^\s*(?:并|同时)(?!把|将|以|作为|做好|注重|加强)/;

/** "“七一”期间", "国庆节前后": a day of every year. Not "建党100周年", which comes once. */
// "“七一”、“国庆”等重大节庆日期间": a list of such days is yearly too.
const FESTIVAL = '[“"「]?(?:七一|七·一|五四|十一|元旦|春节|清明|国庆节?|建党节|党的生日)[”"」]?';
const NAMED_DAY_RE = new RegExp(`${FESTIVAL}(?:[、和及与]${FESTIVAL})*(?:等[\\u4e00-\\u9fa5]{0,8}?)?(?:期间|前后|前夕|之际|前)(?![^，。；]*周年)`);

/**
 * "可同党日活动（每月5日）结合进行", "与主题党日（每季度首月10日）合并开展": an activity with its own
 * period in brackets is held by that period, whatever the clause around it says of it.
 */
const ASIDE_RE = /([\u4e00-\u9fa5“”"]{2,12})[（(]((?:每|按)[^（()）]{1,12})[）)]/g;

const MID_YEAR_RE = /(?<![去上前今明])年中(?![和及与、]年)(?:前后|左右)?(?:召开|开展|组织|举行|进行)/;
const SCHEDULE_RE = /^(?:分别|均|一般|原则上|固定)?(?:安排)?在每[^，。；]*?(?:举行|召开|进行|开展)/;
const DAY_OF_ACT_RE = /为[^，。；]*(?:党日|活动日|学习日)/;
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

function quantifiedDraft(clause: Clause, item: string, ctx: ItemContext): Draft | null {
  const bareQuantity = isBareQuantity(clause.text.replace(MEMBER_WORDS, ''));
  const periodic = PERIODIC_ACT_RE.exec(clause.text);
  const midYear = MID_YEAR_RE.test(clause.text);
  // "逐年进行总结，并向党委报告": a clause joined by 并 shares the period of the one before.
  // Only one that names an act of its own ("并向党委报告"), not "并做好笔记" or "并把…作为依据".
  // "每学期检查总结一次，并向上级报告": after an act of a named kind the report is part of its proof.
  const listed = listFrequency(clause);
  const continues = !listed && Boolean(clause.before[0]) && CONTINUES_RE.test(clause.text) && !readFrequency(clause.text) && kindOf(clause.text) !== null && kindOf(clause.before[0]!) === null;
  // "每月集中学习…，至少安排一次": the count's period is in the clause before.
  const reading =
    readFrequency(clause.text) ??
    listed ??
    (periodic ? { frequency: PERIOD_WORDS[periodic[1]!]!, factor: 1 } : null) ??
    (clause.before[0] && findCount(clause.text) && bareQuantity ? readFrequency(clause.before[0]) : null) ??
    (continues ? readFrequency(clause.before[0]!) : null) ??
    // The day is said in the clause or just before it ("“七一”期间，要开展…"), not for what follows that.
    (NAMED_DAY_RE.test(clause.text) || (NAMED_DAY_RE.test(clause.before[0] ?? '') && NAMED_DAY_END_RE.test(clause.before[0]!)) ? { frequency: 'year', factor: 1 } : null) ??
    // "年中召开半年总结会议": once a year about mid-year; June or July, so no date is set.
    (midYear ? { frequency: 'year', factor: 1, note: '原文为“年中”，按每年一次计，未定截止日期' } : null);
  const frequency = reading?.frequency ?? null;
  const count = findCount(clause.text);
  const deadline = findDeadline(clause.text);
  const monthDay = findMonthDay(clause.text);
  let source = continues ? clause.withPrevious : clause.text;
  let start = continues ? item.lastIndexOf(source, clause.end) : clause.start;
  // "会议至少每月召开一次" in a rule about one meeting ("村两委联席会议制度"): that meeting.
  const ofTitle = /^(?:本|该)?会议/.test(stripFillers(clause.text)) ? ctx.titleKind : null;
  // "一般每季度召开1次（结合主题党日一般每月1次）": an aside in brackets does not name the activity.
  const plain = source.replace(/[（(][^）)]*[）)]/g, '');
  let kind = periodic && /检查|督查/.test(periodic[2]!) ? 'inspection' : (kindOf(plain) ?? ofTitle);
  // "定期分析研判意识形态形势，每半年召开一次专题会议": a 研判会 (RULES §4: other), not the body's meeting.
  if (kind === 'party-group-meeting' && /^[^，。；]*专题会议/.test(stripFillers(clause.text)) && !/党组|党委|支委|支部委员/.test(clause.text) && clause.before.some((b) => /研判/.test(b))) kind = 'other';
  // "中心组集中学习，每月至少1次", "党员大会是…机构，由全体党员参加，每季度召开1次": the activity sits in
  // an earlier clause of the sentence (nearest first), or in the sentence before ("支部委员会是…机构。").
  let headName = '';
  if (!kind && (frequency || count) && bareQuantity) {
    // "开展“清风宣讲”，每年不少于4场": a named activity or a 宣讲 is an event too.
    const event = (t: string) => /(?<!社)会|活动|培训|组织生活|宣讲|(?:开展|举办|组织)[“"「]/.test(t.split(/是|作为/)[0]!);
    const named = clause.before.find((b) => kindOf(b) !== null || event(b));
    // "街道领导班子会议由党工委书记主持。原则上每周召开一次": the meeting the sentence before names.
    const runBy = /^(.+?(?:会议?|例会))由[^，。；]*(?:主持|召集)$/.exec(clause.previousHead);
    const head = clause.label || (/是/.test(clause.previousHead) ? clause.previousHead.split('是')[0]! : (runBy?.[1] ?? ''));
    const labelKind = !named && clause.before.length === 0 && head ? kindOf(head) : null;
    if (labelKind && !clause.label) headName = head;
    if (named) {
      const from = item.lastIndexOf(named, clause.start);
      source = item.slice(from, clause.end);
      start = from;
    }
    // An aside in brackets names the activity only when no earlier clause names an event.
    // "党组(局长办公)会议由…主持": the bracket inside the name is not part of it.
    const unbracketed = named?.replace(/[（(][^）)]*[）)]/g, '');
    kind = unbracketed ? (kindOf(unbracketed.split(/是|作为/)[0]!) ?? kindOf(unbracketed)) : (labelKind ?? (plain !== clause.text ? kindOf(clause.text) : null));
  }
  // "用好廉政教育基地，组织干部每年至少参观2次": the visit is to the base named just before.
  if (!kind && /参观|观摩/.test(clause.text) && clause.before[0] && kindOf(clause.before[0]) === 'warning-education') kind = 'warning-education';
  const implied = (kind === 'democratic-life-meeting' || kind === 'organizational-life-meeting') && impliesLifeMeeting(source);
  // "全年" says how long, not how often: without a count it is no duty ("把学习作为全年主线").
  const acts = (ACTION_VERB.test(source) && (/每|按(?:月|季|半年|学期)/.test(source) || periodic !== null)) || MEETING_TIME_RE.test(source);
  // An activity we cannot name needs a verb or an event to be a duty ("每季度至少上1次" is cut off).
  // A date needs an act too: "每年年初按照校党委的要求" only says when (the act follows in the sentence).
  const namesAct = ACTION_VERB.test(source) || /(?<!社)会|活动|培训|完成/.test(source);
  const quantified = kind ? Boolean(frequency || count || deadline || implied) : namesAct && Boolean((frequency && (count || acts || midYear)) || deadline || monthDay || monthsEach(source).length > 1);
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
  const note = noteOf(reading?.note, kept?.note, deadline && !kept ? deadlineNote(facts.frequency, deadline) : undefined);
  // Talks are held by members with others: each member's when the item says they talk
  // "之间" or in their own fields, the group's otherwise (the unit organises them).
  const talkScope = EACH_MEMBER_HINT.test(ctx.item) || /(?:之间|相互|互相)[^，。；]{0,12}谈/.test(ctx.item) ? 'each-member' : 'group';
  return {
    kind: facts.kind,
    title: titleOf(headName + source, facts),
    frequency: facts.frequency,
    minCount: (count?.n ?? 1) * (reading?.factor ?? 1),
    scope: facts.kind === 'talk' && !hasSubject(clause, ctx.lead) ? talkScope : checksMembers(facts.kind, clause) ? 'group' : scopeOf(clause, ctx.lead),
    deadline: kept?.date ?? null,
    source,
    ...(monthDay ? { monthDay } : {}),
    ...(note ? { note } : {}),
    start,
    end: clause.end,
    ...(implied && !frequency && !count ? { implied: true } : {}),
  };
}

/**
 * A yearly act due on two or more dates ("于7月10日前和12月20日前分别向县委报送上半年和全年落实情况报告") is
 * one piece per date: a single duty would be 已完成 on the July report alone. `count` is the clause's
 * count of the act (1 when it names none, or as many as the dates).
 */
function splitDeadlines(d: Draft, dates: Deadline[] = deadlinesOf(d.source)): Draft[] {
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
  return source.slice(m.index + m[1]!.length).replace(/^(?:分别|各)/, '').replace(new RegExp(`(?:${NUM})次`), '').replace(/[，。；].*$/, '');
}

/**
 * "召开民主生活会和组织生活会" names two meetings in one clause: one duty each, titled by the
 * action, since the clause's words would title both alike.
 */
function splitLifeMeetings(d: Draft): Draft[] {
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
function splitAffairs(d: Draft): Draft[] {
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
function splitJoinedMeetings(d: Draft): Draft[] {
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

function splitCounted(d: Draft): Draft[] {
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

function splitActivities(d: Draft): Draft[] {
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
 * "…撰写调研报告，于12月20日前报送": a bare deadline belongs to the duty just before it in the sentence;
 * "年底进行总结" is an act of its own.
 */
/** "12月25日前报县委宣传部", "并报送县委": a clause that only sends what the clause before made. */
const SENDS_ONLY_RE = /^(?:并|及时|于|在)*(?:报送|上报|呈报|提交|报)(?:至|给)?[^，。；]{0,16}$/;
const OWN_ACT = /(?:进行|开展|组织|做好|认真)[^，。；]{0,6}?总结|检查|评议|评估|考核|召开|开展|组织|举行|学习|研讨|述职|公示|通报|谈心|谈话/;
const isBareDeadline = (clause: Clause): boolean =>
  findDeadline(clause.text) !== null && !OWN_ACT.test(clause.text) && !kindOf(clause.text) && !findCount(clause.text) && !/每/.test(clause.text) && deliverablesIn(clause.text).length === 0;

/** "每月集中研讨时，安排…发言": a condition, not an act. */
/** "每月把学习专题提前通知给成员": telling members of a session is its procedure, proven by the session (RULES §2). */
const isNotice = (clause: Clause): boolean => /提前(?:[^，。；]{0,16}?)(?:通知|告知)|(?:通知|告知)(?:给|到)[^，。；]{0,6}?(?:成员|党员|委员)/.test(clause.text);
/** "迟到者一次罚款20元": sanctions, not duties. */
const isSanction = (clause: Clause): boolean => /罚款|扣分|扣除|处罚|处分/.test(clause.text);
/** "对一年内2次无故不参加组织生活的党员…": the count is who is meant, not how often the unit acts. */
const ABSENCE_COUNT_RE = new RegExp(`${NUM}\\s*次(?:以上)?(?:无故)?(?:不参加|未参加|缺席|不交纳|未交纳|违反)`);
// A time slot ("每周五下午为学习时间") is a condition; a day fixed as the 主题党日 is the day itself, held each period.
// "在按月开展活动的基础上": the ground of what follows, not an act.
// "将检查结果作为年终考核的重要依据": what a result is used for, not an act (its 年终 is another's appraisal).
const isCondition = (clause: Clause): boolean => ABSENCE_COUNT_RE.test(clause.text) || /作为[^，。；]*(?:依据|参考)$/.test(clause.text) || /^在[^，。；]*(?:基础上|前提下|过程中|会上|会议上)$/.test(stripFillers(stripMarks(clause.text))) || /(?<![学课小])时$|时候$|期间$/.test(clause.text) || (/为(?![^，。；]*党日)[^，。；]*(?:时间|学习日)$|(?<!会议?)时间(?:为|是|定为|定在|安排在)/.test(clause.text) && !FIXED_DAYS_RE.test(clause.text));
/** "例会时间为双周星期三": a meeting's time fixed by a period is when it is held, so a duty of that period. */
const MEETING_TIME_RE = /会议?(?:时间|日期)(?:为|是|定为|定在|安排在)/;
/** "谈心谈话人数每年应" (the page cut the sentence): no duty can be read from half a sentence. */
const isCutOff = (clause: Clause, text: string): boolean =>
  /(?:应当?|要|须|必须|不少于|不低于|不得少于|至少|达到)$/.test(clause.text) ||
  // "一般每三个月召开一" at the end of the page: the unit of the count was cut off.
  // "一般每三个月召开一" or "党课一般每年" at the end of the page: the count or the act was cut off.
  ((NUM_END_RE.test(clause.text) || BARE_PERIOD_END_RE.test(clause.text)) && text.slice(clause.end).trim() === '');
const BARE_PERIOD_END_RE = /(?:每|一般|原则上)[^，。；]{0,3}?(?:年|年度|季度|季|月|周|学期|半年)$/;
const NUM_END_RE = new RegExp(`${NUM}$`);
/** The unit's own leading body as a clause's subject ("镇党委", "局党组", "党委"), not a noun ("党委会议"). */
const OWN_BODY_RE = new RegExp(`^${UNIT}${BODY}(?![会理中成书委织])`);
/** "各党支部…", "各乡镇要…": duties of other bodies, which the unit does not prove by its own records. */
const OTHER_BODY_RE = /^各(?:党)?(?:[（(]总[）)]|总)?(级党组织|(?:基层|所属|下属)?(?:党)?支部|所属(?:单位)?党组织|(?:二级|直属|下属|所属|基层)单位|党小组|村|社区|单位|部门|乡镇|处室|科室|股室|学院|系|二级党组织|基层党组织)/;
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
const isOptional = (clause: Clause): boolean => /^(?:也|亦|还|均)?可(?:以)?(?!持续)/.test(stripFillers(clause.text));
/** "上级党委每年对支部考核一次", "县委组织部每季度…督查": a check by a higher body, done to the unit. */
const BY_HIGHER = /^(?:上级(?:党委|党组织|组织|部门)?|[县市区州省]委(?:组织部|宣传部)?|[县市区州省]纪委|[县市区州省]?委?组织部)/;
const isCheckedByHigher = (clause: Clause): boolean => BY_HIGHER.test(stripFillers(stripMarks(clause.text))) && /考核|考评|检查|督查|督导|巡察|巡视|抽查/.test(clause.text);
/** "参学率达到100%", "…的比例达到95%": a target about outcomes, not an act. */
const isTarget = (clause: Clause): boolean => /(?:率|比例)[^，。；]{0,4}?(?:达到|不低于|不少于|保持|在)|[%％]/.test(clause.text);
/** "接受上级党组织检查": what others do to the unit, which its own records do not prove. */
const isDoneToUs = (clause: Clause): boolean => /(?:接受|迎接|配合)[^，。；]{0,10}?(?:检查|督查|考核|巡察|巡视|审计|评估)/.test(clause.text);
/** "支部党员大会主要内容：…", "主要事项有：…": what a meeting takes up, not what the unit must produce. */
const AGENDA_LEAD = /(?:主要内容|主要事项|会议内容|议题|议事范围|会议?的?主要任务|(?:讨论|研究|审议)(?:决定)?的?(?:主要)?(?:事项|问题))(?:有|是|包括|为|如下)?$/;
/** "支部大会主要任务是传达…，制定本支部的工作计划": the rest of the sentence is the meeting's agenda. */
const AGENDA_INLINE = /会议?的?(?:主要)?(?:任务|内容|议题|事项)(?:是|有|包括|为)/;
/** An outer list marker ("（三）", "二、") ends an agenda; its own entries are "1、…" or "（1）…". */
const OUTER_MARK = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** "科级以上党员干部每年…", "机关干部…": cadres at large, not the leading body or its members. */
// 预备党员/入党积极分子/发展对象 report to the branch: their duty, proved by their own papers; the 纪委 carries
// the 监督责任 beside the committee's 主体责任, with records of its own.
// A verb or preposition before 纪委/纪检组 makes it the object of the committee's own act ("党委每年向县纪委报告").
const OTHER_PEOPLE_RE = /^(?:(?:[科处股厅局]级(?:以上|及以上)?|机关|一般|其他|中层)(?:党员)?干部|(?:部门|科室|股室|处室|中层)(?:主要)?负责人|预备党员|入党积极分子|发展对象|(?:(?:(?!听|向|对|与|和|及|请|每|由)[\u4e00-\u9fa5]){0,6}?[县市区州镇乡])?纪委|(?:(?!听|向|对|与|和|及|请)[\u4e00-\u9fa5]){0,4}?(?:纪检(?:监察)?组|纪工委|纪检监察(?:室|科|部门)))/;

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
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const SENTENCE_END = /[。！？!?；;：:]/;
const PINYIN_RESIDUE = /(?<=[\u4e00-\u9fff])[(（][a-zA-Z\u00c0-\u024f]{1,8}[)）]/g;
const LIST_START = /^[（(]?[0-9０-９一二三四五六七八九十①-⑳]{1,3}[）)、.．]/;

/**
 * Text wrapped by a page or a PDF ("党员教\n育情况", "每月 25 日前", "召 开"): line breaks
 * inside a sentence and spaces next to Chinese characters are dropped. `at[i]` is the offset in
 * the input of the i-th character kept, so sources are still cut from the original.
 */
function unwrap(text: string): { text: string; at: number[] | null } {
  const drops: [number, number][] = [];
  for (const m of text.matchAll(/\n|[ \t\u3000\u00a0]+/g)) {
    const from = m.index;
    const to = from + m[0].length;
    const prev = text[from - 1] ?? '';
    if (m[0] === '\n') {
      const next = /^[ \t\u3000\u00a0]*(.{0,5})/s.exec(text.slice(to, to + 12))?.[1] ?? '';
      if (prev && prev !== '\n' && !SENTENCE_END.test(prev) && next && next[0] !== '\n' && !LIST_START.test(next)) drops.push([from, to]);
    } else if (CJK.test(prev) || CJK.test(text[to] ?? '') || (prev === '\n' && drops.at(-1)?.[1] === from)) {
      drops.push([from, to]);
    }
  }
  // "學(xué)習(xí)": a converter's pinyin after each character would hide the words from every rule.
  for (const m of text.matchAll(PINYIN_RESIDUE)) drops.push([m.index, m.index + m[0].length]);
  drops.sort((a, b) => a[0] - b[0]);
  if (drops.length === 0) return { text, at: null };
  const pieces: string[] = [];
  const at: number[] = [];
  let from = 0;
  for (const [a, b] of [...drops, [text.length, text.length] as [number, number]]) {
    pieces.push(text.slice(from, a));
    for (let k = from; k < a; k++) at.push(k);
    from = b;
  }
  at.push(text.length);
  return { text: pieces.join(''), at };
}

/** Reads a simplified, unwrapped copy of the text; sources are cut from the original at the same places. */
/**
 * "部门负责人全年读书笔记不得少于8000字，心得体会不得低于2000字": staff who are not the leading body, and the
 * clauses after them in the sentence that name no subject of their own.
 */
function byOtherPeople(clause: Clause, othersSentence: number | null): boolean {
  // "一般干部" is read before 一般 is taken as a filler ("一般每月召开").
  const named = [stripFillers(clause.text), stripMarks(clause.text)].some((t) => OTHER_PEOPLE_RE.test(t));
  if (named) return !HEARS_GROUP_RE.test(clause.text);
  return othersSentence === clause.sentence && subjectOf(clause.text) === null;
}

/** "每月召开一次支委会，—次全体党员会": a dash typed for 一 before a measure word (same length, so offsets hold). */
const dashForOne = (s: string): string => s.replace(/(?<=[\u4e00-\u9fa5，,、])[—－](?=次|个|篇|场|名)/g, '一');

function extractItem(itemNo: string, original: string, context: Partial<ItemContext> = {}): Extraction & { drafts: (DutyDraft & { generic?: boolean })[] } {
  const { text, at } = unwrap(dashForOne(toSimplified(original)));
  const ctx: ItemContext = { standing: context.standing ?? false, lead: context.lead ?? '', item: text, titleKind: context.titleKind ?? null, summary: context.summary ?? false, title: context.title ?? '' };
  const duties: Draft[] = [];
  const possible: Possible[] = [];
  let last: { draft: Draft; sentence: number } | null = null;
  let otherBody: { sentence: number; name: string } | null = null;
  let pending: { sentence: number; deadline: Deadline } | null = null;
  const itemDue = ITEM_DUE_RE.exec(text)?.[1] ?? null;
  let agenda = false;
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
    if (otherBody || past !== null || (ctx.summary && !isRule(clause)) || isCondition(clause) || isNotice(clause) || isCutOff(clause, text) || isSanction(clause) || isTarget(clause) || isDoneToUs(clause) || isOptional(clause) || isCheckedByHigher(clause) || byOtherPeople(clause, othersSentence)) {
      if (byOtherPeople(clause, null)) othersSentence = clause.sentence;
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
    // "每年进行总结，并向上级党委报告": one duty, named by the clause that says what is done.
    if (quantified && last && last.sentence === clause.sentence && last.draft.kind === 'other' && quantified.kind !== 'other' && quantified.start < clause.start && quantified.start <= last.draft.start) {
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
    const drafts = deliverables.length > 0 ? deliverables : time ? [time] : words ? [words] : quantified ? splitLifeMeetings(quantified).flatMap(splitActivities).flatMap(splitJoinedMeetings).flatMap(splitCounted).flatMap(splitAffairs).flatMap((d) => splitDeadlines(d)) : [];
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
  const cut = (start: number, end: number) => (at ? original.slice(at[start], (at[end - 1] ?? at[start]!) + 1) : original.slice(start, end));
  const drafts = duties.map(({ start, end, implied: _i, ...d }) => ({ item: itemNo, ...d, source: cut(start, end) }));
  return {
    drafts,
    duties: drafts.map(({ generic: _g, ...d }) => d),
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
  if (/制度|办法|规定|细则|规则|章程|责任制/.test(head)) return true;
  // Without a title, a text that names no year is no year's plan.
  const opening = `${plan.preamble}\n${plan.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n')}`.slice(0, 600);
  return !plan.title.trim() && !/(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年|本年|今年|年度计划|年度要点/.test(opening);
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

/** "（一）有年度工作计划": a standard's heading saying the unit has the period's plan is that document. */
function headingPlan(section: ParsedPlan['sections'][number]): { drafts: DutyDraft[]; possible: PossibleDuty[] } {
  const m = HAS_PLAN_RE.exec(unwrap(toSimplified(section.title)).text);
  const drafts: DutyDraft[] = m ? [{ item: section.no, kind: 'deliverable', title: section.title, frequency: PERIOD_WORDS[m[1]!]!, minCount: 1, scope: 'group', deadline: null, source: section.title }] : [];
  return { drafts, possible: [] };
}

/** Duties of a plan and the clauses that look like duties but could not be read. */
export function extractPlan(plan: ParsedPlan): Extraction {
  const standing = isStandingRule(plan);
  const title = toSimplified(plan.title);
  const summary = isSummary(title);
  const titleKind = /会议|会制度/.test(title) ? kindOf(title) : null;
  // "把学习…作为上半年的重点，制定学习计划": a year's plan may ask for things in its preamble too (item "");
  // a rule's preamble only introduces the rule.
  // A page copied from the middle of a rule ("2.支部书记…", "(四)党课。…") has its entries before the first heading.
  const entries = standing && PREAMBLE_ENTRY_RE.test(plan.preamble);
  const preamble = (!standing || entries) && plan.preamble.trim() ? [extractItem('', plan.preamble, { standing, titleKind, summary, title })] : [];
  const parts = [...preamble, ...plan.sections.flatMap((section) => {
    const leads = leadsOf(section.items);
    return [headingPlan(section), ...section.items.map((item, i) => extractItem(item.no, item.text, { standing, lead: leads[i], titleKind, summary, title }))];
  })];
  const drafts = branchCommitteeMeetings(dropRestatedPlans(parts.flatMap((p) => p.drafts), standing));
  return { duties: standing ? dropRestatedRules(drafts) : drafts, possible: parts.flatMap((p) => p.possible) };
}

export function extractDuties(plan: ParsedPlan): DutyDraft[] {
  return extractPlan(plan).duties;
}

/** A duty from a clause the clerk selected in the plan text: what the rules read, else a blank "other". */
export function draftFromClause(itemNo: string, clause: string): DutyDraft {
  const read = extractItem(itemNo, clause).duties[0];
  return read ? { ...read, source: clause } : { item: itemNo, kind: kindOf(clause) ?? 'other', title: itemTitleOf(clause), frequency: 'year', minCount: 1, scope: 'group', deadline: null, source: clause };
}
