// Reads how often and how many times a clause asks for something: frequencies and counts.

import type { Frequency } from '../../domain/duties';
import { FREQUENCY_LABELS } from '../../domain/duties';
import { CN_NUMERAL, DIGIT, parseNumeral } from '../numerals';

export const NUM = `(?:${DIGIT}+|${CN_NUMERAL}+)`;

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

export interface FrequencyReading {
  frequency: Frequency;
  /** 每旬 is three times a month: counts are multiplied. */
  factor: number;
  note?: string;
}

const COUNT_NEXT_RE = new RegExp(`^(?:至少|不少于)?${NUM}次`);

export const PER_YEAR: Partial<Record<Frequency, number>> = { week: 52, '2weeks': 26, month: 12, '2months': 6, quarter: 4, halfyear: 2, year: 1 };

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
// "每年年初和年中要…制订学习计划": at the start of each half, so once in each.
const HALVES_RE = /上[、和及与]?下半年各|上半年[和及与、]下半年各|年中[和及与、]年(?:底|末|终)各|年初[和及与、]年中|6月[和及与、]12月各|六月[和及与、]十二月各/;

const PER_SLASH_RE = /次\s*[\/／]\s*(?:(\d)\s*[-—～~至]\s*)?(\d{1,2})?\s*个?(学期|学年|季度|季|半年|月|年|周)/;
const SLASH_PERIODS: Record<string, Frequency> = { 学期: 'halfyear', 学年: 'year', 季度: 'quarter', 季: 'quarter', 半年: 'halfyear', 年: 'year' };
export const ONE_PER_RE = /(?<![\d上下今明去每第])(半年|年底|年终|年末|季度|季|月底|月|周|学期|每年)一(?=督导|督查|检查|总结|小结|考核|考评|评议|评比|评定|排名|汇报|报告|通报|研判|讲评|交流)/;
/** "年底一总结", "月一小结": the whole clause is one written summary a period. */
export const ONE_SUMMARY_RE = new RegExp(`^${ONE_PER_RE.source.replace(/\(\?=.*\)$/, '')}(?:总结|小结)$`);
const ONE_PER: Record<string, Frequency> = { 每年: 'year', 半年: 'halfyear', 年底: 'year', 年终: 'year', 年末: 'year', 季度: 'quarter', 季: 'quarter', 月底: 'month', 月: 'month', 周: 'week', 学期: 'halfyear' };

/** "一、三季度每季度至少1次": two named quarters, one in each half of the year. */
export const NAMED_QUARTERS_RE = /([一二三四1-4])[、和及与]([一二三四1-4])季度/;

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
export const FIXED_DAYS_RE = /(?<!\d|\d月)\d{1,2}[号日](?:[、和及与]\d{1,2}[号日])+(?:定?为|是)[^，。；]*?日/;
const fixedDays = (s: string): number => FIXED_DAYS_RE.exec(s)?.[0].match(/\d{1,2}[号日]/g)?.length ?? 0;

const WEEKDAY_OF_ACT_RE = /(?<![每第])[“"「]?周[一二三四五六日](?:为)?(?:学习日|党日|集中学习日)/;

/** The clause's frequency. "每季度或半年", "每月或每季度": the looser of the two, and the note says so. */
export function readFrequency(s: string): FrequencyReading | null {
  const days = FIXED_DAYS_RE.exec(s);
  if (days) return { frequency: 'month', factor: 1, note: `原文为“${days[0]}”，按每月${fixedDays(s)}次计` };
  const named = s.includes('季度') ? namedQuarters(s) : null;
  if (named) return named;
  // "确立“周五学习日”制度": a weekday named as the day of an activity is every week.
  if (WEEKDAY_OF_ACT_RE.test(s)) return { frequency: 'week', factor: 1 };
  const terms = TERM_TIMES_RE.exec(s);
  if (terms) {
    const n = terms[0].match(new RegExp(TERM_TIME, 'g'))!.length;
    return { frequency: 'halfyear', factor: n, note: `原文为“${terms[0]}”，按每学期${n}次计` };
  }
  const halves = HALVES_RE.exec(s);
  if (halves) return { frequency: 'halfyear', factor: 1, note: `原文为“${halves[0]}”，按每半年计` };
  // "1次/学期", "1次/1-2个月": a table's figure per period (a range of months: the looser end).
  const slash = PER_SLASH_RE.exec(s);
  if (slash) {
    const n = slash[2] ? Number(slash[2]) : 1;
    const unit = slash[3]!;
    const frequency: Frequency | undefined = unit === '月' ? ({ 1: 'month', 2: '2months', 3: 'quarter', 6: 'halfyear', 12: 'year' } as Record<number, Frequency>)[n] : unit === '周' ? ({ 1: 'week', 2: '2weeks' } as Record<number, Frequency>)[n] : n === 1 ? SLASH_PERIODS[unit] : undefined;
    if (frequency) return { frequency, factor: 1, ...(slash[1] ? { note: `原文为“${slash[0]}”，按较宽的${FREQUENCY_LABELS[frequency]}计` } : {}) };
  }
  // "半年一督导，年底一总结", "月一小结": one act each period, written without 每.
  const onePer = ONE_PER_RE.exec(s);
  if (onePer) return { frequency: ONE_PER[onePer[1]!]!, factor: 1 };
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

export interface Count {
  n: number;
  unit: string;
  atLeast: '至少' | '不少于';
}
// "第一次" is an ordinal and "一次性" an adverb; 个/项/条 count things, not occurrences
// ("两个确定", "三项机制"). "1至2次" means at least 1. "十五届五次全会" is the fifth plenary of a term.
// "第十九次全国代表大会": an ordinal, however many numerals follow 第.
export const COUNT_RE = new RegExp(`(?<!第[一二三四五六七八九十百零〇\\d]{0,3}|届[^，。；、]{0,10})(${NUM})(?:\\s*[至到~～\\-—－–]\\s*${NUM})?\\s*(人次|次|篇|场|期(?!间)|回|轮|份|本|堂|户次|条(?=以上|[^，。；]{0,4}?信息|$)|件(?=[^，。；]{0,4}?实事))(?!性)`);

// Names in quotes ("三本", "四有") are not counts.
const QUOTED = /[“"「『][^”"」』]{0,12}[”"」』]/g;
const blankQuoted = (s: string): string => s.replace(QUOTED, (q) => '　'.repeat(q.length));

export function findCount(s: string): Count | null {
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

export const AT_LEAST_RE = /不少于|不低于|不得少于|不得低于|不应少于/;

function stricterPeriodCount(s: string, found: RegExpMatchArray[]): Count | null {
  return stricterPeriod(s, found)?.count ?? null;
}

/**
 * A clause that is only a quantity ("至少安排一次", "一般每月召开一次", "全年不少于4次"): its
 * activity is named in the clause or sentence before. A clause with words of its own
 * ("每年至少系统研读2本著作") names its own activity.
 */
const QUANTITY_WORDS = new RegExp(
  `每(?:${NUM})?个?(?:周|星期|月|季度|季|半年|半月|年度|年|学期|学年|旬)的?|第${NUM}个?(?:周|星期)的?|(?:一般|原则上)?(?:为|于|在)(?=每|第|周|星期)|(?:一|两|二|三|六|半)个?(?:周|星期|月|季度|年)|按(?:月|季度|季|半年|学期)|上、?下半年各|全年|(?:年|月|季度?)(?:底|初|末|中)|(?:星期|周)[一二三四五六日天](?:上午|下午|晚上)?|[上下]午|[（(][^（()）]*[）)]|[（(）)\\s]|一般|原则上|不少于|不低于|不得少于|至少|坚持|要|应|须|召开|举行|开展|进行|组织|安排|举办|集中|参加|${NUM}(?:\\s*(?:次|天|篇|场|期))?`,
  'g',
);
export const isBareQuantity = (s: string): boolean => s.replace(QUANTITY_WORDS, '').length <= 1;
