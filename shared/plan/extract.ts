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

import type { DutyDraft, DutyKind, DutyScope, Frequency } from '../domain/duties';
import { FREQUENCY_LABELS } from '../domain/duties';
import { CN_NUMERAL, DIGIT, parseNumeral } from './numerals';
import type { ParsedPlan } from './parse';

interface Clause {
  /** The clause, trimmed: always a substring of the item text. */
  text: string;
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
  for (const sentence of text.split(/[。！？!?；;\n]/)) {
    const parts: { text: string; start: number; end: number }[] = [];
    const re = /[^，,：:]+/g;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const t = m[0].trim();
      if (t) parts.push({ text: t, start: m.index, end: m.index + m[0].length });
    }
    parts.forEach((p, i) => {
      const previous = parts[i - 1];
      out.push({
        text: p.text,
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
const EVERY_RE = new RegExp(`每(${NUM})?个?(周|星期|月|季度?|年度?)|每半(年|月)|全年`);

function findFrequency(s: string): Frequency | null {
  const m = EVERY_RE.exec(s);
  if (!m) return null;
  if (m[0] === '全年') return 'year';
  if (m[3]) return m[3] === '年' ? 'halfyear' : '2weeks';
  const n = m[1] ? parseNumeral(m[1]) : 1;
  const period = PERIODS.find((p) => p.unit.test(m[2] ?? ''));
  // "每三周" and the like have no frequency of ours: better none than a wrong one.
  return (n !== null && period?.byCount[n]) || null;
}

interface Count {
  n: number;
  unit: string;
  atLeast: '至少' | '不少于';
}
// "第一次" is an ordinal and "一次性" an adverb; 个/项/条 count things, not occurrences
// ("两个确定", "三项机制"). "1至2次" means at least 1.
const COUNT_RE = new RegExp(`(?<!第)(${NUM})(?:\\s*[至到~～-]\\s*${NUM})?\\s*(次|篇|场|期|回|轮|份)(?!性)`);

function findCount(s: string): Count | null {
  const m = COUNT_RE.exec(s);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  if (!m || n === null || n < 1) return null;
  return { n, unit: m[2] ?? '次', atLeast: /不少于|不低于/.test(s) ? '不少于' : '至少' };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number): string => String(n).padStart(2, '0');
const DEADLINE_RE = new RegExp(`(${NUM})月(?:(底|末)前?|(${NUM})日(?:之|以)?前)|(?:年底|年末)前?`);
// A deadline in a given year ("2022年6月底前") happens once; without a year it recurs.
const EXPLICIT_YEAR_RE = /(?:20\d{2}|二[〇零][〇零一二三四五六七八九]{2})年/;

interface Deadline {
  /** "MM-DD". */
  date: string;
  /** The words of the text, e.g. "3月底前", for titles. */
  phrase: string;
}

/** "3月底前" → "03-31", "12月20日前" → "12-20", "年底前" → "12-31" (February ends on the 28th). */
function findDeadline(s: string): Deadline | null {
  const m = DEADLINE_RE.exec(s);
  if (!m) return null;
  if (m[1] === undefined) return { date: '12-31', phrase: m[0] };
  const month = parseNumeral(m[1]);
  if (month === null || month < 1 || month > 12) return null;
  const day = m[2] ? DAYS_IN_MONTH[month - 1]! : parseNumeral(m[3] ?? '');
  return day !== null && day >= 1 && day <= 31 ? { date: `${pad(month)}-${pad(day)}`, phrase: m[0] } : null;
}

// ---------- kind, scope ----------

// First match wins: "听取…汇报" before "向县委…汇报", meetings before what they discuss.
const KINDS: { kind: DutyKind; re: RegExp; action: string }[] = [
  { kind: 'hear-report', re: /听取[^，。；]*?(?:汇报|报告)/, action: '听取汇报' },
  { kind: 'report-to-committee', re: /向(?:县委|市委|上级党委|上级党组织)[^，。；]*?(?:报告|请示|汇报)|请示报告/, action: '向县委报告工作' },
  { kind: 'democratic-life-meeting', re: /民主生活会/, action: '召开民主生活会' },
  { kind: 'organizational-life-meeting', re: /组织生活会/, action: '召开组织生活会' },
  { kind: 'study-group', re: /中心组/, action: '开展中心组学习' },
  { kind: 'party-lecture', re: /党课/, action: '讲党课' },
  { kind: 'theme-party-day', re: /主题党日/, action: '开展主题党日活动' },
  { kind: 'warning-education', re: /警示教育/, action: '开展警示教育' },
  { kind: 'research-report', re: /调研报告/, action: '撰写调研报告' },
  { kind: 'talk', re: /谈心|谈话/, action: '开展谈心谈话' },
  // A 党委's own meeting (乡镇、部门党委) is what a 党组会议 is to a 党组.
  { kind: 'party-group-meeting', re: /党组会|党委会/, action: '召开党组会议' },
  { kind: 'inspection', re: /督导检查|督促检查|监督检查|研究部署/, action: '研究部署、督导检查' },
];

function kindOf(s: string): DutyKind | null {
  return KINDS.find((k) => k.re.test(s))?.kind ?? null;
}

// Words that may precede the subject of a clause: "坚持…", "党组要…", "原则上…".
const FILLERS = /^(?:坚持|要|应当?|须|必须|原则上|并且?|同时|其中|此外|另外|还要|切实|认真|严格|一般)+/;
// Subjects at the start of a clause; "党组每年听取党组成员…汇报" is the group's duty, so
// "党组成员" only counts as the subject where the clause begins with it.
// The unit may come first: "县政府党组", "局党组成员", "县教育局党组", "镇党委书记".
const UNIT = '(?:[\\u4e00-\\u9fa5]{0,10}?(?:县|市|区|州|旗|镇|乡|街道|局|委|办|院|中心|政府|厅|部|所|站|公司))?';
const BODY = '(?:党组|党委)';
const SUBJECTS: { re: RegExp; scope: DutyScope }[] = [
  { re: new RegExp(`^(?:每人|每位|每名|${UNIT}${BODY}书记[、和及与]${BODY}(?:成员|委员)|${UNIT}${BODY}(?:成员|委员)|${UNIT}(?:领导)?班子成员|党员领导干部)`), scope: 'each-member' },
  { re: new RegExp(`^${UNIT}${BODY}书记`), scope: 'secretary' },
  // Not "党组会议", "党组理论学习中心组": there 党组 is part of a noun, not the subject.
  { re: new RegExp(`^${UNIT}${BODY}(?![会理中成书委])`), scope: 'group' },
];
const EXCEPT_SECRETARY = /除(?:党组)?书记(?:以)?外|其他(?:党组|班子)?成员|班子其他成员/;

const stripFillers = (s: string): string => s.replace(FILLERS, '');

function subjectOf(s: string): { scope: DutyScope; length: number } | null {
  const bare = stripFillers(s);
  for (const { re, scope } of SUBJECTS) {
    const m = re.exec(bare);
    if (m) return { scope, length: s.length - bare.length + m[0].length };
  }
  return /每人|每位党组成员|每名党组成员/.test(s) ? { scope: 'each-member', length: 0 } : null;
}

/** The clause's own subject, else the nearest earlier one in the sentence, else the group. */
function scopeOf(clause: Clause): DutyScope {
  if (EXCEPT_SECRETARY.test(clause.upTo)) return 'each-member-except-secretary';
  for (const s of [clause.text, ...clause.before]) {
    const subject = subjectOf(s);
    if (subject) return subject.scope;
  }
  return 'group';
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

const DELIVERABLE_VERB = /(?:研究)?(?:制定印发|制定出台|制定|印发|出台|修订)/;
// A document name ends with one of these nouns, followed by a clause end or a conjunction
// ("…清单和…清单"), so "制度建设" is not read as a document called "…制度".
const DOC_NAME = /(?:[和及与、]|以及)?(.+?(?:清单|计划|方案|制度|办法|细则|规则|规划|意见|要点|台账)[》”"』]?)(?=[和及与、等并《“]|以及|$)/g;

function deliverablesIn(clause: string): { verb: string; name: string }[] {
  const m = DELIVERABLE_VERB.exec(clause);
  if (!m) return [];
  const rest = clause.slice(m.index + m[0].length);
  return [...rest.matchAll(DOC_NAME)].flatMap((d) => (d[1] ? [{ verb: m[0], name: d[1] }] : []));
}

// ---------- extraction ----------

type Draft = Omit<DutyDraft, 'item'>;

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
  }));
}

function quantifiedDraft(clause: Clause): Draft | null {
  const frequency = findFrequency(clause.text);
  const count = findCount(clause.text);
  const deadline = findDeadline(clause.text);
  let source = clause.text;
  let kind = kindOf(source);
  // "中心组集中学习，每月至少1次": the activity sits in the previous clause.
  const previousKind = clause.before[0] ? kindOf(clause.before[0]) : null;
  if (!kind && (frequency || count) && previousKind) {
    source = clause.withPrevious;
    kind = previousKind;
  }
  // Both are held yearly by regulation, so "召开民主生活会", "参加所在支部组织生活会" need no "每年".
  const implied = (kind === 'democratic-life-meeting' || kind === 'organizational-life-meeting') && /召开|参加|开好/.test(source);
  const quantified = kind ? Boolean(frequency || count || deadline || implied) : Boolean((frequency && count) || deadline);
  if (!quantified) return null;

  const facts: TitleFacts = {
    kind: kind ?? 'other',
    frequency: frequency ?? (deadline && EXPLICIT_YEAR_RE.test(source) ? 'once' : 'year'),
    count,
    deadline,
    saysHowOften: frequency !== null,
  };
  return {
    kind: facts.kind,
    title: titleOf(source, facts),
    frequency: facts.frequency,
    minCount: count?.n ?? 1,
    scope: scopeOf(clause),
    deadline: deadline?.date ?? null,
    source,
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

export function extractDuties(plan: ParsedPlan): DutyDraft[] {
  return plan.sections.flatMap((section) =>
    section.items.flatMap((item) =>
      clausesOf(item.text).flatMap((clause): DutyDraft[] => {
        const deliverables = deliverableDrafts(clause);
        const quantified = quantifiedDraft(clause);
        const drafts = deliverables.length > 0 ? deliverables : quantified ? splitLifeMeetings(quantified) : [];
        return drafts.map((d) => ({ item: item.no, ...d }));
      }),
    ),
  );
}
