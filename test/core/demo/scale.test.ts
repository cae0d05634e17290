import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../electron/core/backup/manifest';
import { RECORD_KINDS, recordDataSchema } from '../../../shared/ledger/record-kinds';
import { cli } from '../../cli/helpers';
import { tmpDir } from '../../helpers/tmp';

// The generator at scale, at a small size: same seed → same database; every record kind, terms
// of office that begin and end inside the years, links that hold, one audit entry.

const TABLES = ['members', 'plans', 'plan_items', 'duties', 'meetings', 'meeting_attendees', 'meeting_topics', 'topic_opinions', 'followups', 'records', 'record_members', 'attachments', 'evidence_links'];
const SIZES = ['--years', '2', '--members', '10', '--records', '500', '--meetings', '40', '--attachments', '3'];

async function generate(seed: number): Promise<{ file: string; summary: { counts: Record<string, number>; firstYear: number; lastYear: number } }> {
  const file = path.join(tmpDir(), 'luoshi.db');
  const r = await cli(['demo', 'generate', '--db', file, '--seed', String(seed), '--year', '2021', ...SIZES, '--json']);
  expect(r.code, r.err).toBe(0);
  return { file, summary: JSON.parse(r.out) };
}

const dump = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
};

/** Pairs of consecutive numbers whose order disagrees with renumber(): date and time within a type and year, cancelled last. */
function misnumbered(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    type M = { type_id: number; year: number; seq: number; date: string; start_time: string; status: string };
    const rows = db.prepare('SELECT type_id, year, seq, date, start_time, status FROM meetings ORDER BY type_id, year, seq').all() as M[];
    const key = (m: M) => `${m.status === 'cancelled' ? 1 : 0} ${m.date} ${m.start_time}`;
    return rows.flatMap((b, i) => {
      const a = rows[i - 1];
      return a && a.type_id === b.type_id && a.year === b.year && key(a) > key(b) ? [`${a.year} 第${a.seq}次 ${key(a)} / 第${b.seq}次 ${key(b)}`] : [];
    });
  } finally {
    db.close();
  }
}

describe('demo generate at scale', () => {
  it('numbers meetings as the app does: by date and time, so two on one day keep their order', async () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    const r = await cli(['demo', 'generate', '--db', file, '--year', '2021', '--years', '1', '--members', '8', '--records', '0', '--meetings', '600', '--attachments', '0', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(misnumbered(file)).toEqual([]);
  });

  it('is deterministic for a seed and differs for another seed', async () => {
    const a = await generate(5);
    const b = await generate(5);
    const c = await generate(6);
    expect(dump(a.file)).toEqual(dump(b.file));
    expect(dump(c.file).records).not.toEqual(dump(a.file).records);
    expect(a.summary.counts).toMatchObject({ members: 10, plans: 2, meetings: 40, records: 500, attachments: 3 });
    expect([a.summary.firstYear, a.summary.lastYear]).toEqual([2020, 2021]);
  });

  it('holds every record kind, real terms of office, valid links and one audit entry', async () => {
    const { file } = await generate(3);
    const db = new Database(file, { readonly: true });
    try {
      const q = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
      const one = (sql: string) => db.prepare(sql).pluck().get();

      // Every kind the 台账 offers and no other: a meeting kind as a record (党组会议书面传阅) would count as a meeting held.
      expect(new Set(q<{ kind: string }>('SELECT DISTINCT kind FROM records').map((r) => r.kind))).toEqual(new Set(RECORD_KINDS));
      // records.data is what the ledger's own form would save for the kind (strict field specs).
      for (const r of q<{ kind: string; data: string }>('SELECT kind, data FROM records')) {
        const parsed = recordDataSchema(r.kind).safeParse(JSON.parse(r.data));
        expect(parsed.success, `${r.kind}: ${r.data}`).toBe(true);
      }
      const talk = JSON.parse(one("SELECT data FROM records WHERE kind = 'talk' LIMIT 1") as string);
      expect(talk).toMatchObject({ talkee: expect.any(String), subtype: expect.stringMatching(/^(heart|reminder)$/) });
      // Members leave and others join inside the two years; a seat is never empty for long.
      expect(one("SELECT count(*) FROM members WHERE term_end BETWEEN '2020-01-01' AND '2021-12-31'")).toBeGreaterThan(0);
      expect(one("SELECT count(*) FROM members WHERE term_start BETWEEN '2020-01-01' AND '2021-12-31'")).toBeGreaterThan(0);
      expect(one("SELECT count(*) FROM members WHERE party_role = 'secretary' AND term_end IS NULL")).toBe(1);
      // Credit only goes to members in office on the record's date, and meetings list only them.
      expect(one('SELECT count(*) FROM record_members rm JOIN records r ON r.id = rm.record_id JOIN members m ON m.id = rm.member_id WHERE r.date < m.term_start OR r.date > coalesce(m.term_end, r.date)')).toBe(0);
      expect(one('SELECT count(*) FROM meeting_attendees a JOIN meetings g ON g.id = a.meeting_id JOIN members m ON m.id = a.member_id WHERE g.date < m.term_start OR g.date > coalesce(m.term_end, g.date)')).toBe(0);
      // Every year has its confirmed duties; some records are linked to a duty by hand.
      expect(q<{ year: number; n: number }>('SELECT p.year, count(*) AS n FROM duties d JOIN plans p ON p.id = d.plan_id GROUP BY p.year').map((r) => r.n)).toEqual([11, 11]);
      expect(one("SELECT count(*) FROM evidence_links WHERE ref LIKE 'record:%'")).toBeGreaterThan(0);

      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(one('SELECT count(*) FROM attachments a LEFT JOIN records r ON a.owner_type = \'record\' AND r.id = a.owner_id LEFT JOIN meetings m ON a.owner_type = \'meeting\' AND m.id = a.owner_id WHERE r.id IS NULL AND m.id IS NULL')).toBe(0);
      for (const a of q<{ sha256: string; size: number }>('SELECT sha256, size FROM attachments')) {
        const bytes = fs.readFileSync(path.join(path.dirname(file), attachmentPath(a.sha256)));
        expect(bytes.length).toBe(a.size);
        expect(a.size).toBeGreaterThanOrEqual(100 * 1024);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
      }
      expect(q<{ action: string }>('SELECT action FROM audit_log')).toEqual([{ action: 'demo.generate' }]);
    } finally {
      db.close();
    }
  });

  it('refuses sizes out of range with a Chinese message', async () => {
    const r = await cli(['demo', 'generate', '--db', path.join(tmpDir(), 'x.db'), '--years', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--years 应在 1 到 30 之间');
  });

  it('the demo year holds records of the ledger with attachments (default demo generate)', async () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    expect((await cli(['demo', 'generate', '--db', file])).code).toBe(0);
    const db = new Database(file, { readonly: true });
    try {
      // FIXED "now" is 2022-06-15: only records of the first half year exist, none in the future.
      expect(db.prepare("SELECT count(*) FROM records WHERE date >= '2022-06-15'").pluck().get()).toBe(0);
      // Every 台账 kind due by mid-June (听取汇报 comes in November), and only 台账 kinds.
      const kinds = db.prepare('SELECT DISTINCT kind FROM records').pluck().all() as string[];
      expect(kinds.length).toBeGreaterThanOrEqual(9);
      expect(kinds.filter((k) => !(RECORD_KINDS as readonly string[]).includes(k))).toEqual([]);
      expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBeGreaterThan(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
