// Cuts an item's text into sentences and clauses, and unwraps text a page or a PDF broke into lines.

import { stripMarks } from './marks';

export interface Clause {
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
export function clausesOf(text: string): Clause[] {
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
    // subject, and one opening with 与/同/对 has no subject of its own, nor one that opens with what is
    // asked of whom the sentence before named ("…班子成员负责…。要求每月不少于4次下村").
    const inherited = carry || (/^\s*(?:与|同|对|要求(?=每|全年|至少|不少于))/.test(sentence) ? previousFirst : '');
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

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const SENTENCE_END = /[。！？!?；;：:]/;
// "會(huì )議": some converters leave a space inside the brackets.
const PINYIN_RESIDUE = /(?<=[\u4e00-\u9fff])[(（][a-zA-Z\u00c0-\u024f]{1,8} ?[)）]/g;
const LIST_START = /^[（(]?[0-9０-９一二三四五六七八九十①-⑳]{1,3}[）)、.．]/;

/**
 * Text wrapped by a page or a PDF ("党员教\n育情况", "每月 25 日前", "召 开"): line breaks
 * inside a sentence and spaces next to Chinese characters are dropped. `at[i]` is the offset in
 * the input of the i-th character kept, so sources are still cut from the original.
 */
export function unwrap(text: string): { text: string; at: number[] | null } {
  const drops: [number, number][] = [];
  // A page copied from a PDF may put a blank line after every line ("支部委员会一\n\n\n般每月召开"): when
  // no line of the item is followed by another directly, a run of breaks is one wrap.
  const doubleSpaced = (text.match(/\n[ \t\u3000\u00a0]*\n/g)?.length ?? 0) >= 3 && !/[^\n \t\u3000\u00a0][ \t\u3000\u00a0]*\n[ \t\u3000\u00a0]*[^\n \t\u3000\u00a0]/.test(text);
  const breaks = doubleSpaced ? /\n(?:[ \t\u3000\u00a0]*\n)*[ \t\u3000\u00a0]*|[ \t\u3000\u00a0]+/g : /\n|[ \t\u3000\u00a0]+/g;
  for (const m of text.matchAll(breaks)) {
    const from = m.index;
    const to = from + m[0].length;
    const prev = text[from - 1] ?? '';
    if (m[0].startsWith('\n')) {
      const next = /^[ \t\u3000\u00a0]*(.{0,5})/s.exec(text.slice(to, to + 12))?.[1] ?? '';
      if (prev && prev !== '\n' && !SENTENCE_END.test(prev) && next && next[0] !== '\n' && !LIST_START.test(next)) drops.push([from, to]);
    } else if (CJK.test(prev) || CJK.test(text[to] ?? '') || (prev === '\n' && drops.at(-1)?.[1] === from)) {
      drops.push([from, to]);
    }
  }
  // "學(xué)習(xí)": a converter's pinyin after each character would hide the words from every rule.
  for (const m of text.matchAll(PINYIN_RESIDUE)) drops.push([m.index, m.index + m[0].length]);
  // "每月由组长集中___学习一天": a blank of a form left unfilled sits inside the words.
  for (const m of text.matchAll(/(?<=[\u4e00-\u9fff])_{2,}(?=[\u4e00-\u9fff])/g)) drops.push([m.index, m.index + m[0].length]);
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
