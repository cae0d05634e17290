import type { Migration } from './types';
import { GUARDED } from './003-key-projects';

/**
 * Year close, second pass. The triggers of 003 refused writes into a closed year with one
 * message that did not say which year; they are recreated to name it. And terms of office
 * were not guarded at all: ending a term back-dated into a closed year changed that year's
 * figures (who owed what). Members now have the same backstop: a term whose change reaches
 * into a closed year (or a new member whose term covers one) is refused by the database.
 * The services check first with a fuller message; this catches every other writer.
 */
// RAISE takes a literal message only: an expression there (to name the year) needs SQLite 3.48+,
// and an older sqlite3 (Debian 12, UOS, Kylin) could then not even read the schema, which would
// lock the office out of its own data. The services name the year before this backstop fires.
const REOPEN = `该年度已关账，如需修改请先在 报表 → 年终 中解除关账（将记入操作日志）。`;
const raiseFor = (..._years: string[]) => `BEGIN SELECT RAISE(ABORT, '${REOPEN}'); END;`;
const closed = (y: string) => `EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(${y} AS INTEGER))`;

function tableTriggers(): string {
  return GUARDED.map(
    ({ table, year }) => `
    DROP TRIGGER IF EXISTS ${table}_closed_ins;
    DROP TRIGGER IF EXISTS ${table}_closed_upd;
    DROP TRIGGER IF EXISTS ${table}_closed_del;
    CREATE TRIGGER ${table}_closed_ins BEFORE INSERT ON ${table} WHEN ${closed(year('NEW'))} ${raiseFor(year('NEW'))}
    CREATE TRIGGER ${table}_closed_upd BEFORE UPDATE ON ${table} WHEN ${closed(year('OLD'))} OR ${closed(year('NEW'))} ${raiseFor(year('OLD'), year('NEW'))}
    CREATE TRIGGER ${table}_closed_del BEFORE DELETE ON ${table} WHEN ${closed(year('OLD'))} ${raiseFor(year('OLD'))}`,
  ).join('\n');
}

// A term is [start, end] with NULL start = always, NULL end = still in office.
const START = (r: string) => `coalesce(${r}.term_start, '0000-01-01')`;
const END = (r: string) => `coalesce(${r}.term_end, '9999-12-31')`;
const first = (y: string) => `printf('%04d-01-01', ${y})`;
const last = (y: string) => `printf('%04d-12-31', ${y})`;
/** Closed years whose days change membership: moving the start changes [lo, hi), moving the end (lo, hi]. */
const startHits = `SELECT year FROM closed_years WHERE ${first('year')} < max(${START('OLD')}, ${START('NEW')}) AND ${last('year')} >= min(${START('OLD')}, ${START('NEW')})`;
const endHits = `SELECT year FROM closed_years WHERE ${last('year')} > min(${END('OLD')}, ${END('NEW')}) AND ${first('year')} <= max(${END('OLD')}, ${END('NEW')})`;
const insertHits = `SELECT year FROM closed_years WHERE ${last('year')} >= ${START('NEW')} AND ${first('year')} <= ${END('NEW')}`;
const startMoved = `NEW.term_start IS NOT OLD.term_start`;
const endMoved = `NEW.term_end IS NOT OLD.term_end`;
const hitYear = `(SELECT min(year) FROM (SELECT year FROM (${startHits}) WHERE ${startMoved} UNION SELECT year FROM (${endHits}) WHERE ${endMoved}))`;

const memberTriggers = `
  CREATE TRIGGER members_closed_ins BEFORE INSERT ON members WHEN EXISTS (${insertHits})
    BEGIN SELECT RAISE(ABORT, '${REOPEN}'); END;
  CREATE TRIGGER members_closed_upd BEFORE UPDATE OF term_start, term_end ON members WHEN ${hitYear} IS NOT NULL
    BEGIN SELECT RAISE(ABORT, '${REOPEN}'); END;`;

export const closedYearGuards: Migration = {
  version: 9,
  name: 'closed year guards name the year; terms of office guarded',
  up: (db) => {
    db.exec(tableTriggers() + memberTriggers);
  },
};
