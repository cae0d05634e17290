import fs from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';

// Chromium's PDFs map some CJK glyphs back to radical code points that look the same (⽉ for 月,
// ⻓ for 长). Kangxi radicals fold under NFKC (applied to them only: it
// would also turn （ into ( ); the supplement's simplified forms need this table.
const RADICALS: Record<string, string> = {
  '⻄': '西', '⻁': '虎', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻚': '页', '⻛': '风',
  '⺠': '民', '⺟': '母', '⺩': '王', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** A PDF's text as a reader sees it, read with pdf.js (unpdf) so tests need no poppler; pages joined by newlines. */
export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).texts.join('\n');
}

const unfold = (t: string) => t.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS[c] ?? c.normalize('NFKC'));

/** Each page's text and the first page's size in points (A4 is 595 × 842). */
export async function pdfPages(file: string): Promise<{ texts: string[]; size: number[] }> {
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await getDocumentProxy(data.slice());
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  const { text } = await extractText(data, { mergePages: false });
  return { texts: text.map(unfold), size: [width, height] };
}
