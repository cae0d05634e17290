// Turns the positioned text lines of a PDF back into the paragraphs the author typed.
// A PDF only knows lines: Word wrapped each paragraph at the margin, and every page carries
// its header, footer and page number. Pure code, tested without any PDF.

export interface PdfLine {
  text: string;
  /** Left and right edge and baseline, in PDF units (y grows upwards). */
  x: number;
  right: number;
  y: number;
  /** Font size: the unit for "near the margin". */
  size: number;
}

export interface PdfPage {
  /** Top to bottom. */
  lines: PdfLine[];
}

/** Sentence ends: a line ending with one of these closes its paragraph. */
const SENTENCE_END = /(?:[。！？!?；;：:]|[。！？!?][”’」』"）)])$/;
/** A line starting a numbered item or heading is never the continuation of the line before. */
const ITEM_START =
  /^(第[一二三四五六七八九十百零〇\d]+(部分|篇|章|条|节)|[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百\d]+\s*[）)]|\d{1,3}\s*[、.．](?!\d)|[①-⑳]|附件|附：)/;
/** "5", "- 5 -", "—5—", "第5页", "第 5 页 共 12 页", "5/12". */
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?\s*[-—–－\s]*$/;

/** Header/footer candidates: the first and last two lines of a page. */
const EDGE_LINES = 2;

const normalizeRepeat = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines repeated at the top or bottom of most pages (running heads, footers), and page numbers. */
function runningLines(pages: PdfPage[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([...page.lines.slice(0, EDGE_LINES), ...page.lines.slice(-EDGE_LINES)].map((l) => normalizeRepeat(l.text)));
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => pages.length >= 2 && n >= min).map(([key]) => key));
}

function bodyLines(pages: PdfPage[]): PdfLine[] {
  const running = runningLines(pages);
  const out: PdfLine[] = [];
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const atEdge = i < EDGE_LINES || i >= page.lines.length - EDGE_LINES;
      if (atEdge && (PAGE_NUMBER.test(line.text) || running.has(normalizeRepeat(line.text)))) return;
      out.push(line);
    });
  }
  return out;
}

/** The body's right margin: most full lines end there, so take a high percentile of right edges. */
function rightMargin(lines: PdfLine[]): number {
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  return rights[Math.floor(rights.length * 0.9)] ?? 0;
}

const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

/**
 * A line is wrapped into the next one when it reaches the right margin, does not end a
 * sentence, and the next line does not start a numbered item: a short title or a heading
 * that ends before the margin stays on its own line.
 */
export function pdfPagesToText(pages: PdfPage[]): string {
  const lines = bodyLines(pages);
  const margin = rightMargin(lines);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text === '') return;
    if (current && isLatin(current.at(-1)) && isLatin(text[0])) current += ' ';
    current += text;
    const next = lines[i + 1]?.text.trim() ?? '';
    const full = line.right >= margin - 2 * line.size;
    const wraps = next !== '' && full && !SENTENCE_END.test(text) && !ITEM_START.test(next);
    if (!wraps) {
      paragraphs.push(current);
      current = '';
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}
