import { readPlanFile, type ReadProgress } from './formats/index';
import type { PlanPreview } from '../../../shared/contract/plan';
import { PLAN_IMPORT_MAX_BYTES } from '../../../shared/contract/plan';
import { PlanInputError } from '../../../shared/plan/errors';
import { extractPlan } from '../../../shared/plan/extract';
import { inferPlanYear, readPlan } from '../../../shared/plan/parse';
import { AppError } from '../../../shared/result';

/** Bytes of an uploaded plan → its text; every wrong file gets a Chinese message (BAD_FILE). */
export async function planTextOf(fileName: string, buf: Buffer, progress?: ReadProgress): Promise<{ text: string; encoding: PlanPreview['encoding'] }> {
  if (buf.length > PLAN_IMPORT_MAX_BYTES) {
    throw new AppError('BAD_FILE', `文件太大（${(buf.length / 1024 / 1024).toFixed(1)} MB），工作要点不应超过 ${PLAN_IMPORT_MAX_BYTES / 1024 / 1024} MB。请确认是否选错了文件。`);
  }
  return readPlanFile(fileName, buf, progress);
}

const toAppError = (e: unknown) => (e instanceof PlanInputError ? new AppError('BAD_FILE', e.message) : e);

/** Text → structure and proposed duties. Pure apart from error translation: nothing is saved. */
export function previewPlanText(text: string, sourceName: string, encoding: PlanPreview['encoding']): PlanPreview {
  if (text.trim() === '') throw new AppError('BAD_FILE', '没有任何内容。请选择或粘贴工作要点正文。');
  try {
    const { plan, notices, numbered } = readPlan(text);
    const { duties, possible, unread } = extractPlan(plan);
    if (unread.length > 0) notices.push(`有 ${unread.length} 条（${unread.map((n) => (n ? `第 ${n} 条` : '开头一段')).join('、')}）未能自动识别，已整条列在“可能的职责”中，请逐条核对后手动添加职责。`);
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

export async function previewPlanUpload(input: { fileName: string; dataBase64: string } | { text: string }, progress?: ReadProgress): Promise<PlanPreview> {
  if ('text' in input) return previewPlanText(input.text, '粘贴的文字', 'pasted');
  const { text, encoding } = await planTextOf(input.fileName, Buffer.from(input.dataBase64, 'base64'), progress);
  progress?.(1, '正在识别条目和职责');
  return previewPlanText(text, input.fileName, encoding);
}
