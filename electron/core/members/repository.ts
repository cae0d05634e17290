import type { Member, PartyRole } from '../../../shared/domain/members';
import type { DB } from '../db/open';

interface MemberRow {
  id: number;
  name: string;
  title: string;
  party_role: PartyRole;
  portfolio: string;
  branch: string;
  sort_order: number;
  term_start: string | null;
  term_end: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

const toMember = (r: MemberRow): Member => ({
  id: r.id,
  name: r.name,
  title: r.title,
  partyRole: r.party_role,
  portfolio: r.portfolio,
  branch: r.branch,
  sortOrder: r.sort_order,
  termStart: r.term_start,
  termEnd: r.term_end,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const memberRepo = {
  all(db: DB): Member[] {
    return (db.prepare('SELECT * FROM members ORDER BY sort_order, id').all() as MemberRow[]).map(toMember);
  },
  byId(db: DB, id: number): Member | undefined {
    const r = db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
    return r && toMember(r);
  },
  /** Members whose term covers the date (no start means "since always"). */
  inOfficeOn(db: DB, date: string): Member[] {
    return (
      db
        .prepare(
          `SELECT * FROM members WHERE (term_start IS NULL OR term_start <= @date) AND (term_end IS NULL OR term_end >= @date)
           ORDER BY sort_order, id`,
        )
        .all({ date }) as MemberRow[]
    ).map(toMember);
  },
  /** The member in office (no term end) with this name or this party role, other than exceptId; one query, not a scan in JS. */
  inOfficeWhere(db: DB, where: { name: string } | { partyRole: PartyRole }, exceptId = 0): Member | undefined {
    const [col, value] = 'name' in where ? ['name', where.name] : ['party_role', where.partyRole];
    const r = db.prepare(`SELECT * FROM members WHERE ${col} = ? AND term_end IS NULL AND id != ? ORDER BY sort_order, id LIMIT 1`).get(value, exceptId) as MemberRow | undefined;
    return r && toMember(r);
  },
  nextSortOrder(db: DB): number {
    const r = db.prepare('SELECT max(sort_order) AS m FROM members').get() as { m: number | null };
    return (r.m ?? 0) + 10;
  },
  insert(db: DB, m: Omit<Member, 'id'>): number {
    const info = db
      .prepare(
        `INSERT INTO members (name, title, party_role, portfolio, branch, sort_order, term_start, term_end, note, created_at, updated_at)
         VALUES (@name, @title, @partyRole, @portfolio, @branch, @sortOrder, @termStart, @termEnd, @note, @createdAt, @updatedAt)`,
      )
      .run(m);
    return Number(info.lastInsertRowid);
  },
  update(db: DB, m: Member): void {
    db.prepare(
      `UPDATE members SET name=@name, title=@title, party_role=@partyRole, portfolio=@portfolio, branch=@branch,
         sort_order=@sortOrder, term_start=@termStart, term_end=@termEnd, note=@note, updated_at=@updatedAt WHERE id=@id`,
    ).run(m);
  },
};
