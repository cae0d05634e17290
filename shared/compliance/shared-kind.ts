// Evidence of a kind that several duties of the year ask for (three documents to issue, two
// reports …): no piece counts for one of them on a guess. A piece only one of them could count
// (by its date window and the members in its scope) still counts automatically; a piece several
// could count is a suggestion to the best-matching ones until the clerk confirms or rejects it.

import type { EngineEvidence, ManualLink } from './types';
import { matcher } from './suggest';

export interface SharedKindDuty {
  id: number;
  title: string;
  /** First and last day any of its periods covers (a deadline duty ends on its deadline). */
  from: string;
  to: string;
  /** Members whose evidence it counts; null for a group duty (any piece). */
  memberIds: ReadonlySet<number> | null;
}

export interface SharedKindSplit {
  /** Per duty: the pieces it alone could count, in the input's (date) order. */
  auto: Map<number, EngineEvidence[]>;
  /** Per duty: refs suggested to it, in date order. */
  suggested: Map<number, string[]>;
}

const couldCount = (d: SharedKindDuty, e: EngineEvidence) =>
  e.date >= d.from && e.date <= d.to && (d.memberIds === null || e.memberIds.some((id) => d.memberIds!.has(id)));

/**
 * `mode(dutyId, ref)` is the clerk's last word on the pair. A piece confirmed for one duty is
 * suggested to none of the others; a rejected pair is never suggested again.
 */
export function splitSharedKind(
  duties: readonly SharedKindDuty[],
  evidence: readonly EngineEvidence[],
  mode: (dutyId: number, ref: string) => ManualLink['mode'] | undefined,
): SharedKindSplit {
  const auto = new Map<number, EngineEvidence[]>(duties.map((d) => [d.id, []]));
  const suggested = new Map<number, string[]>(duties.map((d) => [d.id, []]));
  const best = matcher(duties);
  for (const e of evidence) {
    const could = duties.filter((d) => couldCount(d, e));
    if (could.length === 1) auto.get(could[0]!.id)!.push(e);
    if (could.length < 2 || could.some((d) => mode(d.id, e.ref) === 'link')) continue;
    const open = could.filter((d) => mode(d.id, e.ref) !== 'unlink').map((d) => d.id);
    for (const id of best(e, open)) suggested.get(id)!.push(e.ref);
  }
  return { auto, suggested };
}
