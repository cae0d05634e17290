// Turns the bytes of an uploaded plan into text. Plans come from Word "save as text" on
// Chinese Windows (GB18030/GBK or UTF-16 with BOM) as often as from UTF-8 editors, so we
// detect the encoding rather than ask the user. Pure code: also runs in the renderer.

import { PlanInputError } from './errors';

export type PlanEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedPlan {
  text: string;
  encoding: PlanEncoding;
}

/** A plan is a few pages; 2M characters is far beyond any real one. */
export const MAX_PLAN_CHARS = 2 * 1024 * 1024;
/** Share of control/replacement characters above which the content is not text. */
const MAX_GARBAGE_RATIO = 0.01;

const BOMS: { bytes: number[]; encoding: PlanEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function tooLarge(): PlanInputError {
  return new PlanInputError(
    'too-large',
    `文件太大（超过 ${MAX_PLAN_CHARS / 1024 / 1024} MB 字符），不像是一份工作要点。请只导入工作要点正文。`,
  );
}

function notText(): PlanInputError {
  return new PlanInputError(
    'binary',
    '这不是文本文件，无法读取。请在 Word 中打开工作要点，另存为“纯文本（.txt）”或直接导入 .docx 文件。',
  );
}

function detectBom(bytes: Uint8Array): { encoding: PlanEncoding; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): DecodedPlan {
  // NUL never occurs in UTF-8 or GB18030 text; it is the surest sign of a binary file.
  if (bytes.includes(0)) throw notText();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function garbageRatio(text: string): number {
  // Control characters other than tab/newline/CR/form feed, and U+FFFD from failed decoding.
  const garbage = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return garbage / text.length;
}

export function decodePlanBytes(bytes: Uint8Array): DecodedPlan {
  if (bytes.length === 0) {
    throw new PlanInputError('empty', '文件是空的，没有任何内容。请选择包含工作要点正文的文件。');
  }
  // Every encoding here needs at most 4 bytes per UTF-16 unit: reject early without decoding.
  if (bytes.length > 4 * MAX_PLAN_CHARS) throw tooLarge();

  const bom = detectBom(bytes);
  const decoded: DecodedPlan = bom
    ? { text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length)), encoding: bom.encoding }
    : decodeWithoutBom(bytes);

  if (decoded.text.trim() === '') {
    throw new PlanInputError('empty', '文件是空的，只有空白字符。请选择包含工作要点正文的文件。');
  }
  if (decoded.text.length > MAX_PLAN_CHARS) throw tooLarge();
  if (decoded.text.includes('\u0000') || garbageRatio(decoded.text) > MAX_GARBAGE_RATIO) throw notText();
  return decoded;
}
