import type { LedgerRecord } from '../../../shared/ledger/types';
import type { DB } from '../db/open';

// Row ↔ domain mapping and plain queries for records. No rules here: services decide.

interface RecordRow {
  id: number;
  kind: string;
  title: string;
  date: string;
  data: string;
  note: string;
  report_period: string | null;
  duration_days: number | null;
  duration_hours: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  members: string | null;
  n_attachments: number;
}

/** Credited members as "id\u0001name" pairs joined by \u0002, in member order. */
const SELECT = `
  SELECT r.*,
    (SELECT group_concat(x, char(2)) FROM (SELECT rm.member_id || char(1) || m.name AS x FROM record_members rm
       JOIN members m ON m.id = rm.member_id WHERE rm.record_id = r.id ORDER BY m.sort_order, m.id)) AS members,
    (SELECT count(*) FROM attachments a WHERE a.owner_type = 'record' AND a.owner_id = r.id AND a.deleted_at IS NULL) AS n_attachments
  FROM records r`;

function parseData(s: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const toRecord = (r: RecordRow): LedgerRecord => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  date: r.date,
  data: parseData(r.data),
  note: r.note,
  reportPeriod: r.report_period,
  durationDays: r.duration_days,
  durationHours: r.duration_hours,
  members: (r.members ? r.members.split('\u0002') : []).map((p) => {
    const [id, name] = p.split('\u0001');
    return { memberId: Number(id), name: name ?? '' };
  }),
  attachmentCount: r.n_attachments,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});

export interface RecordFilter {
  year?: number;
  kind?: string;
  memberId?: number;
  /** Only these ids (duty / plan item filters resolve to a set of records). */
  ids?: number[];
  deleted: boolean;
}

function where(f: RecordFilter): { sql: string; params: Record<string, unknown> } {
  const parts = [f.deleted ? 'r.deleted_at IS NOT NULL' : 'r.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.year !== undefined) {
    parts.push('r.date BETWEEN @from AND @to');
    Object.assign(params, { from: `${f.year}-01-01`, to: `${f.year}-12-31` });
  }
  if (f.kind) parts.push('r.kind = @kind'), (params.kind = f.kind);
  if (f.memberId !== undefined) {
    parts.push('EXISTS (SELECT 1 FROM record_members rm WHERE rm.record_id = r.id AND rm.member_id = @memberId)');
    params.memberId = f.memberId;
  }
  if (f.ids) parts.push('r.id IN (SELECT value FROM json_each(@ids))'), (params.ids = JSON.stringify(f.ids));
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

interface RecordWrite {
  kind: string;
  title: string;
  date: string;
  data: Record<string, unknown>;
  note: string;
  reportPeriod?: string | null;
  durationDays?: number | null;
  durationHours?: number | null;
  at: string;
}

/** Only the named columns reach the statement (better-sqlite3 refuses unknown keys). */
const row = (r: RecordWrite) => ({ kind: r.kind, title: r.title, date: r.date, data: JSON.stringify(r.data), note: r.note, reportPeriod: r.reportPeriod ?? null,
  durationDays: r.durationDays ?? null, durationHours: r.durationHours ?? null, at: r.at });

export const recordRepo = {
  byId(db: DB, id: number): LedgerRecord | undefined {
    const r = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RecordRow | undefined;
    return r && toRecord(r);
  },
  /** Newest first (date, then id), one page. */
  page(db: DB, f: RecordFilter, page: number, pageSize: number): { rows: LedgerRecord[]; total: number } {
    const w = where(f);
    const total = (db.prepare(`SELECT count(*) AS n FROM records r ${w.sql}`).get(w.params) as { n: number }).n;
    const rows = db
      .prepare(`${SELECT} ${w.sql} ORDER BY r.date DESC, r.id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...w.params, limit: pageSize, offset: (page - 1) * pageSize }) as RecordRow[];
    return { rows: rows.map(toRecord), total };
  },
  /** Every matching record in date order, for the CLI and exports. */
  all(db: DB, f: RecordFilter): LedgerRecord[] {
    const w = where(f);
    return (db.prepare(`${SELECT} ${w.sql} ORDER BY r.date, r.id`).all(w.params) as RecordRow[]).map(toRecord);
  },
  insert(db: DB, r: RecordWrite): number {
    return Number(
      db
        .prepare(`INSERT INTO records (kind, title, date, data, note, report_period, duration_days, duration_hours, created_at, updated_at)
          VALUES (@kind, @title, @date, @data, @note, @reportPeriod, @durationDays, @durationHours, @at, @at)`)
        .run(row(r)).lastInsertRowid,
    );
  },
  update(db: DB, id: number, r: RecordWrite): void {
    db.prepare(`UPDATE records SET kind = @kind, title = @title, date = @date, data = @data, note = @note, report_period = @reportPeriod,
       duration_days = @durationDays, duration_hours = @durationHours, updated_at = @at WHERE id = @id`).run({ ...row(r), id });
  },
  setMembers(db: DB, id: number, memberIds: number[]): void {
    db.prepare('DELETE FROM record_members WHERE record_id = ?').run(id);
    const ins = db.prepare("INSERT INTO record_members (record_id, member_id, role) VALUES (?, ?, 'credited')");
    for (const m of new Set(memberIds)) ins.run(id, m);
  },
  setDeleted(db: DB, id: number, at: string | null): void {
    db.prepare('UPDATE records SET deleted_at = ? WHERE id = ?').run(at, id);
  },
};
