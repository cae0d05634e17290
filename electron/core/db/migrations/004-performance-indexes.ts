import type { Migration } from './types';

/**
 * Indexes found missing by `npm run bench` at ten years of data (200 000 records, 3 000 meetings):
 *
 * - meeting_attendees had only a partial index (member_id IS NOT NULL), so each of the list's
 *   per-meeting counts scanned the whole table: meetings.list took over a second for one year.
 * - compliance reads a year of live records by date; with records_deleted (002) the planner
 *   chose "deleted_at IS NULL" (nearly every row) over the date range. (deleted_at, date)
 *   answers the equality and the range together, already in date order.
 */
export const performanceIndexes: Migration = {
  version: 4,
  name: 'performance indexes',
  up: (db) => {
    db.exec(`
      CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id, role, status);
      CREATE INDEX records_live_date ON records (deleted_at, date);
    `);
  },
};
