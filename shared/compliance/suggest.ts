// Which of several duties of one kind a record most likely proves, by the words they share.
// Never decides: the engine only *suggests* the best-matching duties, the clerk confirms.
// Chinese has no spaces, so "words" are character pairs (bigrams) of the titles; a pair found in
// every sibling duty's title says nothing about which one is meant and weighs least.

/** Words a record's subtype or document type stands for (its title may not repeat them). */
const SUBTYPE_WORDS: Record<string, string> = {
  'study-plan': '学习计划',
  'responsibility-list': '责任清单',
  'work-plan': '实施方案',
  report: '总结报告',
  heart: '谈心谈话',
  reminder: '提醒谈话',
};

const bigrams = (text: string): Set<string> => {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
};

export interface MatchCandidate {
  id: number;
  title: string;
}

/**
 * For one piece of evidence and its candidate duties, the ids of those it matches best: every
 * candidate when nothing matches (the clerk decides), the tied best ones otherwise.
 */
export function bestMatches(evidence: { title: string; subtype?: string | null }, candidates: readonly MatchCandidate[]): number[] {
  if (candidates.length <= 1) return candidates.map((c) => c.id);
  const words = bigrams(`${evidence.title}${SUBTYPE_WORDS[evidence.subtype ?? ''] ?? ''}`);
  const titles = candidates.map((c) => bigrams(c.title));
  const scores = titles.map((t) => {
    let s = 0;
    for (const w of words) {
      if (!t.has(w)) continue;
      const share = titles.filter((o) => o.has(w)).length;
      s += 1 / share;
    }
    return s;
  });
  const best = Math.max(...scores);
  if (best <= 0) return candidates.map((c) => c.id);
  return candidates.filter((_c, i) => best - scores[i]! < 1e-9).map((c) => c.id);
}
