// The dataset the bench runs on: generated into a temporary folder (full size or --small), or a
// generated demo file given with --db (refused if it is not demo data: the bench writes backups,
// restores and audit entries into its folder).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core';
import { generateAtScale, type ScaleOptions, type ScaleSummary } from '../../electron/core/demo/scale';

export const FULL = { years: 10, members: 30, records: 200_000, meetings: 3_000, attachments: 500 };
export const SMALL = { years: 3, members: 12, records: 20_000, meetings: 300, attachments: 30 };
/** For `--only` entries that need no data (plan extraction): generated in a moment. */
export const TINY = { years: 1, members: 1, records: 0, meetings: 0, attachments: 0 };

/** A large unit: 460 people over ten years, about 230 expected at each of 1 560 meetings (~350 000 attendance rows). */
export const LARGE_UNIT = { years: 10, members: 460, records: 20_000, meetings: 1_560, attachments: 0 };

/** Generates a dataset of the given sizes into `dir` (the bench's large-unit rows). */
export function generateInto(dir: string, sizes: Omit<ScaleOptions, 'seed' | 'lastYear'>, now: Date): { dataFile: string; summary: ScaleSummary } {
  const dataFile = path.join(dir, 'luoshi.db');
  const core = createCore({ dataFile, operator: 'bench', now: () => now });
  try {
    const summary = generateAtScale(core.ctx, { seed: 1, lastYear: now.getFullYear(), ...sizes });
    core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    return { dataFile, summary };
  } finally {
    core.close();
  }
}

export interface Dataset {
  dataFile: string;
  dataDir: string;
  /** Folder to delete afterwards (generated datasets only). */
  tempRoot: string | null;
  /** The last year with data: the dashboard's year. */
  lastYear: number;
  generated: ScaleSummary | null;
  counts: Record<string, number>;
  dbBytes: number;
}

export function prepareDataset(opts: { db?: string; small: boolean; tiny?: boolean; seed: number; now: Date }): Dataset {
  if (opts.db) {
    const dataFile = path.resolve(opts.db);
    if (!fs.existsSync(dataFile)) throw new Error(`找不到数据文件 ${dataFile}`);
    const raw = new Database(dataFile, { readonly: true });
    try {
      const demo = raw.prepare('SELECT is_demo FROM unit WHERE id = 1').pluck().get();
      if (demo !== 1) throw new Error('--db 只接受演示数据文件（npm run cli -- demo generate 生成的）：性能测试会在它的文件夹里做备份和恢复。');
      const lastYear = raw.prepare('SELECT max(year) FROM plans WHERE deleted_at IS NULL').pluck().get() as number;
      return { dataFile, dataDir: path.dirname(dataFile), tempRoot: null, lastYear, generated: null, counts: counts(raw), dbBytes: fs.statSync(dataFile).size };
    } finally {
      raw.close();
    }
  }
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-'));
  const dataFile = path.join(tempRoot, 'data', 'luoshi.db');
  const sizes = opts.tiny ? TINY : opts.small ? SMALL : FULL;
  const lastYear = opts.now.getFullYear();
  const o: ScaleOptions = { seed: opts.seed, lastYear, ...sizes };
  process.stdout.write(`正在生成数据集（${o.years} 年，台账 ${o.records} 条，会议 ${o.meetings} 次，附件 ${o.attachments} 个）… `);
  const core = createCore({ dataFile, operator: 'bench', now: () => opts.now });
  try {
    const generated = generateAtScale(core.ctx, o);
    core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`${(generated.elapsedMs / 1000).toFixed(1)} s`);
    return { dataFile, dataDir: path.dirname(dataFile), tempRoot, lastYear, generated, counts: generated.counts, dbBytes: fs.statSync(dataFile).size };
  } finally {
    core.close();
  }
}

function counts(db: Database.Database): Record<string, number> {
  const tables = ['members', 'plans', 'duties', 'meetings', 'meeting_attendees', 'meeting_topics', 'records', 'attachments'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
}
