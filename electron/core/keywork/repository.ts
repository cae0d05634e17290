import type { KeyProjectDetail, KeyProjectSummary, Milestone, ProgressNote, Rating, RatingEntry } from '../../../shared/domain/keywork';
import type { DB } from '../db/open';

interface ProjectRow {
  id: number;
  year: number;
  item_no: string;
  kind: KeyProjectSummary['kind'];
  name: string;
  leader_member_id: number | null;
  leader_name: string | null;
  unit: string;
  target: string;
  note: string;
  sort: number;
  deleted_at: string | null;
}

interface MilestoneRow {
  id: number;
  project_id: number;
  title: string;
  due_date: string;
  done: number;
  done_date: string | null;
}

const SELECT = `SELECT p.*, m.name AS leader_name FROM key_projects p LEFT JOIN members m ON m.id = p.leader_member_id`;

/** Everything about a set of projects in four queries, however many projects there are. */
function summaries(db: DB, rows: ProjectRow[], today: string): KeyProjectSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const inList = `(${ids.map(() => '?').join(',')})`;
  const latest = new Map(
    (
      db
        .prepare(
          `SELECT project_id AS id, month, percent FROM key_progress g
           WHERE project_id IN ${inList} AND month = (SELECT max(month) FROM key_progress WHERE project_id = g.project_id)`,
        )
        .all(...ids) as { id: number; month: string; percent: number }[]
    ).map((r) => [r.id, r]),
  );
  const ms = new Map(
    (
      db
        .prepare(
          `SELECT project_id AS id, count(*) AS total, sum(done) AS done, sum(done = 0 AND due_date < ?) AS overdue
           FROM key_milestones WHERE deleted_at IS NULL AND project_id IN ${inList} GROUP BY project_id`,
        )
        .all(today, ...ids) as { id: number; total: number; done: number; overdue: number }[]
    ).map((r) => [r.id, r]),
  );
  const ratings = new Map<number, Record<string, Rating>>();
  for (const r of db
    .prepare(
      `SELECT project_id AS id, period, rating FROM key_ratings k
       WHERE project_id IN ${inList} AND id = (SELECT max(id) FROM key_ratings WHERE project_id = k.project_id AND period = k.period)
       ORDER BY period`,
    )
    .all(...ids) as { id: number; period: string; rating: Rating }[]) {
    if (r.rating === 'none') continue;
    const map = ratings.get(r.id) ?? {};
    map[r.period] = r.rating;
    ratings.set(r.id, map);
  }
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    itemNo: r.item_no,
    kind: r.kind,
    name: r.name,
    leaderMemberId: r.leader_member_id,
    leaderName: r.leader_name ?? '',
    unit: r.unit,
    target: r.target,
    note: r.note,
    sort: r.sort,
    deletedAt: r.deleted_at,
    percent: latest.get(r.id)?.percent ?? null,
    percentMonth: latest.get(r.id)?.month ?? null,
    milestones: { total: ms.get(r.id)?.total ?? 0, done: ms.get(r.id)?.done ?? 0, overdue: ms.get(r.id)?.overdue ?? 0 },
    ratings: ratings.get(r.id) ?? {},
  }));
}

export const keyworkRepo = {
  list(db: DB, year: number, deleted: boolean, today: string): KeyProjectSummary[] {
    const rows = db
      .prepare(`${SELECT} WHERE p.year = ? AND (p.deleted_at IS NOT NULL) = ? ORDER BY p.item_no, p.sort, p.id`)
      .all(year, deleted ? 1 : 0) as ProjectRow[];
    return summaries(db, rows, today);
  },
  row(db: DB, id: number): ProjectRow | undefined {
    return db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as ProjectRow | undefined;
  },
  detail(db: DB, id: number, today: string): KeyProjectDetail | undefined {
    const r = keyworkRepo.row(db, id);
    if (!r) return undefined;
    const milestoneList = (
      db
        .prepare('SELECT * FROM key_milestones WHERE project_id = ? AND deleted_at IS NULL ORDER BY due_date, sort, id')
        .all(id) as { id: number; project_id: number; title: string; due_date: string; done: number; done_date: string | null }[]
    ).map(
      (m): Milestone => ({ id: m.id, projectId: m.project_id, title: m.title, dueDate: m.due_date, done: m.done === 1, doneDate: m.done_date, overdue: m.done === 0 && m.due_date < today }),
    );
    const progress = (
      db.prepare('SELECT id, month, percent, note, updated_at AS updatedAt FROM key_progress WHERE project_id = ? ORDER BY month').all(id) as ProgressNote[]
    ).map((p) => ({ ...p }));
    const all = db
      .prepare('SELECT id, period, rating, reason, rated_at AS ratedAt, operator FROM key_ratings WHERE project_id = ? ORDER BY id DESC')
      .all(id) as Omit<RatingEntry, 'current'>[];
    const seen = new Set<string>();
    const ratingHistory = all.map((e): RatingEntry => {
      const current = !seen.has(e.period);
      seen.add(e.period);
      return { ...e, current };
    });
    return { ...summaries(db, [r], today)[0]!, milestoneList, progress, ratingHistory };
  },
  milestone(db: DB, id: number): MilestoneRow | undefined {
    return db.prepare('SELECT id, project_id, title, due_date, done, done_date FROM key_milestones WHERE id = ? AND deleted_at IS NULL').get(id) as MilestoneRow | undefined;
  },
  nextSort(db: DB, year: number): number {
    return ((db.prepare('SELECT max(sort) AS m FROM key_projects WHERE year = ?').get(year) as { m: number | null }).m ?? 0) + 10;
  },
};
