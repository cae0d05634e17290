import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadEvidence, type EvidenceFilter } from '../../../electron/core/compliance/evidence';
import { getCompliance, runCompliance } from '../../../electron/core/compliance/service';
import { openDatabase, type DB } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { runCli } from '../../../electron/core/cli/run';
import type { CliIO } from '../../../electron/core/cli/io';
import { tmpCore, tmpDir } from '../../helpers/tmp';

type Core = ReturnType<typeof tmpCore>;

const indexNames = (db: DB) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'").pluck().all() as string[];

/** A records statement loadEvidence prepares for this filter, and its query plan. */
function recordsPlan(db: DB, f: EvidenceFilter, from = 'FROM records r WHERE'): string {
  const spy = vi.spyOn(db, 'prepare');
  try {
    loadEvidence(db, 2022, f);
    const sql = spy.mock.calls.map(([s]) => s).find((s) => s.includes(from))!;
    const params = { from: '2022-01-01', next: '2023-01-01', y: '2022', y1: '2023', limit: -1, member: 1, wanted: '["talk","other"]', known: '[]', also: '[]' };
    const used = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[]).map((r) => r.detail).join('\n');
  } finally {
    spy.mockRestore();
  }
}

describe('records index for compliance (migrations 6 and 7)', () => {
  it('replaces (deleted_at, date) with a covering index that also holds the 报告期, on a file opened at version 5', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
    expect(indexNames(old.db)).toContain('records_live_date');
    old.db.close();
    const opened = openDatabase(file);
    expect(indexNames(opened.db)).toContain('records_live_evidence');
    expect(indexNames(opened.db)).not.toContain('records_live_date');
    expect(indexNames(opened.db)).not.toContain('records_live_date_cover');
    opened.db.close();
  });

  it('answers the year read from the index alone, already in date order', () => {
    const db = tmpCore().ctx.db;
    for (const f of [{}, { kinds: ['talk', 'other'] } satisfies EvidenceFilter]) {
      const plan = recordsPlan(db, f);
      expect(plan).toContain('USING COVERING INDEX records_live_evidence (deleted_at=? AND date>? AND date<?)');
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });

  it('finds the records dated outside the year that report on it by their 报告期 alone, not by reading every live record', () => {
    const db = tmpCore().ctx.db;
    for (const f of [{}, { kinds: ['talk', 'other'] } satisfies EvidenceFilter]) {
      const plan = recordsPlan(db, f, 'INDEXED BY records_report_period');
      expect(plan).toContain('USING INDEX records_report_period (report_period>? AND report_period<?)');
      expect(plan).not.toContain('records_live_evidence');
    }
  });
});

// ------------------------------------------------------------------ what compliance.get reads

function io(): CliIO {
  return { out: () => {}, err: () => {}, readStdin: async () => '', now: () => new Date('2022-06-15T08:00:00Z'), env: {} };
}

/** Written the way the ledger does (we only read these tables); a member may be credited twice under two roles. */
function record(core: Core, kind: string, date: string, members: number[], deleted = false): string {
  const db = core.ctx.db;
  const id = Number(
    db.prepare("INSERT INTO records (kind, title, date, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 'x', 'x', ?)").run(kind, `${kind} 记录`, date, deleted ? 'x' : null).lastInsertRowid,
  );
  members.forEach((m, i) => db.prepare('INSERT INTO record_members (record_id, member_id, role) VALUES (?, ?, ?)').run(id, m, `role${i}`));
  return `record:${id}`;
}

function link(core: Core, kind: string, ref: string, mode: 'link' | 'unlink'): void {
  const duty = core.ctx.db.prepare('SELECT id FROM duties WHERE kind = ? AND deleted_at IS NULL ORDER BY id LIMIT 1').pluck().get(kind) as number;
  core.ctx.db.prepare("INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, ?, 'x')").run(duty, ref, mode);
}

describe('compliance.get reads only records a duty or a link can use', () => {
  it('gives the same result and evidence as the engine on the whole year', async () => {
    const file = path.join(tmpDir(), 'demo.db');
    expect(await runCli(['demo', 'generate', '--db', file, '--year', '2022'], io())).toBe(0);
    const core = tmpCore({ dataFile: file });
    const db = core.ctx.db;
    // An each-member duty of kind 'other', which also takes records of kinds the app does not know.
    db.prepare(
      `INSERT INTO duties (plan_id, item_id, kind, title, frequency, min_count, scope, created_at)
       SELECT plan_id, item_id, 'other', '其他', 'quarter', 1, 'each-member', 'x' FROM duties ORDER BY id LIMIT 1`,
    ).run();
    record(core, 'some-new-kind', '2022-03-03', [1]);
    record(core, 'other', '2022-03-03T09:30', [2, 2, 3]);
    const talk = record(core, 'talk', '2022-04-01', [1, 4]); // no duty asks for talks
    link(core, 'party-group-meeting', talk, 'link');
    link(core, 'inspection', record(core, 'inspection', '2022-06-30T23:59', [3, 1]), 'unlink');
    link(core, 'party-lecture', record(core, 'party-lecture', '2022-02-02', [1], true), 'link'); // deleted
    record(core, 'talk', '2022-05-05', [1]);

    for (const date of ['2022-03-31', '2022-09-01', '2022-12-31']) {
      const whole = runCompliance(core.ctx, { year: 2022, date });
      const shown = new Set(whole.links.map((l) => l.ref));
      for (const d of whole.result.duties) {
        for (const p of [...d.periods, ...(d.members ?? []).flatMap((m) => m.periods)]) p.evidence.forEach((r) => shown.add(r));
        [...d.suggested, ...d.rejected].forEach((r) => shown.add(r));
      }
      const view = getCompliance(core.ctx, { year: 2022, date });
      expect(view.result).toEqual(whole.result);
      expect(view.evidence).toEqual(whole.evidence.filter((e) => shown.has(e.ref)));
      expect(view.evidence.map((e) => e.ref)).toContain(talk);
    }
  });
});
