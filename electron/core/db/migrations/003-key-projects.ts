import type { Migration } from './types';

/**
 * Key work (重点工作, plan items 13 and 15): projects with milestones, monthly progress and the
 * 红旗/蜗牛 rating history; and year close (年度关账).
 *
 * Projects name their plan item by number ('13'), not by plan_items.id: a re-imported plan gets
 * new item rows, the number stays. Ratings are append-only: the current rating of a period is
 * its latest row, earlier rows are the history.
 *
 * Year close is enforced by triggers, so every writer (services, CLI, features added later)
 * is refused alike: a row whose date (or whose parent's date / plan year) falls in a closed
 * year cannot be inserted, changed or deleted. A later migration that must rewrite such rows
 * has to lift the lock itself (e.g. drop and recreate these triggers around its change).
 */
export const YEAR_CLOSED_MESSAGE = '该年度已关账，内容只读：不能新增、修改或删除该年度的会议、台账、职责和重点工作。如确需修改，请先在“报表 → 年终”中解除关账（会记入操作日志）。';

const meetingYear = (meetingId: string) => `(SELECT substr(date, 1, 4) FROM meetings WHERE id = ${meetingId})`;
const topicYear = (topicId: string) => meetingYear(`(SELECT meeting_id FROM meeting_topics WHERE id = ${topicId})`);
const recordYear = (recordId: string) => `(SELECT substr(date, 1, 4) FROM records WHERE id = ${recordId})`;
const planYear = (planId: string) => `(SELECT year FROM plans WHERE id = ${planId})`;
const projectYear = (projectId: string) => `(SELECT year FROM key_projects WHERE id = ${projectId})`;

/** Each guarded table and how to find the year of one of its rows (r = NEW or OLD). */
export const GUARDED: { table: string; year: (r: string) => string }[] = [
  { table: 'meetings', year: (r) => `substr(${r}.date, 1, 4)` },
  { table: 'meeting_attendees', year: (r) => meetingYear(`${r}.meeting_id`) },
  { table: 'meeting_topics', year: (r) => meetingYear(`${r}.meeting_id`) },
  { table: 'topic_opinions', year: (r) => topicYear(`${r}.topic_id`) },
  { table: 'followups', year: (r) => topicYear(`${r}.topic_id`) },
  { table: 'records', year: (r) => `substr(${r}.date, 1, 4)` },
  { table: 'record_members', year: (r) => recordYear(`${r}.record_id`) },
  {
    table: 'attachments',
    year: (r) => `CASE ${r}.owner_type WHEN 'record' THEN ${recordYear(`${r}.owner_id`)} ELSE ${meetingYear(`${r}.owner_id`)} END`,
  },
  { table: 'plans', year: (r) => `${r}.year` },
  { table: 'plan_sections', year: (r) => planYear(`${r}.plan_id`) },
  { table: 'plan_items', year: (r) => planYear(`${r}.plan_id`) },
  { table: 'duties', year: (r) => planYear(`${r}.plan_id`) },
  { table: 'evidence_links', year: (r) => planYear(`(SELECT plan_id FROM duties WHERE id = ${r}.duty_id)`) },
  { table: 'key_projects', year: (r) => `${r}.year` },
  { table: 'key_milestones', year: (r) => projectYear(`${r}.project_id`) },
  { table: 'key_progress', year: (r) => projectYear(`${r}.project_id`) },
  { table: 'key_ratings', year: (r) => projectYear(`${r}.project_id`) },
];

const closed = (yearExpr: string) => `EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(${yearExpr} AS INTEGER))`;
const raise = `BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED_MESSAGE}'); END;`;

export function yearCloseTriggers(): string {
  return GUARDED.map(
    ({ table, year }) => `
    CREATE TRIGGER ${table}_closed_ins BEFORE INSERT ON ${table} WHEN ${closed(year('NEW'))} ${raise}
    CREATE TRIGGER ${table}_closed_upd BEFORE UPDATE ON ${table} WHEN ${closed(year('OLD'))} OR ${closed(year('NEW'))} ${raise}
    CREATE TRIGGER ${table}_closed_del BEFORE DELETE ON ${table} WHEN ${closed(year('OLD'))} ${raise}`,
  ).join('\n');
}

export const keyProjects: Migration = {
  version: 3,
  name: 'key projects and year close',
  up: (db) => {
    db.exec(`
      CREATE TABLE key_projects (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        item_no TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'project' CHECK (kind IN ('project','task')),
        name TEXT NOT NULL,
        leader_member_id INTEGER REFERENCES members (id),
        unit TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX key_projects_year ON key_projects (year, deleted_at, sort);

      CREATE TABLE key_milestones (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES key_projects (id),
        title TEXT NOT NULL,
        due_date TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        done_date TEXT,
        sort INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX key_milestones_project ON key_milestones (project_id, due_date);

      CREATE TABLE key_progress (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES key_projects (id),
        month TEXT NOT NULL,
        percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (project_id, month)
      );

      CREATE TABLE key_ratings (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES key_projects (id),
        period TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('red-flag','snail','none')),
        reason TEXT NOT NULL DEFAULT '',
        rated_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX key_ratings_project ON key_ratings (project_id, period, id);
      CREATE TRIGGER key_ratings_no_update BEFORE UPDATE ON key_ratings
        BEGIN SELECT RAISE(ABORT, '评价记录只能追加，不能修改；如需更正，请重新评价。'); END;

      CREATE TABLE closed_years (
        year INTEGER PRIMARY KEY,
        closed_at TEXT NOT NULL,
        closed_by TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
      );
      ${yearCloseTriggers()}
    `);
  },
};
