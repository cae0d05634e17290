import { getDocumentProxy } from 'unpdf';
import { planFileErrors } from './messages';
import { pdfPagesToText, type PdfLine, type PdfPage } from './pdf-layout';
import { letPollsThrough, type ReadProgress } from './types';

// PDF text layer via unpdf (PDF.js built for servers: no DOM, no canvas, no worker file),
// so the same code runs in Node, the CLI and Electron's main process.

/**
 * PDF.js needs about 8 ms per page of text here (2 cores); a plan or rule is a few dozen
 * pages, so a longer PDF is refused before it is read rather than kept waiting on.
 */
export const MAX_PDF_PAGES = 300;

/** Fewer readable characters per page than this: the pages are pictures (a scan). */
const MIN_CHARS_PER_PAGE = 10;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
// PDF writers put a space item where the font changes (between "2022" and "年"); Chinese
// text has no spaces next to its characters, so they go.
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}“”‘’])\\s+|\\s+(?=[${CJK}“”‘’])`, 'g');

function linesOf(items: TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfLine | null = null;
  for (const item of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || 10;
    if (!cur || Math.abs(y - cur.y) > size * 0.5) {
      if (cur) lines.push(cur);
      cur = { text: '', x, right: x, y, size };
    }
    cur.text += item.str;
    if (item.str.trim()) cur.right = Math.max(cur.right, x + item.width);
    cur.x = Math.min(cur.x, x);
  }
  if (cur) lines.push(cur);
  return lines
    .map((l) => ({ ...l, text: l.text.replace(SPACE_BY_CJK, '').trim() }))
    .filter((l) => l.text !== '')
    .sort((a, b) => b.y - a.y);
}

export async function pdfText(buf: Buffer, name: string, progress?: ReadProgress): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buf), { verbosity: 0, disableFontFace: true });
  } catch (e) {
    if ((e as Error)?.name === 'PasswordException') throw planFileErrors.pdfPassword(name);
    throw planFileErrors.corruptPdf(name);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw planFileErrors.tooManyPages(name, pdf.numPages, MAX_PDF_PAGES);
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const lines = linesOf(content.items.flatMap((i) => ('str' in i ? [i] : [])));
      chars += lines.reduce((sum, l) => sum + l.text.replace(/\s/g, '').length, 0);
      pages.push({ lines });
      page.cleanup();
      progress?.(n / pdf.numPages, `正在读取 PDF 第 ${n}/${pdf.numPages} 页`);
      if (progress) await letPollsThrough();
    }
    if (chars < MIN_CHARS_PER_PAGE * pdf.numPages) throw planFileErrors.scannedPdf();
    return pdfPagesToText(pages);
  } catch (e) {
    if ((e as Error)?.name === 'AppError') throw e;
    throw planFileErrors.corruptPdf(name);
  } finally {
    await pdf.destroy();
  }
}
