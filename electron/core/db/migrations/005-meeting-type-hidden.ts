import type { Migration } from './types';

/**
 * User-defined meeting types can be hidden (no longer offered for new meetings) instead of
 * deleted, so a type can be brought back and the UNIQUE name stays reserved.
 */
export const meetingTypeHidden: Migration = {
  version: 5,
  name: 'meeting type hidden',
  up: (db) => {
    db.exec(`ALTER TABLE meeting_types ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;`);
  },
};
