// Reads what can prove a duty straight from the meeting and record tables, whoever writes
// them (the meetings and ledger features own those tables; we only read).

import type { EvidenceItem } from '../../../shared/contract/compliance';
import { DUTY_KINDS, type DutyKind } from '../../../shared/domain/duties';
import type { DB } from '../db/open';

const KNOWN = new Set<string>(DUTY_KINDS);
const asKind = (k: string): DutyKind => (KNOWN.has(k) ? (k as DutyKind) : 'other');

/** Groups "id,id,id" lists from GROUP_CONCAT into arrays. */
const ids = (csv: string | null): number[] => (csv ? [...new Set(csv.split(',').map(Number))] : []);

/**
 * Held, not deleted meetings (members credited: present or late) and not deleted records
 * (members credited: record_members) dated in the year.
 */
export function loadEvidence(db: DB, year: number): EvidenceItem[] {
  // Half-open range on the raw column (not substr(date, 1, 10)), so the date indexes answer it:
  // 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:mm' of the year both sort inside [from, next).
  const range = { from: `${year}-01-01`, next: `${year + 1}-01-01` };
  const meetings = db
    .prepare(
      `SELECT m.id, m.date, m.title, t.name AS typeName, t.evidence_kind AS kind,
              (SELECT group_concat(a.member_id) FROM meeting_attendees a
                WHERE a.meeting_id = m.id AND a.member_id IS NOT NULL AND a.status IN ('present','late')) AS members
       FROM meetings m JOIN meeting_types t ON t.id = m.type_id
       WHERE m.deleted_at IS NULL AND m.status = 'held' AND m.date >= @from AND m.date < @next
       ORDER BY m.date, m.id`,
    )
    .all(range) as { id: number; date: string; title: string; typeName: string; kind: string; members: string | null }[];
  const records = db
    .prepare(
      `SELECT r.id, r.date, r.title, r.kind,
              (SELECT group_concat(rm.member_id) FROM record_members rm WHERE rm.record_id = r.id) AS members
       FROM records r
       WHERE r.deleted_at IS NULL AND r.date >= @from AND r.date < @next
       ORDER BY r.date, r.id`,
    )
    .all(range) as { id: number; date: string; title: string; kind: string; members: string | null }[];
  return [
    ...meetings.map((m): EvidenceItem => ({
      ref: `meeting:${m.id}`,
      source: 'meeting',
      kind: asKind(m.kind),
      date: m.date.slice(0, 10),
      title: m.title || m.typeName,
      memberIds: ids(m.members),
    })),
    ...records.map((r): EvidenceItem => ({
      ref: `record:${r.id}`,
      source: 'record',
      kind: asKind(r.kind),
      date: r.date.slice(0, 10),
      title: r.title,
      memberIds: ids(r.members),
    })),
  ];
}

/** True when the ref names a meeting or record that exists (deleted ones included: links survive restore). */
export function evidenceExists(db: DB, ref: string): boolean {
  const [type, id] = ref.split(':');
  const table = type === 'meeting' ? 'meetings' : type === 'record' ? 'records' : null;
  return table !== null && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(Number(id)) !== undefined;
}
