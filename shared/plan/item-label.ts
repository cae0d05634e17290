// How a plan item is named on screen, in print and in exports. Plain numbers ("3") are the
// item's own; a plan that starts its numbering again in each section has its items qualified
// with the section ("二.3", see parsePlan), shown as "二、第3条".

export function itemLabel(no: string): string {
  const dot = no.indexOf('.');
  return dot < 0 ? `第${no}条` : `${no.slice(0, dot)}、第${no.slice(dot + 1)}条`;
}

/** The number as printed inside its section ("二.3" → "3"), for lists already grouped by section. */
export const itemOwnNo = (no: string): string => no.slice(no.indexOf('.') + 1);
