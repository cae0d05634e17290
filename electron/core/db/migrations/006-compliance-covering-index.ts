import type { Migration } from './types';

/**
 * Compliance reads a year of live records (20 000 at scale) by date for id, kind and title only.
 * With (deleted_at, date) each of them was a lookup into the wide records row (data JSON, note);
 * this index answers the query alone, already in (date, id) order. It starts with the columns of
 * 004's records_live_date, so every query that used that one can use this one: it replaces it, and
 * an insert still updates one index, not two.
 */
export const complianceCoveringIndex: Migration = {
  version: 6,
  name: 'compliance covering index',
  up: (db) => {
    db.exec(`
      CREATE INDEX records_live_date_cover ON records (deleted_at, date, id, kind, title);
      DROP INDEX records_live_date;
    `);
  },
};
