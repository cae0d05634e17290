import type { Migration } from './types';

/**
 * The schema for the whole mission: unit, members, plans → sections → items → duties,
 * meetings with attendance and topics, evidence records with attachments, evidence links,
 * and the append-only, hash-chained audit log.
 *
 * Conventions: dates are ISO 'YYYY-MM-DD' text, timestamps ISO with 'Z'; rows that anything
 * may refer to are soft-deleted (deleted_at) so the recycle bin can bring them back.
 * Never edit this file once shipped: add 002-….ts instead.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE unit (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        short_name TEXT NOT NULL DEFAULT '',
        is_demo INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT
      );
      INSERT INTO unit (id) VALUES (1);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        party_role TEXT NOT NULL DEFAULT 'member' CHECK (party_role IN ('secretary','deputy','member')),
        portfolio TEXT NOT NULL DEFAULT '',
        branch TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0,
        term_start TEXT,
        term_end TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
      );
      CREATE INDEX members_sort ON members (sort_order, id);

      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        preamble TEXT NOT NULL DEFAULT '',
        source_name TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE UNIQUE INDEX plans_one_live_per_year ON plans (year) WHERE deleted_at IS NULL;

      CREATE TABLE plan_sections (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id),
        no TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL
      );
      CREATE INDEX plan_sections_plan ON plan_sections (plan_id, sort);

      CREATE TABLE plan_items (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id),
        section_id INTEGER NOT NULL REFERENCES plan_sections (id),
        no TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        lead_member_id INTEGER REFERENCES members (id),
        responsible_units TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL
      );
      CREATE INDEX plan_items_plan ON plan_items (plan_id, sort);

      CREATE TABLE duties (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id),
        item_id INTEGER REFERENCES plan_items (id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        frequency TEXT NOT NULL CHECK (frequency IN ('week','2weeks','month','2months','quarter','halfyear','year','once')),
        min_count INTEGER NOT NULL DEFAULT 1 CHECK (min_count >= 1),
        scope TEXT NOT NULL CHECK (scope IN ('group','each-member','secretary','each-member-except-secretary')),
        deadline TEXT,
        source TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX duties_plan ON duties (plan_id, deleted_at);

      CREATE TABLE meeting_types (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        evidence_kind TEXT NOT NULL DEFAULT 'other',
        builtin INTEGER NOT NULL DEFAULT 0,
        sort INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO meeting_types (name, evidence_kind, builtin, sort) VALUES
        ('党组会议', 'party-group-meeting', 1, 1),
        ('理论学习中心组学习', 'study-group', 1, 2),
        ('民主生活会', 'democratic-life-meeting', 1, 3),
        ('组织生活会', 'organizational-life-meeting', 1, 4),
        ('专题会议', 'other', 1, 5);

      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        type_id INTEGER NOT NULL REFERENCES meeting_types (id),
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        start_time TEXT,
        end_time TEXT,
        place TEXT NOT NULL DEFAULT '',
        host_member_id INTEGER REFERENCES members (id),
        recorder TEXT NOT NULL DEFAULT '',
        agenda TEXT NOT NULL DEFAULT '',
        minutes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned','held','cancelled')),
        locked INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE UNIQUE INDEX meetings_seq ON meetings (type_id, year, seq) WHERE deleted_at IS NULL;
      CREATE INDEX meetings_date ON meetings (date);

      CREATE TABLE meeting_attendees (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        member_id INTEGER REFERENCES members (id),
        role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member','guest')),
        name TEXT NOT NULL,
        title_snapshot TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'expected' CHECK (status IN ('expected','present','late','leave','absent')),
        leave_reason TEXT NOT NULL DEFAULT '',
        leave_requested_at TEXT,
        leave_approver TEXT NOT NULL DEFAULT '',
        leave_approved INTEGER NOT NULL DEFAULT 0,
        sort INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX meeting_attendees_member ON meeting_attendees (meeting_id, member_id) WHERE member_id IS NOT NULL;
      CREATE INDEX meeting_attendees_by_member ON meeting_attendees (member_id);

      CREATE TABLE meeting_topics (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        title TEXT NOT NULL,
        presenter TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'other',
        prior_study INTEGER NOT NULL DEFAULT 0,
        decision TEXT NOT NULL DEFAULT '',
        minutes TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX meeting_topics_meeting ON meeting_topics (meeting_id, sort);

      CREATE TABLE topic_opinions (
        topic_id INTEGER NOT NULL REFERENCES meeting_topics (id),
        member_id INTEGER NOT NULL REFERENCES members (id),
        opinion TEXT NOT NULL CHECK (opinion IN ('agree','disagree','reserve')),
        PRIMARY KEY (topic_id, member_id)
      );

      CREATE TABLE followups (
        id INTEGER PRIMARY KEY,
        topic_id INTEGER NOT NULL REFERENCES meeting_topics (id),
        task TEXT NOT NULL,
        responsible TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in-progress','done')),
        note TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX records_kind_date ON records (kind, date);
      CREATE INDEX records_date ON records (date);

      CREATE TABLE record_members (
        record_id INTEGER NOT NULL REFERENCES records (id),
        member_id INTEGER NOT NULL REFERENCES members (id),
        role TEXT NOT NULL DEFAULT 'credited',
        PRIMARY KEY (record_id, member_id, role)
      );
      CREATE INDEX record_members_member ON record_members (member_id);

      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        owner_type TEXT NOT NULL CHECK (owner_type IN ('record','meeting')),
        owner_id INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL DEFAULT 'application/octet-stream',
        created_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX attachments_owner ON attachments (owner_type, owner_id);

      CREATE TABLE evidence_links (
        id INTEGER PRIMARY KEY,
        duty_id INTEGER NOT NULL REFERENCES duties (id),
        ref TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('link','unlink')),
        created_at TEXT NOT NULL,
        UNIQUE (duty_id, ref)
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL DEFAULT '',
        object_id TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT 'ok',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '操作日志只能追加，不能修改'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '操作日志只能追加，不能删除'); END;
    `);
  },
};
