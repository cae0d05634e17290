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
}

/** Sentences end at 。！？； or a line break; clauses at ，：. Spans keep `source` exact. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  const sentenceRe = /[^。！？!?；;\n]+/g;
  let index = 0;
  let previousSentence = '';
  for (let s = sentenceRe.exec(text); s; previousSentence = s[0].trim(), s = sentenceRe.exec(text), index++) {
    const sentence = s[0];
    const label = previousSentence.length <= 12 ? previousSentence : '';
    const parts: { text: string; start: number; end: number }[] = [];
    const re = /[^，,：:]+/g;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      if (t) parts.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
    }
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
const EVERY_RE = new RegExp(`每(${NUM})?个?(周|星期|月|季度?|年度?)|每半(年|月)|每(学期)|每(旬)|全年|每学年`, 'g');

interface FrequencyReading {
  frequency: Frequency;
  /** 每旬 is three times a month: counts are multiplied. */
  factor: number;
  note?: string;
}

const PERIOD_ORDER: Frequency[] = ['week', '2weeks', 'month', '2months', 'quarter', 'halfyear', 'year', 'once'];

function readEvery(m: RegExpExecArray | RegExpMatchArray): FrequencyReading | null {
  if (m[0] === '全年' || m[0] === '每学年') return { frequency: 'year', factor: 1 };
  if (m[3]) return { frequency: m[3] === '年' ? 'halfyear' : '2weeks', factor: 1 };
  // A school year has two 学期: "每学期不少于2次" is at least 2 in each half of the year.
  if (m[4]) return { frequency: 'halfyear', factor: 1 };
  if (m[5]) return { frequency: 'month', factor: 3, note: '原文为“每旬”，按每月至少3次计' };
  const n = m[1] ? parseNumeral(m[1]) : 1;
  const period = PERIODS.find((p) => p.unit.test(m[2] ?? ''));
  // "每三周" and the like have no frequency of ours: better none than a wrong one.
  const frequency = (n !== null && period?.byCount[n]) || null;
  return frequency ? { frequency, factor: 1 } : null;
}

/** The clause's frequency. "每季度或半年", "每月或每季度": the looser of the two, and the note says so. */
function readFrequency(s: string): FrequencyReading | null {
  const found = [...s.matchAll(EVERY_RE)];
  const first = found[0];
  if (!first) return null;
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
// ("两个确定", "三项机制"). "1至2次" means at least 1.
const COUNT_RE = new RegExp(`(?<!第)(${NUM})(?:\\s*[至到~～\\-—－–]\\s*${NUM})?\\s*(次|篇|场|期|回|轮|份|本)(?!性)`);

function findCount(s: string): Count | null {
  const m = COUNT_RE.exec(s);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  if (!m || n === null || n < 1) return null;
  return { n, unit: m[2] ?? '次', atLeast: /不少于|不低于/.test(s) ? '不少于' : '至少' };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number): string => String(n).padStart(2, '0');
const DEADLINE_RE = new RegExp(`(${NUM})月(?:(底|末)前?|(${NUM})日(?:之|以)?前)|(?:年底|年末|年终)前?|(年初)`);
// A deadline in a given year ("2022年6月底前") happens once; without a year it recurs.
const EXPLICIT_YEAR_RE = /(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年/;
/** "每月28日前上报": a monthly duty due by a day of each month. */
const MONTH_DAY_RE = new RegExp(`每(?:个)?月(${NUM})日(?:之|以)?前`);

interface Deadline {
  /** "MM-DD". */
  date: string;
  /** The words of the text, e.g. "3月底前", for titles. */
  phrase: string;
  note?: string;
}

/** "3月底前" → "03-31", "12月20日前" → "12-20", "年底前"/"年终" → "12-31", "年初" → "03-31" (February ends on the 28th). */
function findDeadline(s: string): Deadline | null {
  const m = DEADLINE_RE.exec(s);
  if (!m) return null;
  if (m[4]) return { date: '03-31', phrase: m[0], note: '原文为“年初”，按3月31日前计' };
  if (m[1] === undefined) return { date: '12-31', phrase: m[0] };
  // "每月28日前" is a day of every month, not a date of the year.
  if (MONTH_DAY_RE.test(s)) return null;
  const month = parseNumeral(m[1]);
  if (month === null || month < 1 || month > 12) return null;
  const day = m[2] ? DAYS_IN_MONTH[month - 1]! : parseNumeral(m[3] ?? '');
  return day !== null && day >= 1 && day <= 31 ? { date: `${pad(month)}-${pad(day)}`, phrase: m[0] } : null;
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
const TIME_RE = new RegExp(`(?:累计|时间|不少于|不低于|至少|达到)[^，。；]{0,6}?(${NUM})\\s*(?:个)?(工作日|天|日|学时|课时|小时|周)(?![内后前])`);

function findTime(s: string): TimeAmount | null {
  const m = TIME_RE.exec(s);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  if (!m || n === null || n < 1) return null;
  const unit = m[2]!;
  if (unit === '周') return { measure: 'days', amount: n * 5, note: `原文为“${n}周”，按${n * 5}个工作日计` };
  return unit === '学时' || unit === '课时' || unit === '小时' ? { measure: 'hours', amount: n } : { measure: 'days', amount: n };
}

/** The activity whose records' durations add up to a time amount. */
function timeKindOf(s: string): DutyKind {
  if (/调研|调查研究|蹲点|走访/.test(s)) return 'research-report';
  if (/中心组|学习|研讨/.test(s)) return 'study-group';
  return kindOf(s) ?? 'other';
}

// ---------- kind, scope ----------

// First match wins: "听取…汇报" before "向县委…汇报", meetings before what they discuss.
const KINDS: { kind: DutyKind; re: RegExp; action: string }[] = [
  { kind: 'hear-report', re: /听取[^，。；]*?(?:汇报|报告)/, action: '听取汇报' },
  { kind: 'report-to-committee', re: /向(?:县委|市委|上级党委|上级党组织)[^，。；]*?(?:报告|请示|汇报)|请示报告/, action: '向县委报告工作' },
  { kind: 'democratic-life-meeting', re: /民主生活会/, action: '召开民主生活会' },
  { kind: 'organizational-life-meeting', re: /组织生活会/, action: '召开组织生活会' },
  { kind: 'study-group', re: /中心组|集中学习|集体学习/, action: '开展中心组学习' },
  { kind: 'party-lecture', re: /党课/, action: '讲党课' },
  { kind: 'theme-party-day', re: /主题党日/, action: '开展主题党日活动' },
  { kind: 'warning-education', re: /警示教育/, action: '开展警示教育' },
  { kind: 'research-report', re: /调研报告|调查报告|调研活动|调查研究/, action: '撰写调研报告' },
  { kind: 'talk', re: /谈心|谈话/, action: '开展谈心谈话' },
  // A 党委's own meeting (乡镇、部门党委) is what a 党组会议 is to a 党组.
  { kind: 'party-group-meeting', re: /党组会|党委会|支委会|支部委员会/, action: '召开党组会议' },
  { kind: 'inspection', re: /督导检查|督促检查|监督检查|研究部署/, action: '研究部署、督导检查' },
];

function kindOf(s: string): DutyKind | null {
  return KINDS.find((k) => k.re.test(s))?.kind ?? null;
}

// Words that may precede the subject of a clause: "坚持…", "党组要…", "原则上…".
const FILLERS = /^(?:[一二三四五六七八九十]+是|坚持|要|应当?|须|必须|原则上|并且?|同时|其中|此外|另外|还要|切实|认真|严格|一般)+/;
// Subjects at the start of a clause; "党组每年听取党组成员…汇报" is the group's duty, so
// "党组成员" only counts as the subject where the clause begins with it.
// The unit may come first: "县政府党组", "局党组成员", "县教育局党组", "镇党委书记".
const UNIT = '(?:[\\u4e00-\\u9fa5]{0,10}?(?:县|市|区|州|旗|镇|乡|街道|局|委|办|院|中心|政府|厅|部|所|站|公司))?';
const BODY = '(?:党组|党委)';
const SUBJECTS: { re: RegExp; scope: DutyScope }[] = [
  {
    re: new RegExp(
      `^(?:每(?:人|位|名)(?:${BODY}|班子)?(?:成员|委员|党员)?|各(?:位)?(?:党组|班子|支部)?(?:成员|委员)|${UNIT}${BODY}书记[、和及与]${BODY}(?:成员|委员)|${UNIT}${BODY}(?:成员|委员)|${UNIT}(?:领导)?班子成员|党员领导干部|支委)`,
    ),
    scope: 'each-member',
  },
  // "关工委成员", "中心组成员": the members of whatever body the document is about.
  { re: /^(?:(?!听取|对|向|与|和|及|召开)[\u4e00-\u9fa5]){1,5}?成员(?!会)/, scope: 'each-member' },
  { re: new RegExp(`^${UNIT}(?:${BODY}|党支部|支部|党总支|总支)?(?:书记|主要负责人|主要负责同志)`), scope: 'secretary' },
  // Not "党组会议", "党组理论学习中心组": there 党组 is part of a noun, not the subject.
  { re: new RegExp(`^${UNIT}${BODY}(?![会理中成书委])`), scope: 'group' },
];
const EXCEPT_SECRETARY = /除(?:党组|党委|支部)?书记(?:以)?外|其他(?:党组|班子)?成员|班子其他成员/;
/** Duties every member carries by themselves: talks "之间", their own 联系点 or 分管领域. */
const EACH_MEMBER_HINT = /之间[^，。；]*谈心|相互谈心|互相谈心|联系点|分管领域|分管范围|分管部门|分管单位/;

const stripFillers = (s: string): string => s.replace(FILLERS, '');

function subjectOf(s: string): { scope: DutyScope; length: number } | null {
  const bare = stripFillers(s);
  for (const { re, scope } of SUBJECTS) {
    const m = re.exec(bare);
    if (m) return { scope, length: s.length - bare.length + m[0].length };
  }
  return /每人|每位(?:党组|班子)?成员|每名(?:党组|班子)?成员/.test(s) ? { scope: 'each-member', length: 0 } : null;
}

const hasSubject = (clause: Clause): boolean => EXCEPT_SECRETARY.test(clause.upTo) || [clause.text, ...clause.before].some((s) => subjectOf(s) !== null);

/** The clause's own subject, else the nearest earlier one in the sentence, else the group. */
function scopeOf(clause: Clause): DutyScope {
  if (EXCEPT_SECRETARY.test(clause.upTo)) return 'each-member-except-secretary';
  for (const s of [clause.text, ...clause.before]) {
    const subject = subjectOf(s);
    if (subject) return subject.scope;
  }
  return EACH_MEMBER_HINT.test(clause.upTo) ? 'each-member' : 'group';
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

const DELIVERABLE_VERB = /(?:研究)?(?:制定印发|制定出台|制定|制订|拟定|编制|印发|出台|修订|提出)/;
// A document name ends with one of these nouns, followed by a clause end or a conjunction
// ("…清单和…清单"), so "制度建设" is not read as a document called "…制度".
const DOC_NAME = /(?:[和及与、]|以及)?(.*?(?:清单|计划|方案|制度|办法|细则|规则|规划|意见|要点|台账)[》”"』]?)(?=[和及与、等并《“]|以及|$)/g;

function deliverablesIn(clause: string): { verb: string; name: string }[] {
  const m = DELIVERABLE_VERB.exec(clause);
  if (!m) return [];
  const rest = clause.slice(m.index + m[0].length);
  return [...rest.matchAll(DOC_NAME)].flatMap((d) => (d[1] ? [{ verb: m[0], name: d[1] }] : []));
}

// ---------- extraction ----------

type Draft = Omit<DutyDraft, 'item'> & { start: number; end: number };

function deliverableDrafts(clause: Clause): Draft[] {
  const deadline = findDeadline(clause.text);
  return deliverablesIn(clause.text).map(({ verb, name }) => ({
    kind: 'deliverable',
    title: verb + name,
    frequency: 'year',
    minCount: 1,
    scope: 'group',
    deadline: deadline?.date ?? null,
    source: clause.text,
    ...(deadline?.note ? { note: deadline.note } : {}),
    start: clause.start,
    end: clause.end,
  }));
}

// Without a number, a frequency or a time word still makes a duty of one when something is
// done ("每月向上级报送", "年终进行年度评估"); "把学习作为全年主线" does nothing.
const ACTION_VERB = /召开|开展|组织|举行|举办|进行|报送|上报|报告|汇报|提交|讲|学习|研讨|检查|评估|评议|考核|总结|谈心|谈话|走访|调研|通报|公示|公开|培训|述职|慰问|收缴|交纳|缴纳/;

const noteOf = (...notes: (string | undefined)[]): string | undefined => notes.filter(Boolean).join('；') || undefined;

/**
 * A deadline replaces a duty's periods with one period ending on that day, which is right for a
 * yearly duty ("年度计划3月底前印发") but would drop the second half of "每半年报告…，于7月10日前
 * 报送上半年情况". On a shorter period the date stays in the note for the clerk to see.
 */
const deadlineFits = (frequency: Frequency) => frequency === 'year' || frequency === 'once';
const deadlineNote = (frequency: Frequency, d: Deadline) => `原文“${d.phrase}”：按${FREQUENCY_LABELS[frequency]}考核，未作为截止日期`;

function timeDraft(clause: Clause, item: string): Draft | null {
  const time = findTime(clause.text);
  if (!time) return null;
  // "每季度集中学习1次，全年集中学习不少于12天": a year word in the clause itself wins over the
  // frequency of the clause before it.
  const frequency = /全年|每年|年度|年内/.test(clause.text) ? (readFrequency(clause.text) ?? ({ frequency: 'year', factor: 1 } satisfies FrequencyReading)) : readFrequency(clause.upTo);
  const source = clause.before[0] && !/学习|调研|蹲点|走访|研讨|培训/.test(clause.text) ? clause.withPrevious : clause.text;
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
    scope: scopeOf(clause),
    deadline: null,
    source,
    ...(noteOf(frequency?.note, time.note) ? { note: noteOf(frequency?.note, time.note) } : {}),
    start,
    end: clause.end,
  };
}

function quantifiedDraft(clause: Clause, item: string): Draft | null {
  // "每月集中学习…，至少安排一次": the count's period is in the clause before.
  const reading = readFrequency(clause.text) ?? (clause.before[0] && findCount(clause.text) ? readFrequency(clause.before[0]) : null);
  const frequency = reading?.frequency ?? null;
  const count = findCount(clause.text);
  const deadline = findDeadline(clause.text);
  const monthDay = findMonthDay(clause.text);
  let source = clause.text;
  let start = clause.start;
  let kind = kindOf(source);
  // "中心组集中学习，每月至少1次": the activity sits in the previous clause.
  const previousKind = (clause.before[0] ? kindOf(clause.before[0]) : null) ?? (clause.label ? kindOf(clause.label) : null);
  if (!kind && (frequency || count) && previousKind) {
    if (clause.before[0]) {
      source = clause.withPrevious;
      start = item.lastIndexOf(source, clause.end);
    }
    kind = previousKind;
  }
  // Both are held yearly by regulation, so "召开民主生活会", "参加所在支部组织生活会" need no "每年".
  const implied = (kind === 'democratic-life-meeting' || kind === 'organizational-life-meeting') && /召开|参加|开好/.test(source);
  // "全年" says how long, not how often: without a count it is no duty ("把学习作为全年主线").
  const acts = ACTION_VERB.test(source) && /每/.test(source);
  const quantified = kind ? Boolean(frequency || count || deadline || implied) : Boolean((frequency && (count || acts)) || deadline || monthDay);
  if (!quantified) return null;

  const facts: TitleFacts = {
    kind: kind ?? 'other',
    frequency: monthDay ? 'month' : (frequency ?? (deadline && EXPLICIT_YEAR_RE.test(source) ? 'once' : 'year')),
    count,
    deadline,
    saysHowOften: frequency !== null,
  };
  const kept = deadline && deadlineFits(facts.frequency) ? deadline : null;
  const note = noteOf(reading?.note, kept?.note, deadline && !kept ? deadlineNote(facts.frequency, deadline) : undefined);
  return {
    kind: facts.kind,
    title: titleOf(source, facts),
    frequency: facts.frequency,
    minCount: (count?.n ?? 1) * (reading?.factor ?? 1),
    // Talks are held by each member with others; the group as a whole does not talk.
    scope: facts.kind === 'talk' && !hasSubject(clause) ? 'each-member' : scopeOf(clause),
    deadline: kept?.date ?? null,
    source,
    ...(monthDay ? { monthDay } : {}),
    ...(note ? { note } : {}),
    start,
    end: clause.end,
  };
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

/** "…撰写调研报告，于12月20日前报送": a bare deadline belongs to the duty just before it in the sentence. */
const isBareDeadline = (clause: Clause): boolean =>
  findDeadline(clause.text) !== null && !kindOf(clause.text) && !findCount(clause.text) && !/每/.test(clause.text) && deliverablesIn(clause.text).length === 0;

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

/** Reads a simplified copy of the text; sources are cut from the original at the same offsets. */
function extractItem(itemNo: string, original: string): Extraction {
  const text = toSimplified(original);
  const duties: Draft[] = [];
  const possible: Possible[] = [];
  let last: { draft: Draft; sentence: number } | null = null;
  for (const clause of clausesOf(text)) {
    if (last && last.sentence === clause.sentence && isBareDeadline(clause)) {
      const deadline = findDeadline(clause.text)!;
      const d = last.draft;
      if (deadlineFits(d.frequency)) {
        d.deadline = deadline.date;
        if (d.frequency === 'year' && EXPLICIT_YEAR_RE.test(clause.text)) d.frequency = 'once';
      } else {
        d.note = noteOf(d.note, deadlineNote(d.frequency, deadline));
      }
      d.source = text.slice(d.start, clause.end);
      d.end = clause.end;
      continue;
    }
    const deliverables = deliverableDrafts(clause);
    const time = deliverables.length > 0 ? null : timeDraft(clause, text);
    const quantified = deliverables.length > 0 || time ? null : quantifiedDraft(clause, text);
    // "每月集中学习，至少安排一次": the count completes the duty of the clause before, not a second one.
    if (quantified && last && last.sentence === clause.sentence && last.draft.kind === quantified.kind && quantified.start < clause.start && !last.draft.measure) {
      const d = last.draft;
      d.minCount = quantified.minCount;
      d.title = quantified.title;
      d.source = text.slice(d.start, clause.end);
      d.end = clause.end;
      continue;
    }
    const drafts = deliverables.length > 0 ? deliverables : time ? [time] : quantified ? splitLifeMeetings(quantified) : [];
    if (drafts.length > 0) {
      duties.push(...drafts);
      last = { draft: drafts[drafts.length - 1]!, sentence: clause.sentence };
    } else if (QUANTITY_HINT.test(clause.text) && !/^\s*(?:20\d{2}|二[〇零])/.test(clause.text)) {
      possible.push({ item: itemNo, source: clause.text, start: clause.start, end: clause.end });
    }
  }
  return {
    duties: duties.map(({ start, end, ...d }) => ({ item: itemNo, ...d, source: original.slice(start, end) })),
    possible: possible.map(({ start, end, item }) => ({ item, source: original.slice(start, end) })),
  };
}

/** Duties of a plan and the clauses that look like duties but could not be read. */
export function extractPlan(plan: ParsedPlan): Extraction {
  const parts = plan.sections.flatMap((section) => section.items.map((item) => extractItem(item.no, item.text)));
  return { duties: parts.flatMap((p) => p.duties), possible: parts.flatMap((p) => p.possible) };
}

export function extractDuties(plan: ParsedPlan): DutyDraft[] {
  return extractPlan(plan).duties;
}

/** A duty from a clause the clerk selected in the plan text: what the rules read, else a blank "other". */
export function draftFromClause(itemNo: string, clause: string): DutyDraft {
  const read = extractItem(itemNo, clause).duties[0];
  return read ? { ...read, source: clause } : { item: itemNo, kind: kindOf(clause) ?? 'other', title: itemTitleOf(clause), frequency: 'year', minCount: 1, scope: 'group', deadline: null, source: clause };
}
