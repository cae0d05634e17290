// What the 台账 channels return. Plain data, so it crosses IPC and prints as JSON unchanged.

export interface RecordMember {
  memberId: number;
  name: string;
}

export interface LedgerRecord {
  id: number;
  /** DutyKind code (records.kind). */
  kind: string;
  title: string;
  date: string;
  /** Kind-specific fields, see shared/ledger/record-kinds.ts. */
  data: Record<string, unknown>;
  note: string;
  /** 报告期 ('2022-H1' …) for kinds that state one (shared/compliance/report-period.ts), else null. */
  reportPeriod: string | null;
  /** How long it took, for duties measured in time: 天 (half days) and/or 学时; null = not stated. */
  durationDays: number | null;
  durationHours: number | null;
  members: RecordMember[];
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Attachment {
  id: number;
  ownerType: 'record' | 'meeting';
  ownerId: number;
  name: string;
  size: number;
  mime: string;
  sha256: string;
  createdAt: string;
  deletedAt: string | null;
  /** The stored copy is not in the data folder (reported, never a crash). */
  missing: boolean;
}

/**
 * A duty this record counts for, automatically (kind, date, person) or linked by hand; or one it is
 * only suggested to (several duties ask for its kind: it counts once the clerk confirms).
 */
export interface RecordDutyLink {
  dutyId: number;
  itemNo: string;
  title: string;
  mode: 'auto' | 'link' | 'unlink' | 'suggested';
}

export interface RecordDetail extends LedgerRecord {
  attachments: Attachment[];
  duties: RecordDutyLink[];
}

export interface RecycleBin {
  records: LedgerRecord[];
  attachments: (Attachment & { ownerTitle: string })[];
}

export const SEARCH_TYPES = ['record', 'meeting', 'topic', 'followup'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = { record: '台账', meeting: '会议', topic: '议题', followup: '督办事项' };

/** Text with the matched parts marked; rendered as React text nodes, never as HTML. */
export type Snippet = { text: string; hit: boolean }[];

export interface SearchHit {
  type: SearchType;
  id: number;
  title: string;
  date: string;
  /** Where a click goes: the record, or the meeting holding the topic / follow-up. */
  target: { page: 'ledger' | 'meetings'; id: number };
  snippet: Snippet;
}

export interface SearchGroup {
  type: SearchType;
  label: string;
  total: number;
  hits: SearchHit[];
}

export interface SearchResult {
  q: string;
  /** 'fts' (trigram index, ≥3 characters) or 'like' (scan, for 1–2 character terms). */
  mode: 'fts' | 'like';
  /** The query matched more than the search reads (2000 rows): totals are “at least”. */
  capped: boolean;
  groups: SearchGroup[];
}
