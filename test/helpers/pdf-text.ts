import fs from 'node:fs';
import { extractText } from 'unpdf';

// Chromium's PDFs map some CJK glyphs back to radical code points that look the same (⽉ for 月,
// ⻓ for 长). Kangxi radicals fold under NFKC (applied to them only: it
// would also turn （ into ( ); the supplement's simplified forms need this table.
const RADICALS: Record<string, string> = {
  '⻄': '西', '⻁': '虎', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** A PDF's text as a reader sees it, read with pdf.js (unpdf) so tests need no poppler; pages joined by newlines. */
export async function pdfText(file: string): Promise<string> {
  const { text } = await extractText(new Uint8Array(fs.readFileSync(file)), { mergePages: false });
  return text.join('\n').replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS[c] ?? c.normalize('NFKC'));
}
