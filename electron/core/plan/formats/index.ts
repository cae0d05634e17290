import type { PlanEncoding } from '../../../../shared/plan/decode';
import { docxFileText } from './docx';
import { planFileErrors } from './messages';
import { IMAGE_NAMES, sniff } from './sniff';
import { plainText } from './txt';
import type { PlanFileFormat, ReadProgress } from './types';

export type { ReadProgress } from './types';

/** Extensions a plan file may have; anything else is refused before its bytes are looked at. */
export const PLAN_FILE_EXTENSIONS = ['txt', 'text', 'docx', 'doc', 'wps', 'pdf'] as const;

const NOT_TEXT: Record<string, string> = { docx: ' Word（.docx）文件', doc: ' Word（.doc）文件', wps: ' WPS（.wps）文件', pdf: ' PDF 文件' };

const extOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/**
 * The text of an uploaded plan file, whatever office format it is in. The content decides
 * how it is read (a .doc that is really a .docx is read as .docx); a file that is none of
 * them, is locked by a password, broken or a scan gets a Chinese BAD_FILE message.
 */
export async function readPlanFile(
  fileName: string,
  buf: Buffer,
  progress?: ReadProgress,
): Promise<{ text: string; encoding: PlanEncoding | PlanFileFormat }> {
  const ext = extOf(fileName);
  if (ext !== '' && !(PLAN_FILE_EXTENSIONS as readonly string[]).includes(ext)) throw planFileErrors.unsupportedExt(ext);
  if (buf.length === 0) throw planFileErrors.empty(fileName);
  const kind = sniff(buf);
  const text = await (async () => {
    switch (kind) {
      // Word readers give no progress of their own: the stage at least says what is being read.
      case 'zip':
        progress?.(0, '正在读取 Word 文件（.docx）');
        return { text: await docxFileText(buf, fileName), encoding: 'docx' as const };
      // Loaded on first use: PDF.js alone is 2 MB the app need not parse at every start.
      case 'ole':
        progress?.(0, `正在读取 ${ext === 'wps' ? 'WPS 文件（.wps）' : 'Word 文件（.doc）'}`);
        return { text: await (await import('./doc')).docText(buf, fileName), encoding: 'doc' as const };
      case 'pdf':
        progress?.(0, '正在打开 PDF 文件');
        return { text: await (await import('./pdf')).pdfText(buf, fileName, progress), encoding: 'pdf' as const };
      case 'rtf':
        throw planFileErrors.otherFormat(fileName, 'RTF 格式文件');
      case 'other':
        // A .doc/.pdf of plain bytes is a broken download or a web page saved under that name.
        if (ext in NOT_TEXT) throw planFileErrors.notThatFormat(fileName, NOT_TEXT[ext]!);
        return plainText(buf);
      default:
        throw planFileErrors.otherFormat(fileName, IMAGE_NAMES[kind] ?? '其他格式的文件');
    }
  })();
  if (text.text.trim() === '') throw planFileErrors.noText(fileName);
  return text;
}
