// Re-importing a plan (a revised file, the same file again) must not undo what the clerk
// corrected by hand. A corrected duty replaces the extractor's proposal for the same clause;
// one the clerk made from a clause the rules missed comes back while its clause is still in the
// plan. Used by the preview (so the clerk sees it) and on save (so the CLI gets it too).

import type { DutyDraft } from '../domain/duties';
import type { ParsedPlan } from './parse';

export interface KeptCorrections {
  duties: DutyDraft[];
  /** How many duties come from the clerk's earlier corrections. */
  kept: number;
}

const sameDuty = (a: DutyDraft, b: DutyDraft) => a.item === b.item && a.kind === b.kind && a.source === b.source && a.frequency === b.frequency && a.scope === b.scope;

/** The item of the new plan whose text holds `source`, preferring the item of the same number. */
function itemHolding(plan: ParsedPlan, no: string, source: string): string | null {
  const items = plan.sections.flatMap((s) => s.items);
  if (source === '') return no === '' || items.some((i) => i.no === no) ? no : null;
  const holding = items.filter((i) => i.text.includes(source));
  return (holding.find((i) => i.no === no) ?? holding[0])?.no ?? null;
}

export function keepCorrections(plan: ParsedPlan, drafts: DutyDraft[], previous: readonly DutyDraft[]): KeptCorrections {
  const corrected = previous.filter((p) => p.corrected);
  if (corrected.length === 0) return { duties: drafts, kept: 0 };
  const unused = new Set(corrected);
  let kept = 0;
  const duties = drafts.map((d) => {
    if (d.corrected) {
      for (const p of unused) if (sameDuty(p, d)) unused.delete(p);
      return d;
    }
    const bySource = [...unused].filter((p) => p.source !== '' && p.source === d.source);
    const match = bySource.length === 1 ? bySource[0] : bySource.find((p) => p.kind === d.kind);
    if (!match) return d;
    unused.delete(match);
    kept++;
    return { ...match, item: d.item, corrected: true };
  });
  for (const p of unused) {
    const item = itemHolding(plan, p.item, p.source);
    if (item === null || duties.some((d) => sameDuty(d, { ...p, item }))) continue;
    duties.push({ ...p, item, corrected: true });
    kept++;
  }
  return { duties, kept };
}
