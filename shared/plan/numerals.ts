// Chinese and full-width numerals as they appear in plan numbering ("十二、", "１．")
// and in counts ("两次", "一篇").

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_WRITE = '零一二三四五六七八九';

/** Character class (for RegExp sources) of Chinese numeral characters. */
export const CN_NUMERAL = '[零〇一二两三四五六七八九十百]';
/** Character class of ASCII and full-width digits. */
export const DIGIT = '[0-9０-９]';

/** "１２" → "12". */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

/**
 * "12", "１２", "十二", "二十", "一百零五", "两" → number. Without 十/百 the characters are read
 * digit by digit, which is how years are written ("二〇二二" → 2022). Null when not a numeral.
 */
export function parseNumeral(raw: string): number | null {
  const s = toAsciiDigits(raw.trim());
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  if (!/[十百]/.test(s)) {
    return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(''));
  }
  let total = 0;
  let pending = 0;
  for (const c of s) {
    if (c === '百' || c === '十') {
      total += (pending || 1) * (c === '百' ? 100 : 10);
      pending = 0;
    } else {
      pending = CN_DIGITS[c] ?? 0;
    }
  }
  return total + pending;
}

/** 1..999 → "一".."九百九十九", written the way documents number sections ("十一", "二十"). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return CN_WRITE[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : CN_WRITE[tens]}十${ones ? CN_WRITE[ones] : ''}`;
  }
  const rest = n % 100;
  const head = `${CN_WRITE[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  // 一百零五, 一百一十
  return rest < 10 ? `${head}零${CN_WRITE[rest]}` : `${head}${rest < 20 ? '一' : ''}${toChineseNumeral(rest)}`;
}
