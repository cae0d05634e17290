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

type Evidence = { title: string; subtype?: string | null };

/**
 * Ranks evidence against a set of sibling duties (their title pairs counted once, not per piece).
 * For one piece and the ids it could prove, the ids of those it matches best: every one of them
 * when nothing matches (the clerk decides), the tied best ones otherwise.
 */
export function matcher(duties: readonly MatchCandidate[]): (evidence: Evidence, among: readonly number[]) => number[] {
  const titles = new Map(duties.map((d) => [d.id, bigrams(d.title)]));
  const share = new Map<string, number>();
  for (const t of titles.values()) for (const w of t) share.set(w, (share.get(w) ?? 0) + 1);
  return (evidence, among) => {
    if (among.length <= 1) return [...among];
    const words = bigrams(`${evidence.title}${SUBTYPE_WORDS[evidence.subtype ?? ''] ?? ''}`);
    const scores = among.map((id) => {
      const t = titles.get(id);
      let s = 0;
      if (t) for (const w of words) if (t.has(w)) s += 1 / share.get(w)!;
      return s;
    });
    const best = Math.max(...scores);
    if (best <= 0) return [...among];
    return among.filter((_id, i) => best - scores[i]! < 1e-9);
  };
}

/** matcher() for a single piece. */
export const bestMatches = (evidence: Evidence, candidates: readonly MatchCandidate[]): number[] =>
  matcher(candidates)(
    evidence,
    candidates.map((c) => c.id),
  );
