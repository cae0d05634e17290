import { docxText } from './docx-text';
import type { PlanPreview } from '../../../shared/contract/plan';
import { PLAN_IMPORT_MAX_BYTES } from '../../../shared/contract/plan';
import { decodePlanBytes } from '../../../shared/plan/decode';
import { PlanInputError } from '../../../shared/plan/errors';
import { extractPlan } from '../../../shared/plan/extract';
import { inferPlanYear, readPlan } from '../../../shared/plan/parse';
import { AppError } from '../../../shared/result';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

const extOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Word's text, paragraph by paragraph (with its list numbers). A zip that is not a Word document gets its own message. */
async function readDocx(buf: Buffer, fileName: string): Promise<string> {
  if (!startsWith(buf, ZIP_MAGIC)) {
    if (startsWith(buf, OLE_MAGIC)) throw oldWord(fileName);
    throw new AppError('BAD_FILE', `“${fileName}”不是有效的 Word（.docx）文件。请用 Word/WPS 打开确认后另存为 .docx 再导入。`);
  }
  try {
    return await docxText(buf);
  } catch {
    throw new AppError('BAD_FILE', `“${fileName}”虽是压缩包，但里面不是 Word 文档（可能已损坏或改过扩展名）。请用 Word/WPS 打开确认后另存为 .docx 再导入。`);
  }
}

// No maintained pure-JS reader for the binary .doc format exists; asking for .docx is honest.
const oldWord = (fileName: string) =>
  new AppError('BAD_FILE', `“${fileName}”是旧版 Word（.doc）格式，无法直接读取。请在 Word 或 WPS 中打开，“另存为” .docx 或纯文本（.txt）后再导入。`);

/** Bytes of an uploaded plan → its text; every wrong file gets a Chinese message (BAD_FILE). */
export async function planTextOf(fileName: string, buf: Buffer): Promise<{ text: string; encoding: PlanPreview['encoding'] }> {
  if (buf.length > PLAN_IMPORT_MAX_BYTES) {
    throw new AppError('BAD_FILE', `文件太大（${(buf.length / 1024 / 1024).toFixed(1)} MB），工作要点不应超过 ${PLAN_IMPORT_MAX_BYTES / 1024 / 1024} MB。请确认是否选错了文件。`);
  }
  if (buf.length === 0) throw new AppError('BAD_FILE', `文件“${fileName}”是空的，没有任何内容。请选择包含工作要点正文的文件。`);
  const ext = extOf(fileName);
  if (ext === 'doc') throw oldWord(fileName);
  if (ext === 'docx') return { text: await readDocx(buf, fileName), encoding: 'docx' };
  if (ext !== 'txt' && ext !== 'text' && ext !== '') {
    throw new AppError('BAD_FILE', `不支持“.${ext}”文件。请导入纯文本（.txt）或 Word（.docx）格式的工作要点，也可以直接粘贴正文。`);
  }
  try {
    const { text, encoding } = decodePlanBytes(buf);
    return { text, encoding };
  } catch (e) {
    throw toAppError(e);
  }
}

const toAppError = (e: unknown) => (e instanceof PlanInputError ? new AppError('BAD_FILE', e.message) : e);

/** Text → structure and proposed duties. Pure apart from error translation: nothing is saved. */
export function previewPlanText(text: string, sourceName: string, encoding: PlanPreview['encoding']): PlanPreview {
  if (text.trim() === '') throw new AppError('BAD_FILE', '没有任何内容。请选择或粘贴工作要点正文。');
  try {
    const { plan, notices, numbered } = readPlan(text);
    const { duties, possible } = extractPlan(plan);
    // Unnumbered text with not one quantified clause is not a plan: saying so beats an empty preview.
    if (!numbered && duties.length === 0 && possible.length === 0) {
      throw new AppError(
        'BAD_FILE',
        '没有识别出任何编号的条目，也没有找到任何带频次、次数或期限的要求（如“每月召开1次”“全年不少于2次”“6月底前报送”）。请确认导入的是工作要点或制度的正文。',
      );
    }
    return { sourceName, encoding, inferredYear: inferPlanYear(text), plan, duties, possible, notices };
  } catch (e) {
    throw toAppError(e);
  }
}

export async function previewPlanUpload(input: { fileName: string; dataBase64: string } | { text: string }): Promise<PlanPreview> {
  if ('text' in input) return previewPlanText(input.text, '粘贴的文字', 'pasted');
  const { text, encoding } = await planTextOf(input.fileName, Buffer.from(input.dataBase64, 'base64'));
  return previewPlanText(text, input.fileName, encoding);
}
