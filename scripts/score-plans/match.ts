import type { DutyKind, DutyScope, Frequency } from '../../shared/domain/duties';

// The matching rule of test/corpus/plans/RULES.md §6: a predicted duty matches an annotated
// one when kind, frequency, minCount and scope agree; each duty is used at most once.
// Deadlines are compared among the matched pairs only.

export interface DutyKey {
  kind: DutyKind;
  frequency: Frequency;
  minCount: number;
  scope: DutyScope;
  deadline: string | null;
}

export interface MatchResult<A, P> {
  pairs: { annotated: A; predicted: P }[];
  missed: A[];
  extra: P[];
  /** Matched pairs whose deadlines are equal (both null counts as equal). */
  deadlineAgree: number;
}

export const dutyKey = (d: DutyKey) => `${d.kind}|${d.frequency}|${d.minCount}|${d.scope}`;

export function matchDuties<A extends DutyKey, P extends DutyKey>(annotated: A[], predicted: P[], keyOf: (d: DutyKey) => string = dutyKey): MatchResult<A, P> {
  const free = new Set(predicted.map((_, i) => i));
  const pairs: { annotated: A; predicted: P }[] = [];
  const missed: A[] = [];
  // Keys are compared for equality, so any greedy pairing matches as many as possible; taking
  // same-deadline partners first only decides which pairs are reported as deadline agreements.
  const pending = annotated.filter((a) => {
    const i = [...free].find((j) => keyOf(predicted[j]!) === keyOf(a) && predicted[j]!.deadline === a.deadline);
    if (i === undefined) return true;
    free.delete(i);
    pairs.push({ annotated: a, predicted: predicted[i]! });
    return false;
  });
  for (const a of pending) {
    const i = [...free].find((j) => keyOf(predicted[j]!) === keyOf(a));
    if (i === undefined) missed.push(a);
    else {
      free.delete(i);
      pairs.push({ annotated: a, predicted: predicted[i]! });
    }
  }
  const extra = [...free].sort((x, y) => x - y).map((i) => predicted[i]!);
  const deadlineAgree = pairs.filter((p) => p.annotated.deadline === p.predicted.deadline).length;
  return { pairs, missed, extra, deadlineAgree };
}

/** matched / total, or null when there is nothing to divide by. */
export const ratio = (matched: number, total: number): number | null => (total === 0 ? null : matched / total);
