// Reads the structure of an annual work plan (工作要点): title, preamble, sections, items.
// Official documents number levels as 第一部分 > 一、 > （一） > 1. > （1） (GB/T 9704), so we
// rank the numbering styles a document uses instead of trusting indentation, which plain
// text exports lose.

import { PlanInputError } from './errors';
import { isResidueLine, joinHardWraps, splitEnumerated, splitRunTogether, stripInlineResidue } from './clean';
import { itemOwnNo } from './item-label';
import { CN_NUMERAL, DIGIT, parseNumeral, toAsciiDigits, toChineseNumeral } from './numerals';

export interface PlanItem {
  /** Number as printed, without punctuation: "1", "一"; "" for an unnumbered paragraph. */
  no: string;
  /** First sentence of the text, without its 。. */
  title: string;
  /** Full text without the number, continuation paragraphs joined with "\n". */
  text: string;
}

export interface PlanSection {
  /** "一" for "一、" or "第一部分"; "" for the implicit section of a plan without sections. */
  no: string;
  title: string;
  items: PlanItem[];
}

export interface ParsedPlan {
  title: string;
  preamble: string;
  sections: PlanSection[];
}

type Style = 'part' | 'article' | 'cn' | 'cn-paren' | 'num' | 'num-paren' | 'circled';

// Ordered from the outermost level to the innermost one. 第X条 (rules, 制度) sit below 第X章.
const MARKERS: { style: Style; re: RegExp }[] = [
  { style: 'part', re: new RegExp(`^第(${CN_NUMERAL}+|${DIGIT}+)(?:部分|篇|章)[\\s:：、.．]*`) },
  { style: 'article', re: new RegExp(`^第(${CN_NUMERAL}+|${DIGIT}+)条[\\s:：、.．]*`) },
  { style: 'cn', re: new RegExp(`^(${CN_NUMERAL}+)\\s*[、.．]\\s*`) },
  { style: 'cn-paren', re: new RegExp(`^[（(]\\s*(${CN_NUMERAL}+)\\s*[）)][、.．]?\\s*`) },
  // "1.5亿元" is a decimal, not a marker; "1.3月底前…", "1.2022年…" are item 1. 4+ digits are years.
  { style: 'num', re: new RegExp(`^(${DIGIT}{1,3})\\s*(?:、|[.．](?!${DIGIT}+(?:[^0-9０-９年月日号]|$)))\\s*`) },
  { style: 'num-paren', re: new RegExp(`^[（(]\\s*(${DIGIT}{1,3})\\s*[）)][、.．]?\\s*`) },
  { style: 'circled', re: /^([①-⑳])\s*/ },
];
const RANK = new Map(MARKERS.map((m, i) => [m.style, i]));

interface Line {
  text: string;
  marker?: { style: Style; no: string; rest: string };
}

const MAX_TITLE_CHARS = 40;

function classify(text: string): Line {
  for (const { style, re } of MARKERS) {
    const m = re.exec(text);
    if (m?.[1] === undefined) continue;
    const no = style === 'circled' ? String(m[1].charCodeAt(0) - 0x2460 + 1) : toAsciiDigits(m[1]);
    return { text, marker: { style, no, rest: text.slice(m[0].length).trim() } };
  }
  return { text };
}

function splitLines(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((l) => l !== '');
}

/**
 * "1加强理论学习" (no separator) numbers items only when several lines count 1, 2, 3 that way
 * and nothing else is numbered with digits; "12月底前…" and "3名同志…" are not numbers.
 */
const BARE_NUM = new RegExp(`^(${DIGIT}{1,2})(?=[\\u4e00-\\u9fa5])(?![年月日号时分天次个项条名人位篇场期批届周岁万亿元])`);

function readBareNumbers(lines: Line[]): Line[] {
  if (lines.some((l) => l.marker?.style === 'num')) return lines;
  const bare = lines.map((l) => (l.marker ? null : BARE_NUM.exec(l.text)));
  const values = bare.flatMap((m) => (m ? [Number(toAsciiDigits(m[1]!))] : []));
  if (values.length < 2 || values[0] !== 1 || values.some((v, i) => i > 0 && v !== values[i - 1]! + 1)) return lines;
  return lines.map((l, i) => {
    const m = bare[i];
    return m ? { text: l.text, marker: { style: 'num', no: String(Number(toAsciiDigits(m[1]!))), rest: l.text.slice(m[0].length).trim() } } : l;
  });
}

/** A short first line without numbering or sentence punctuation, e.g. "县政府党组2022年工作要点". */
/** "幼儿园学习会议制度_园所制度": a page title followed by the site's column name. */
const withoutColumn = (title: string): string => title.replace(/(制度|办法|规定|细则|规则|计划|要点|方案|安排|清单)\s*[_|｜]\s*[^_|｜]{1,12}$/, '$1');

function isTitleLine(line: Line): boolean {
  return !line.marker && line.text.length <= MAX_TITLE_CHARS && !/[。；;：:，,]/.test(line.text);
}

/** First sentence, without its closing punctuation; long ones are cut for display. */
export function itemTitleOf(text: string): string {
  const first = /^[^。！？!?；;\n]*/.exec(text)?.[0].trim() ?? '';
  const title = first.replace(/[，,：:、]+$/, '');
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS)}…` : title;
}

function makeItem(no: string, text: string): PlanItem {
  return { no, title: itemTitleOf(text), text };
}

/** Headings name a theme ("一、站稳政治立场"); they don't carry sentences of duties. */
function isHeadingLike(line: Line): boolean {
  const rest = line.marker?.rest ?? '';
  return rest.length <= MAX_TITLE_CHARS && !/[。；;！？]./.test(rest);
}

/**
 * Picks which numbering style makes sections and which makes items. With a single style,
 * short headings followed by paragraphs are sections (their paragraphs become items);
 * otherwise the numbered lines are items of one implicit section.
 */
function chooseLevels(lines: Line[]): { sectionStyle?: Style; itemStyle?: Style; outerStyles?: Set<Style> } {
  const styles = [...new Set(lines.flatMap((l) => (l.marker ? [l.marker.style] : [])))].sort(
    (a, b) => (RANK.get(a) ?? 0) - (RANK.get(b) ?? 0),
  );
  const [outer, inner] = styles;
  if (outer === undefined) return {};
  if (styles.length >= 3) {
    // 第一部分 > 一、 > 1.: the items are the numbered sentences, their sections the headings
    // just above them; higher levels only group sections.
    // Strict here: a heading has no sentence end at all ("1.党组每月召开会议。" is an item).
    const headingLike = (st: Style) => lines.every((l) => l.marker?.style !== st || (isHeadingLike(l) && !/[。；;！？]/.test(l.marker.rest)));
    const at = styles.slice(0, -1).findLastIndex((st, i) => headingLike(st) && !headingLike(styles[i + 1]!));
    if (at >= 0) return { sectionStyle: styles[at], itemStyle: styles[at + 1], outerStyles: new Set(styles.slice(0, at)) };
  }
  // "（1）每月召开…。\n①…": outer lines carrying sentences are the items, the inner ones their detail.
  if (inner !== undefined) {
    const outerHeadings = lines.every((l) => l.marker?.style !== outer || isHeadingLike(l));
    return outerHeadings ? { sectionStyle: outer, itemStyle: inner } : { itemStyle: outer };
  }
  const numbered = lines.filter((l) => l.marker);
  const hasParagraphs = lines.some((l, i) => i > 0 && !l.marker && lines[i - 1]?.marker);
  const headings = RANK.get(outer)! <= RANK.get('cn-paren')! && hasParagraphs && numbered.every(isHeadingLike);
  return headings ? { sectionStyle: outer } : { itemStyle: outer };
}

const stripEnd = (s: string): string => s.replace(/[。；;，,：:]+$/, '');

export interface PlanReading {
  plan: ParsedPlan;
  /** What the reader did that the clerk should check, in Chinese (shown in the preview). */
  notices: string[];
  /** False when no numbering was found and paragraphs became the items. */
  numbered: boolean;
}

export function parsePlan(text: string): ParsedPlan {
  return readPlan(text).plan;
}

/** Ends the preamble of an unnumbered document: "现将有关事项通知如下：", "特制定本制度。". */
const PREAMBLE_END = /(?:如下|制定本(?:制度|办法|规定|细则|规则)|特制定[^。]{0,20})[。：:]?$|[：:]$/;

/**
 * Structure of a plan. Never refuses text that has paragraphs: without any numbering each
 * paragraph (or each "一是…二是…" piece) becomes an item, and a notice says so.
 */
export function readPlan(text: string): PlanReading {
  const notices: string[] = [];
  const raw = splitLines(text);
  if (raw.length === 0) throw new PlanInputError('empty', '没有任何内容。请选择或粘贴工作要点正文。');
  const kept = raw.filter((l) => !isResidueLine(l)).map(stripInlineResidue).filter((l) => l !== '');
  const dropped = raw.length - kept.length;
  if (dropped > 0) notices.push(`已去掉 ${dropped} 行网页或页眉页脚中的附加文字（发布时间、来源、浏览次数、页码等）。`);
  const unwrapped = joinHardWraps(kept);
  if (unwrapped.length < kept.length) notices.push(`有 ${kept.length - unwrapped.length} 处按页面宽度断开的行（常见于从 PDF 复制的文字），已接回原句，请核对。`);
  const split = unwrapped.flatMap(splitRunTogether);
  if (split.length > unwrapped.length) notices.push(`有 ${split.length - unwrapped.length} 处编号与上文连在同一段中，已拆为单独的条目，请核对。`);

  const lines = readBareNumbers(split.map(classify));
  let title = '';
  if (lines.length > 1 && lines[0] && isTitleLine(lines[0])) title = withoutColumn(lines.shift()!.text);

  const levels = chooseLevels(lines);
  if (!levels.sectionStyle && !levels.itemStyle) return { plan: paragraphPlan(title, lines.map((l) => l.text)), notices: [...notices, PARAGRAPHS_NOTICE], numbered: false };
  return { plan: buildPlan(title, lines, levels), notices, numbered: true };
}

const PARAGRAPHS_NOTICE = '原文没有可识别的编号（如“一、”“（一）”“1.”），已按段落分为条目，请在“核对条目”中检查切分。';

/** A document without numbering: one item per paragraph, or per "一是…二是…" piece. */
function paragraphPlan(title: string, paragraphs: string[]): ParsedPlan {
  const end = paragraphs.slice(0, 3).findIndex((p) => PREAMBLE_END.test(p));
  const preamble = end >= 0 && end < paragraphs.length - 1 ? paragraphs.slice(0, end + 1) : [];
  const items = paragraphs.slice(preamble.length).flatMap(splitEnumerated).map((p, i) => makeItem(String(i + 1), p));
  return { title, preamble: preamble.join('\n'), sections: [{ no: '', title: '', items }] };
}

function buildPlan(title: string, lines: Line[], { sectionStyle, itemStyle, outerStyles }: ReturnType<typeof chooseLevels>): ParsedPlan {
  const preamble: string[] = [];
  const sections: PlanSection[] = [];
  let section: PlanSection | undefined;
  // Only a numbered item takes continuation paragraphs (item 7 of the sample has one).
  let openItem: PlanItem | undefined;
  let openStyle: Style | undefined;

  const currentSection = (): PlanSection => {
    if (!section) {
      section = { no: '', title: '', items: [] };
      sections.push(section);
    }
    return section;
  };

  for (const line of lines) {
    const style = line.marker?.style;
    if (style && outerStyles?.has(style)) {
      // A grouping heading above the sections (第二部分 主要任务): it ends what came before.
      section = undefined;
      openItem = undefined;
    } else if (line.marker && style === sectionStyle) {
      section = { no: line.marker.no, title: stripEnd(line.marker.rest), items: [] };
      sections.push(section);
      openItem = undefined;
      openStyle = undefined;
    } else if (line.marker && (style === itemStyle || (section && (!openItem || style === openStyle)))) {
      // Sections may number their items differently ("一、（一）…" then "二、1. 2."): the first
      // numbered line under a heading sets that section's item style; deeper lines stay detail.
      openItem = makeItem(line.marker.no, line.marker.rest);
      openStyle = style;
      currentSection().items.push(openItem);
    } else if (openItem) {
      openItem.text += `\n${line.text}`;
      openItem.title = itemTitleOf(openItem.text);
    } else if (!section) {
      preamble.push(line.text);
    } else {
      // A paragraph under a heading but outside any numbered item: keep it as its own item.
      section.items.push(makeItem('', line.text));
    }
  }

  const plan: ParsedPlan = { title, preamble: preamble.join('\n'), sections };
  return qualifyRepeatedNumbers(numberPlainSections(numberUnnumberedPlan(plan)));
}

/**
 * A numbered section written as plain paragraphs ("三、加强调查研究" then a sentence) among
 * sections with numbered items: its paragraphs are named after the section ("三.1", shown
 * "三、第1条"), so their duties attach to an item instead of to none.
 */
function numberPlainSections(plan: ParsedPlan): ParsedPlan {
  return {
    ...plan,
    sections: plan.sections.map((s) =>
      s.no && s.items.length > 0 && s.items.every((i) => i.no === '') ? { ...s, items: s.items.map((i, k) => ({ ...i, no: `${s.no}.${k + 1}` })) } : s,
    ),
  };
}

/**
 * "一、… 1. 2. 二、… 1. 2.": numbering that starts again in each section would make "第1条" name
 * two items, and duties attach to items by number. Then every item is named with its section
 * ("二.1", shown as "二、第1条" by itemLabel).
 */
function qualifyRepeatedNumbers(plan: ParsedPlan): ParsedPlan {
  const nos = plan.sections.flatMap((s) => s.items.map((i) => i.no).filter((n) => n !== ''));
  if (new Set(nos).size === nos.length) return plan;
  return mapItems(plan, (item, section) => (item.no && section.no ? { ...item, no: `${section.no}.${item.no}` } : item));
}

/** Plans whose sections hold only plain paragraphs get items numbered 1..n across the plan. */
function numberUnnumberedPlan(plan: ParsedPlan): ParsedPlan {
  const items = plan.sections.flatMap((s) => s.items);
  if (items.some((i) => i.no !== '')) return plan;
  let n = 0;
  return mapItems(plan, (item) => ({ ...item, no: String(++n) }));
}

function mapItems(plan: ParsedPlan, f: (item: PlanItem, section: PlanSection) => PlanItem): ParsedPlan {
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map((i) => f(i, s)) })) };
}

// ---------- year ----------

const YEAR = '(20\\d{2}|二[〇零][〇零一二三四五六七八九]{2})';
// Most specific first: the plan's own title, then "2022年是…", then any early year.
const YEAR_PATTERNS = [
  new RegExp(`${YEAR}\\s*年度?[^。\\n]{0,20}?(?:工作要点|工作计划|工作安排|要点)`),
  new RegExp(`${YEAR}\\s*年(?:是|，|,)`),
];

export function inferPlanYear(text: string): number | null {
  const head = text.slice(0, 300);
  const candidates = [...YEAR_PATTERNS.map((re) => re.exec(text)?.[1]), new RegExp(`${YEAR}\\s*年`).exec(head)?.[1]];
  for (const c of candidates) {
    const year = c === undefined ? null : parseNumeral(c);
    if (year !== null && year >= 2000 && year <= 2100) return year;
  }
  return null;
}

// ---------- preview editing ----------

function checkItem(plan: ParsedPlan, sectionIndex: number, itemIndex: number): PlanItem {
  const item = plan.sections[sectionIndex]?.items[itemIndex];
  if (!item) throw new RangeError(`没有第 ${sectionIndex + 1} 部分第 ${itemIndex + 1} 条`);
  return item;
}

// Item numbers may be qualified with their section ("二.3", see qualifyRepeatedNumbers):
// editing renumbers the item's own part and keeps the qualification.
const isArabic = (no: string): boolean => /^\d+$/.test(itemOwnNo(no));
const isNumbered = (no: string): boolean => parseNumeral(itemOwnNo(no)) !== null;
const numberOf = (no: string): number => parseNumeral(itemOwnNo(no))!;

/**
 * True when numbering runs through the whole plan (sample: 1–15 across five sections),
 * false when each section restarts at 1.
 */
function isContinuous(plan: ParsedPlan): boolean {
  return plan.sections.slice(1).some((s) => {
    const first = s.items.find((i) => isNumbered(i.no));
    return first !== undefined && numberOf(first.no) > 1;
  });
}

/** Gives numbered items consecutive numbers in their own style; unnumbered ones stay "". */
function renumber(plan: ParsedPlan, continuous: boolean): ParsedPlan {
  let next: number | undefined;
  return {
    ...plan,
    sections: plan.sections.map((s) => {
      if (!continuous) next = undefined;
      return {
        ...s,
        items: s.items.map((item) => {
          if (!isNumbered(item.no)) return item;
          const n = next ?? numberOf(item.no);
          next = n + 1;
          const own = isArabic(item.no) ? String(n) : toChineseNumeral(n);
          return { ...item, no: item.no.includes('.') ? `${s.no}.${own}` : own };
        }),
      };
    }),
  };
}

function replaceItems(plan: ParsedPlan, sectionIndex: number, at: number, remove: number, insert: PlanItem[]): ParsedPlan {
  const sections = plan.sections.map((s, i) => {
    if (i !== sectionIndex) return s;
    const items = [...s.items];
    items.splice(at, remove, ...insert);
    return { ...s, items };
  });
  return renumber({ ...plan, sections }, isContinuous(plan));
}

/** Merges an item with the next item of the same section (the parser split one item in two). */
export function mergeItems(plan: ParsedPlan, sectionIndex: number, itemIndex: number): ParsedPlan {
  const first = checkItem(plan, sectionIndex, itemIndex);
  const second = plan.sections[sectionIndex]?.items[itemIndex + 1];
  if (!second) throw new RangeError('这是本部分最后一条，没有下一条可以合并');
  const merged = makeItem(first.no || second.no, `${first.text}\n${second.text}`);
  return replaceItems(plan, sectionIndex, itemIndex, 2, [merged]);
}

/** Splits an item in two at a character offset of its text (the parser joined two items). */
export function splitItem(plan: ParsedPlan, sectionIndex: number, itemIndex: number, charOffset: number): ParsedPlan {
  const item = checkItem(plan, sectionIndex, itemIndex);
  const head = item.text.slice(0, charOffset).trim();
  const tail = item.text.slice(charOffset).trim();
  if (!Number.isInteger(charOffset) || head === '' || tail === '') {
    throw new RangeError('拆分位置必须在条目文字中间');
  }
  // The new item takes the same number; renumbering then shifts it and those after it.
  return replaceItems(plan, sectionIndex, itemIndex, 1, [makeItem(item.no, head), makeItem(item.no, tail)]);
}
