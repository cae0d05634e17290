// Plans arrive copied from web pages, PDFs and Word files: before reading the structure we
// drop what the page added around the text (发布时间, 浏览次数, page footers) and undo the
// run-together paragraphs that copying produces ("1、…。2、…。3、…" in one line).

import { CN_NUMERAL, DIGIT, parseNumeral, toAsciiDigits } from './numerals';
import { toSimplified } from './simplified';

/** Lines a web page or PDF adds that are never part of a plan. */
const RESIDUE_LINES: RegExp[] = [
  /^(?:发布时间|发布日期|发文日期|更新时间|信息来源|文章来源|来源|浏览次数|阅读次数|点击次数|点击数|访问次数|作者|责任编辑|编辑|审核|分享到|扫一扫|字号|字体)[\s:：]/,
  // Breadcrumbs and counters: "当前位置:学问君>实用文案>制度>", "首页 > 党建", "学问君 人气:4.85K".
  /^(?:当前位置|您的位置|您现在的位置|所在位置)[\s:：]/,
  /^(?:首页|主页|网站首页)\s*[>›»/]/,
  // A site's name on a line of its own: "学海荡舟手机网", "某某文库" (not a plan's line such as "织密基层治理网").
  /^[\u4e00-\u9fa5A-Za-z0-9]{2,12}(?:手机网|手机版|网站|文库|频道|范文网|文秘网|公文网|资料网|文档网)$/,
  // A site's phone and mail line: "010-52202928 service@bapa.com.cn".
  /^(?=.*(?:\d{7,8}|@[\w-]+\.))(?:(?:联系)?电话|邮箱|E-?mail|传真)?[\s:：]*(?:\(?\d{3,4}\)?[-\s]?\d{7,8}(?:\s+|$))?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$/i,
  /^[^。，；,]{0,20}?(?:人气|阅读量|浏览量|热度|阅读)[\s:：]\s*[\d.]+\s*[KkWw万]?(?:次)?$/,
  /^(?:打印本页|打印|关闭窗口|关闭|返回顶部|上一篇|下一篇|【打印】|【关闭】|【收藏】|\[打印\]|\[关闭\])(?:[\s:：].*)?$/,
  // Page footers: "第 1 页 共 3 页", "- 2 -", "— 3 —", "2/5", a lone page number.
  /^第\s*\d+\s*页[\s，,/]*(?:共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页[\s，,/]*第\s*\d+\s*页$/,
  /^[-—–－]\s*\d{1,3}\s*[-—–－]$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^\d{1,3}$/,
];
/** Residue inside a line: "【字体：大 中 小】", "[打印本页]". */
const RESIDUE_INLINE = /[【[]\s*(?:字体|字号)[:：]?\s*[大中小\s]+[】\]]|[【[](?:打印本页|打印|关闭窗口|关闭|收藏)[】\]]/g;

export function isResidueLine(line: string): boolean {
  // Traditional-character mirrors write the same residue: "當前位置", "人氣".
  const simple = toSimplified(line);
  return RESIDUE_LINES.some((re) => re.test(simple));
}

export function stripInlineResidue(line: string): string {
  return line.replace(RESIDUE_INLINE, '').trim();
}

// ---------- run-together items ----------

/** Numbering that copying often runs into the previous sentence; found after a sentence end. */
const INLINE_MARKERS: RegExp[] = [
  new RegExp(`(?<=^|[。；;！？!?])\\s*(${DIGIT}{1,2})\\s*(?:、|[.．](?!${DIGIT}))`, 'g'),
  new RegExp(`(?<=^|[。；;！？!?])\\s*[（(](${CN_NUMERAL}{1,3})[）)]`, 'g'),
];

/**
 * Cuts a line where a chain of consecutive numbers (n, n+1, …) starts each piece. The chain
 * begins at the line's own number, or at 1 after a lead sentence; a lone "2、" is left alone.
 */
export function splitRunTogether(line: string): string[] {
  for (const re of INLINE_MARKERS) {
    const hits = [...line.matchAll(re)].map((m) => ({ at: m.index, n: parseNumeral(toAsciiDigits(m[1] ?? '')) }));
    const cuts: number[] = [];
    let expect: number | null = null;
    for (const h of hits) {
      if (h.n === null) continue;
      if (expect === null ? h.at === 0 || h.n === 1 : h.n === expect) {
        cuts.push(h.at);
        expect = h.n + 1;
      }
    }
    const pieces = cuts.filter((c) => c > 0).length;
    if (pieces >= 1 && cuts.length >= 2) {
      const bounds = [0, ...cuts.filter((c) => c > 0), line.length];
      return bounds.slice(0, -1).map((b, i) => line.slice(b, bounds[i + 1]).trim()).filter((p) => p !== '');
    }
  }
  return [line];
}

/** "一是…；二是…；三是…" inside a paragraph: the pieces, each keeping its words. */
export function splitEnumerated(line: string): string[] {
  const re = new RegExp(`(?<=^|[。；;！？!?，,：:])\\s*(${CN_NUMERAL}{1,3})是`, 'g');
  const cuts: number[] = [];
  let expect = 1;
  for (const m of line.matchAll(re)) {
    if (parseNumeral(m[1] ?? '') === expect) {
      cuts.push(m.index + m[0].length - m[0].trimStart().length);
      expect++;
    }
  }
  if (cuts.length < 2) return [line];
  const bounds = [0, ...cuts.filter((c) => c > 0), line.length];
  return bounds.slice(0, -1).map((b, i) => line.slice(b, bounds[i + 1]).trim()).filter((p) => p !== '');
}

/**
 * Text copied from a PDF viewer keeps the page's line ends ("…定期召开支部委员会、支部党员大" / "会、党小组会…"),
 * often with a blank line after each. Where several lines run to the page's width and stop mid-sentence,
 * such a line is joined to the next; headings and paragraphs that end their sentence stay apart.
 */
const MID_SENTENCE_END = /[\u4e00-\u9fff，,、“‘（(《]$/;
const STARTS_ENTRY = /^(?:[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)、.．]|第[一二三四五六七八九十百\d]+[条章节部]|[一二三四五六七八九十]+是)/;
export function joinHardWraps(lines: string[]): string[] {
  const long = lines.map((l) => l.length).filter((n) => n >= 10).sort((a, b) => a - b);
  const width = long[Math.floor(long.length * 0.8)];
  if (long.length < 4 || width === undefined) return lines;
  const wraps = (line: string, next: string | undefined): boolean =>
    next !== undefined && line.length >= Math.max(14, width * 0.85) && MID_SENTENCE_END.test(line) && !STARTS_ENTRY.test(next);
  if (lines.filter((l, i) => i > 0 && wraps(l, lines[i + 1])).length < 3) return lines;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 1 && wraps(lines[i - 1]!, line)) out.push(`${out.pop() ?? ''}${line}`);
    else out.push(line);
  });
  return out;
}
