import type { DutyKind } from '../../../../shared/domain/duties';
import type { RouteKey } from '../../app/route-list';

/** Meetings are recorded on the 会议 page, everything else in the 台账. */
const MEETING_KINDS: ReadonlySet<DutyKind> = new Set(['party-group-meeting', 'study-group', 'democratic-life-meeting', 'organizational-life-meeting']);

export const recordPageOf = (kind: DutyKind): RouteKey => (MEETING_KINDS.has(kind) ? 'meetings' : 'ledger');

/** Hash of the form that records evidence of this kind (the target page reads ?new=KIND). */
export const recordHref = (kind: DutyKind) => `#/${recordPageOf(kind)}?new=${kind}`;

/** Hash of one meeting or record ('meeting:12' → #/meetings?id=12). */
export const evidenceHref = (ref: string) => {
  const [type, id] = ref.split(':');
  return `#/${type === 'meeting' ? 'meetings' : 'ledger'}?id=${id}`;
};
