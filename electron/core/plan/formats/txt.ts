import { decodePlanBytes, type DecodedPlan } from '../../../../shared/plan/decode';
import { PlanInputError } from '../../../../shared/plan/errors';
import { AppError } from '../../../../shared/result';

// Notepad and Word's "Unicode text" may write UTF-16 without a byte order mark. UTF-8 and
// GB18030 text never contains a NUL byte, UTF-16 has one in every ASCII character (newlines,
// digits): a file with NULs is tried as UTF-16 in both byte orders, and taken as such only
// when nearly all of it reads as Chinese text.
const READABLE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\t\n\r\x20-\x7e]/g;
const MIN_READABLE = 0.95;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(encoding).decode(bytes);
    if ((text.match(READABLE)?.length ?? 0) >= MIN_READABLE * text.length) return encoding;
  }
  return null;
}

const BOM = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

/** Plain text in UTF-8, GB18030/GBK or UTF-16 (with or without BOM). */
export function plainText(bytes: Uint8Array): DecodedPlan {
  const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe ? null : utf16WithoutBom(bytes);
  // decodePlanBytes knows UTF-16 by its BOM and does all the checks (empty, size, binary).
  const withBom = utf16 ? Buffer.concat([Buffer.from(BOM[utf16]), bytes]) : bytes;
  try {
    return decodePlanBytes(withBom);
  } catch (e) {
    throw e instanceof PlanInputError ? new AppError('BAD_FILE', e.message) : e;
  }
}
