// Reads what can prove a duty straight from the meeting and record tables, whoever writes
// them (the meetings and ledger features own those tables; we only read).

import type { EvidenceItem } from '../../../shared/contract/compliance';
import { addDays } from '../../../shared/dates/periods';
import { DUTY_KINDS, type DutyKind } from '../../../shared/domain/duties';
import type { DB } from '../db/open';

const KNOWN = new Set<string>(DUTY_KINDS);
const KNOWN_JSON = JSON.stringify(DUTY_KINDS);
const asKind = (k: string): DutyKind => (KNOWN.has(k) ? (k as DutyKind) : 'other');

/** Groups "id,id,id" lists from GROUP_CONCAT into arrays. */
const ids = (csv: string | null): number[] => (csv ? [...new Set(csv.split(',').map(Number))] : []);

export interface EvidenceFilter {
  kind?: DutyKind;
  /** A word in the title (meetings: title or type name). */
  q?: string;
  /** Only records crediting this member, plus `alsoRecords` (meetings are few: all of them). */
  memberId?: number;
  /** Only records of these kinds (an unknown kind is 'other'), plus `alsoRecords`; meetings: all. */
  kinds?: DutyKind[];
  alsoRecords?: number[];
  /** Stop after this many (date order); the rest is only counted. */
  limit?: number;
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Held, not deleted meetings (members credited: present or late) and not deleted records
 * (members credited: record_members) dated in [from, to], in date order. Only the columns
 * the engine and the lists need: the records' data JSON is never read.
 */
export function evidenceBetween(db: DB, from: string, to: string, f: EvidenceFilter = {}): { items: EvidenceItem[]; total: number } {
  // Half-open range on the raw column (not substr(date, 1, 10)), so the date indexes answer it:
  // 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:mm' both sort inside [from, next).
  const p = {
    from,
    next: addDays(to, 1),
    kind: f.kind ?? null,
    q: f.q ? like(f.q) : null,
    member: f.memberId ?? null,
    wanted: f.kinds ? JSON.stringify(f.kinds) : null,
    known: KNOWN_JSON,
    also: JSON.stringify(f.alsoRecords ?? []),
  };
  const limit = f.limit ?? Infinity;
  const meetingWhere = `m.deleted_at IS NULL AND m.status = 'held' AND m.date >= @from AND m.date < @next
    ${p.kind ? 'AND t.evidence_kind = @kind' : ''} ${p.q ? `AND (m.title LIKE @q ESCAPE '\\' OR t.name LIKE @q ESCAPE '\\')` : ''}`;
  const recordWhere = `r.deleted_at IS NULL AND r.date >= @from AND r.date < @next
    ${p.kind ? 'AND r.kind = @kind' : ''} ${p.q ? `AND r.title LIKE @q ESCAPE '\\'` : ''} ${recordScope(f)}`;
  const params = (sql: string) => Object.fromEntries(Object.entries(p).filter(([k]) => sql.includes(`@${k}`)));

  const meetingSql = `SELECT m.id, m.date, m.title, t.name AS typeName, t.evidence_kind AS kind, m.duration_days AS days, m.duration_hours AS hours,
            (SELECT group_concat(a.member_id) FROM meeting_attendees a
              WHERE a.meeting_id = m.id AND a.member_id IS NOT NULL AND a.status IN ('present','late')) AS members
     FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE ${meetingWhere} ORDER BY m.date, m.id`;
  const meetings: EvidenceItem[] = [];
  type MeetingRow = { id: number; date: string; title: string; typeName: string; kind: string; members: string | null; days: number | null; hours: number | null };
  for (const m of db.prepare(meetingSql).iterate(params(meetingSql)) as Iterable<MeetingRow>) {
    if (meetings.length >= limit) break;
    meetings.push(withDuration({ ref: `meeting:${m.id}`, source: 'meeting', kind: asKind(m.kind), date: m.date.slice(0, 10), title: m.title || m.typeName, memberIds: ids(m.members) }, m.days, m.hours));
  }

  const records = recordsOf(db, recordWhere, params, limit);
  const items = mergeByDate(meetings, records).slice(0, limit);
  const cut = meetings.length >= limit || records.length >= limit;
  const count = (sql: string) => (db.prepare(sql).pluck().get(params(sql)) as number) ?? 0;
  const total = cut
    ? count(`SELECT count(*) FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE ${meetingWhere}`) + count(`SELECT count(*) FROM records r WHERE ${recordWhere}`)
    : meetings.length + records.length;
  return { items, total };
}

/** The memberId / kinds part of the records' WHERE: those records, plus `alsoRecords`. */
function recordScope(f: EvidenceFilter): string {
  const only: string[] = [];
  if (f.memberId !== undefined) only.push('r.id IN (SELECT record_id FROM record_members WHERE member_id = @member)');
  if (f.kinds) {
    const other = f.kinds.includes('other') ? ' OR r.kind NOT IN (SELECT value FROM json_each(@known))' : '';
    only.push(`(r.kind IN (SELECT value FROM json_each(@wanted))${other})`);
  }
  return only.length ? `AND ((${only.join(' AND ')}) OR r.id IN (SELECT value FROM json_each(@also)))` : '';
}

type RecordRow = [id: number, date: string, title: string, kind: string, memberIds: number[], reportPeriod: string | null, days: number | null, hours: number | null];

/** Most pieces state no duration: no key to ship then. */
function withDuration(item: EvidenceItem, days: number | null, hours: number | null): EvidenceItem {
  if (days !== null) item.durationDays = days;
  if (hours !== null) item.durationHours = hours;
  return item;
}

/**
 * Records matching `where` in (date, id) order, at most `limit`. SQLite hands over one JSON text
 * (members already grouped per record) instead of a joined row per member: at 20 000 records a
 * year, creating each row's values in JS cost more than the query, and JSON.parse builds them in one go.
 * The aggregate keeps the subquery's order: SQLite never drops a FROM subquery's ORDER BY under
 * an aggregate other than count/min/max, nor one with a LIMIT.
 */
function recordsOf(db: DB, where: string, params: (sql: string) => Record<string, unknown>, limit: number, from = 'records r'): EvidenceItem[] {
  const sql = `SELECT json_group_array(json_array(r.id, substr(r.date, 1, 10), r.title, r.kind,
       (SELECT json_group_array(DISTINCT rm.member_id) FROM record_members rm WHERE rm.record_id = r.id), r.report_period, r.duration_days, r.duration_hours))
     FROM (SELECT r.id, r.date, r.title, r.kind, r.report_period, r.duration_days, r.duration_hours FROM ${from} WHERE ${where} ORDER BY r.date, r.id LIMIT @limit) r`;
  const rows = JSON.parse(db.prepare(sql).pluck().get({ ...params(sql), limit: Number.isFinite(limit) ? limit : -1 }) as string) as RecordRow[];
  return rows.map(([id, date, title, kind, memberIds, reportPeriod, days, hours]) => {
    const item: EvidenceItem = { ref: `record:${id}`, source: 'record', kind: asKind(kind), date, title, memberIds };
    if (reportPeriod) item.reportPeriod = reportPeriod; // most records state none: no key to ship
    return withDuration(item, days, hours);
  });
}

/** Meetings first on a tie, as the lists always showed them. */
function mergeByDate(a: EvidenceItem[], b: EvidenceItem[]): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.date <= b[j]!.date)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * The evidence of the year: every piece dated in it, and the records dated outside it whose 报告期
 * lies in it (a 下半年 report sent in January), unless the filter narrows it. Pieces dated in the
 * year that report on another one are read too: the engine drops them by their counting day.
 */
export function loadEvidence(db: DB, year: number, f: EvidenceFilter = {}): EvidenceItem[] {
  const dated = evidenceBetween(db, `${year}-01-01`, `${year}-12-31`, f).items;
  const where = `r.report_period >= @y AND r.report_period < @y1 AND r.deleted_at IS NULL AND (r.date < @from OR r.date >= @next) ${recordScope(f)}`;
  const p = {
    y: String(year),
    y1: String(year + 1),
    from: `${year}-01-01`,
    next: `${year + 1}-01-01`,
    member: f.memberId ?? null,
    wanted: f.kinds ? JSON.stringify(f.kinds) : null,
    known: KNOWN_JSON,
    also: JSON.stringify(f.alsoRecords ?? []),
  };
  // Left to itself the planner takes the covering index on deleted_at and reads every live record.
  const reported = recordsOf(db, where, (sql) => Object.fromEntries(Object.entries(p).filter(([k]) => sql.includes(`@${k}`))), Infinity, 'records r INDEXED BY records_report_period');
  return reported.length === 0 ? dated : [...dated, ...reported];
}

/** Records' subtype or document type (talk.subtype, deliverable.docType) by ref, for suggestions. */
export function recordSubtypes(db: DB, refs: readonly string[]): Map<string, string> {
  const ids = refs.flatMap((r) => (r.startsWith('record:') ? [Number(r.slice(7))] : []));
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT id, coalesce(json_extract(data, '$.docType'), json_extract(data, '$.subtype')) AS subtype FROM records WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as { id: number; subtype: unknown }[];
  return new Map(rows.flatMap((r) => (typeof r.subtype === 'string' ? [[`record:${r.id}`, r.subtype] as [string, string]] : [])));
}

/** True when the ref names a meeting or record that exists (deleted ones included: links survive restore). */
export function evidenceExists(db: DB, ref: string): boolean {
  const [type, id] = ref.split(':');
  const table = type === 'meeting' ? 'meetings' : type === 'record' ? 'records' : null;
  return table !== null && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(Number(id)) !== undefined;
}
