// A 60 000-character plan for the extraction bench: the sample plan's sections repeated with
// numbering continued (十六、… 16.…), so every copy is read like the original.

import { parseNumeral, toChineseNumeral } from '../../shared/plan/numerals';
import { SAMPLE_PLAN_TEXT } from '../../electron/core/demo/sample-plan';

export function bigPlan(minChars = 60_000): { text: string; copies: number } {
  const lines = SAMPLE_PLAN_TEXT.split('\n').filter((l) => l.trim());
  const body = lines.slice(1);
  const sectionsPerCopy = body.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).length;
  const itemsPerCopy = body.filter((l) => /^\d+\./.test(l)).length;
  const out = ['县政府党组工作要点（规模测试）', lines[0]!];
  let copies = 0;
  while (out.join('\n').length < minChars) {
    const s0 = copies * sectionsPerCopy;
    const i0 = copies * itemsPerCopy;
    for (const l of body) {
      out.push(
        l
          .replace(/^([一二三四五六七八九十]+)、/, (_m, n: string) => `${toChineseNumeral(s0 + parseNumeral(n)!)}、`)
          .replace(/^(\d+)\./, (_m, n: string) => `${i0 + Number(n)}.`),
      );
    }
    copies++;
  }
  return { text: out.join('\n'), copies };
}
