import mammoth from 'mammoth';
import { toChineseNumeral } from '../../../../shared/plan/numerals';

/**
 * Word's text, paragraph by paragraph, with Word's automatic numbering written back in.
 *
 * Many offices number the plan with Word's list feature rather than typing "一、" and "1.";
 * extractRawText drops those numbers, and the parser would find nothing. mammoth's HTML keeps
 * the lists (<ol><li>), so list paragraphs get their number back: the outer level as
 * "一、" when the text itself has no "一、" headings, otherwise "1."; deeper levels "1." then
 * "（1）". Paragraphs numbered by hand are not lists and pass through unchanged.
 */
export async function docxText(buf: Buffer): Promise<string> {
  const { value: html } = await mammoth.convertToHtml({ buffer: buf });
  const typedHeadings = /(^|>)\s*[一二三四五六七八九十]+、/m.test(html);
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let text = '';
  let inBlock = false;
  const flush = () => {
    const t = decodeEntities(text.replace(/<[^>]+>/g, '')).trim();
    if (inBlock && t) lines.push(t);
    text = '';
  };
  for (const token of html.split(/(<\/?(?:p|h[1-6]|li|ol|ul)(?:\s[^>]*)?>)/)) {
    const tag = /^<(\/?)(p|h[1-6]|li|ol|ul)\b/.exec(token);
    if (!tag) {
      text += token;
      continue;
    }
    const [, closing, name] = tag;
    if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
    } else if (!closing) {
      flush();
      inBlock = true;
      if (name === 'li') {
        const list = lists[lists.length - 1];
        if (list?.ordered) text = numberFor(++list.n, lists.length, typedHeadings);
      }
    } else {
      flush();
      inBlock = false;
    }
  }
  flush();
  return lines.join('\n');
}

function numberFor(n: number, depth: number, typedHeadings: boolean): string {
  const level = typedHeadings ? depth + 1 : depth;
  if (level <= 1) return `${toChineseNumeral(n)}、`;
  if (level === 2) return `${n}.`;
  return `（${n}）`;
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? _m);
