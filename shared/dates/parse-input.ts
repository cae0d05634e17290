// Dates as clerks type them: 2022-03-15, 2022/3/15, 2022.3.15, 20220315, 2022年3月15日
// (full-width digits and stray spaces too). Anything else is refused with a message,
// never guessed and never replaced by today.

import { isoDate, tryParseIsoDate } from './periods';

export type DateInputResult = { ok: true; date: string | null } | { ok: false; message: string };

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * What the picker itself may read while the clerk types, display format first. Only formats that
 * cannot match a prefix: the picker reformats the text the moment it matches, so 'YYYY/M/D' would
 * turn 2022/3/1 into 2022年3月1日 before the 6 of 2022/3/16 is typed. The rest is read on leaving
 * the field, by parseDateInput.
 */
export const DATE_PICKER_FORMATS = ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYYMMDD'];

export const DATE_INPUT_HINT = '请按 2022-03-15 或 2022年3月15日 的格式填写';

/** Empty text is "no date" (the form decides whether one is required). */
export function parseDateInput(raw: string): DateInputResult {
  const text = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[－／．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (!text) return { ok: true, date: null };
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (!m) return { ok: false, message: `无法识别日期“${raw.trim()}”，${DATE_INPUT_HINT}` };
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!tryParseIsoDate(date)) return { ok: false, message: `“${raw.trim()}”不是有效的日期（没有这一天）` };
  return { ok: true, date };
}
