import type { Migration } from './types';

/**
 * Duties of other units' plans: a quantity of time instead of a count ("全年累计不少于12天",
 * measure days/hours and its amount), a day of each month ("每月28日前上报"), the
 * extractor's note to the clerk, and whether the clerk corrected the duty by hand (a re-import
 * of the same plan keeps corrected duties as they are).
 */
export const dutyMeasure: Migration = {
  version: 10,
  name: 'duty measure, month day, note, corrected',
  up: (db) => {
    db.exec(`
      ALTER TABLE duties ADD COLUMN measure TEXT NOT NULL DEFAULT 'count' CHECK (measure IN ('count','days','hours'));
      ALTER TABLE duties ADD COLUMN amount REAL CHECK (amount IS NULL OR amount > 0);
      ALTER TABLE duties ADD COLUMN month_day INTEGER CHECK (month_day BETWEEN 1 AND 31);
      ALTER TABLE duties ADD COLUMN note TEXT NOT NULL DEFAULT '';
      ALTER TABLE duties ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1));
    `);
  },
};
