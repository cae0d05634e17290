import type { Migration } from './types';

/**
 * Full-text search over records, meetings, topics and follow-ups, in Chinese.
 *
 * `search_text` holds one plain row of searchable text per source row; its id encodes the
 * source: id = sourceId * 4 + type (0 record, 1 meeting, 2 topic, 3 follow-up), so triggers
 * touch a single row by primary key. `search_fts` is an FTS5 trigram index over it
 * (external content) for queries of 3 characters or more; 1–2 character queries scan
 * `search_text` with LIKE (trigrams cannot answer them). Deleted rows stay indexed and are
 * filtered when results are joined back to their source, so restore needs no re-indexing.
 */
const RECORD_BODY = (r: string) =>
  `${r}.title || char(10) || ${r}.note || char(10) ||
   coalesce(CASE WHEN json_valid(${r}.data) THEN
     (SELECT group_concat(value, char(10)) FROM json_tree(${r}.data) WHERE type = 'text') END, '')`;
const MEETING_BODY = (m: string) =>
  `${m}.title || char(10) || ${m}.place || char(10) || ${m}.agenda || char(10) || ${m}.minutes`;
const TOPIC_BODY = (t: string) =>
  `${t}.title || char(10) || ${t}.presenter || char(10) || ${t}.decision || char(10) || ${t}.minutes`;
const FOLLOWUP_BODY = (f: string) => `${f}.task || char(10) || ${f}.responsible || char(10) || ${f}.note`;

const SOURCES = [
  { table: 'records', type: 0, body: RECORD_BODY, cols: 'title, note, data' },
  { table: 'meetings', type: 1, body: MEETING_BODY, cols: 'title, place, agenda, minutes' },
  { table: 'meeting_topics', type: 2, body: TOPIC_BODY, cols: 'title, presenter, decision, minutes' },
  { table: 'followups', type: 3, body: FOLLOWUP_BODY, cols: 'task, responsible, note' },
] as const;

function sourceTriggers(s: (typeof SOURCES)[number]): string {
  const key = (r: string) => `${r}.id * 4 + ${s.type}`;
  return `
    CREATE TRIGGER ${s.table}_search_ai AFTER INSERT ON ${s.table} BEGIN
      INSERT INTO search_text (id, body) VALUES (${key('NEW')}, ${s.body('NEW')});
    END;
    CREATE TRIGGER ${s.table}_search_au AFTER UPDATE OF ${s.cols} ON ${s.table} BEGIN
      UPDATE search_text SET body = ${s.body('NEW')} WHERE id = ${key('NEW')};
    END;
    CREATE TRIGGER ${s.table}_search_ad AFTER DELETE ON ${s.table} BEGIN
      DELETE FROM search_text WHERE id = ${key('OLD')};
    END;
    INSERT INTO search_text (id, body) SELECT ${key(s.table)}, ${s.body(s.table)} FROM ${s.table};`;
}

export const ledgerSearch: Migration = {
  version: 2,
  name: 'ledger search index',
  up: (db) => {
    db.exec(`
      CREATE TABLE search_text (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL DEFAULT ''
      );
      CREATE VIRTUAL TABLE search_fts USING fts5(body, content = 'search_text', content_rowid = 'id', tokenize = 'trigram');
      CREATE TRIGGER search_text_ai AFTER INSERT ON search_text BEGIN
        INSERT INTO search_fts (rowid, body) VALUES (NEW.id, NEW.body);
      END;
      CREATE TRIGGER search_text_ad AFTER DELETE ON search_text BEGIN
        INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
      END;
      CREATE TRIGGER search_text_au AFTER UPDATE ON search_text BEGIN
        INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
        INSERT INTO search_fts (rowid, body) VALUES (NEW.id, NEW.body);
      END;
      ${SOURCES.map(sourceTriggers).join('\n')}
      CREATE INDEX records_deleted ON records (deleted_at);
      CREATE INDEX attachments_deleted ON attachments (deleted_at);
      CREATE INDEX attachments_sha ON attachments (sha256);
    `);
  },
};
