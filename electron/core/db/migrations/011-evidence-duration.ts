import type { Migration } from './types';

/**
 * Duties measured in time ("全年累计集中学习不少于12天", "每年集中学习不少于40学时") are the sum of
 * their evidence's durations, so records and meetings state one: days (in half days) and/or 学时.
 * The two are kept apart, never converted (offices count a day as 6, 7 or 8 学时; the clerk says
 * which). Existing rows keep NULL, "not stated": it adds nothing to a time duty and is reported.
 * The records' covering index of 007 gets the two columns, so compliance still reads a year of
 * records from the index alone (it replaces 007's: an insert still updates one index).
 */
const days = (c: string) => `${c} REAL CHECK (${c} IS NULL OR (${c} > 0 AND ${c} <= 366 AND ${c} * 2 = CAST(${c} * 2 AS INTEGER)))`;
const hours = (c: string) => `${c} REAL CHECK (${c} IS NULL OR (${c} > 0 AND ${c} <= 2000))`;

export const evidenceDuration: Migration = {
  version: 11,
  name: 'evidence duration (days, 学时)',
  up: (db) => {
    db.exec(`
      ALTER TABLE records ADD COLUMN ${days('duration_days')};
      ALTER TABLE records ADD COLUMN ${hours('duration_hours')};
      ALTER TABLE meetings ADD COLUMN ${days('duration_days')};
      ALTER TABLE meetings ADD COLUMN ${hours('duration_hours')};
      DROP INDEX records_live_evidence;
      CREATE INDEX records_live_evidence ON records (deleted_at, date, id, kind, title, report_period, duration_days, duration_hours);
    `);
  },
};
