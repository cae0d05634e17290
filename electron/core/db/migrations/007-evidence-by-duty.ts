import type { Migration } from './types';

/**
 * Evidence is matched to the duty it proves, not only to its kind (shared/compliance/shared-kind.ts).
 *
 * - records.report_period (报告期: 'YYYY', 'YYYY-H1|H2', 'YYYY-Q1…Q4', or NULL): a 上半年 report
 *   dated 7月5日 counts for the first half. Compliance reads it with every live record of a year,
 *   so it joins 006's covering index (which this one replaces: an insert still updates one index);
 *   a small partial index finds reports dated outside the year they report on.
 * - Links and unlinks stay as they are. Where several duties of a plan share a kind, a piece the
 *   clerk unlinked from all of them but one counted for that one alone: it is confirmed for it
 *   ('link'), so what the office saw counted still counts. Any piece that counted for the only
 *   duty of its kind still does with no row at all.
 */
export const evidenceByDuty: Migration = {
  version: 7,
  name: 'evidence by duty',
  up: (db) => {
    db.exec(`
      ALTER TABLE records ADD COLUMN report_period TEXT CHECK (report_period IS NULL
        OR report_period GLOB '[0-9][0-9][0-9][0-9]' OR report_period GLOB '[0-9][0-9][0-9][0-9]-H[12]' OR report_period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]');
      CREATE INDEX records_live_evidence ON records (deleted_at, date, id, kind, title, report_period);
      DROP INDEX records_live_date_cover;
      CREATE INDEX records_report_period ON records (report_period, deleted_at) WHERE report_period IS NOT NULL;
    `);
    db.exec(`
      WITH piece AS (
        SELECT l.ref, d.plan_id, d.kind FROM evidence_links l JOIN duties d ON d.id = l.duty_id
        WHERE l.mode = 'unlink' AND d.deleted_at IS NULL AND d.kind = CASE
          WHEN l.ref LIKE 'record:%' THEN (SELECT r.kind FROM records r WHERE r.id = CAST(substr(l.ref, 8) AS INTEGER))
          ELSE (SELECT t.evidence_kind FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE m.id = CAST(substr(l.ref, 9) AS INTEGER)) END
      ),
      shared AS (
        SELECT DISTINCT p.ref, p.plan_id, p.kind FROM piece p
        WHERE NOT EXISTS (SELECT 1 FROM evidence_links x JOIN duties s ON s.id = x.duty_id
                          WHERE x.ref = p.ref AND x.mode = 'link' AND s.plan_id = p.plan_id AND s.kind = p.kind AND s.deleted_at IS NULL)
      ),
      remaining AS (
        SELECT s.ref, d.id AS duty_id, count(*) OVER (PARTITION BY s.plan_id, s.kind, s.ref) AS n
        FROM shared s JOIN duties d ON d.plan_id = s.plan_id AND d.kind = s.kind AND d.deleted_at IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM evidence_links x WHERE x.duty_id = d.id AND x.ref = s.ref)
      )
      INSERT INTO evidence_links (duty_id, ref, mode, created_at)
      SELECT duty_id, ref, 'link', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM remaining WHERE n = 1;
    `);
  },
};
