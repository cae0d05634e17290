import Database from 'better-sqlite3';
import { AppError } from '../../../shared/result';
import { SCHEMA_VERSION } from '../db/migrations';
import { APPLICATION_ID, type DB } from '../db/open';
import { backupErrors } from './errors';
import type { Manifest } from './manifest';

// Facts about a database copy: the live data's snapshot when backing up, the unpacked copy
// when verifying. Never called on the live file itself.

export interface DbFacts {
  applicationId: number;
  schemaVersion: number;
  unitName: string;
  rowCounts: Record<string, number>;
}

/** Row count of every user table, so a restore can be compared with what was backed up. */
export function rowCounts(db: DB): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/**
 * 'ok' or the problems found. Verify and restore run the full integrity_check (indexes against
 * tables too): a backup is the last line of defence. Making a backup runs quick_check on its
 * fresh copy (every page and b-tree, not index contents; half the time), which is what
 * disk damage breaks; the copy's bytes then travel under SHA-256 and AEAD.
 */
function integrity(db: DB, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): string {
  const rows = db.pragma(pragma, { simple: false }) as Record<string, string>[];
  return rows.map((r) => r[pragma]).join('；');
}

function unitName(db: DB): string {
  try {
    return (db.prepare('SELECT name FROM unit WHERE id = 1').pluck().get() as string | undefined) ?? '';
  } catch {
    return '';
  }
}

/**
 * Prepares the fresh snapshot made by `db.backup()`: a single self-contained file (rollback
 * journal, so no -wal belongs to it), checked for integrity, with the facts for the manifest.
 */
export function sealSnapshot(file: string): DbFacts {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const check = integrity(db, 'quick_check');
    if (check !== 'ok') throw backupErrors.snapshotCorrupt(check);
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      unitName: unitName(db),
      rowCounts: rowCounts(db),
    };
  } finally {
    db.close();
  }
}

/** Checks an unpacked database against this app and against its manifest; returns the row counts. */
export function checkDatabase(file: string, manifest: Manifest): Record<string, number> {
  let db: DB;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw backupErrors.dbCorrupt((e as Error).message);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw backupErrors.dbForeign();
    if (version > SCHEMA_VERSION) throw backupErrors.dbNewer(version, SCHEMA_VERSION);
    if (version < 1) throw backupErrors.dbForeign();
    if (version !== manifest.schemaVersion) throw backupErrors.badManifest('数据格式版本与数据库不符');
    const check = integrity(db);
    if (check !== 'ok') throw backupErrors.dbCorrupt(`完整性检查未通过：${check.slice(0, 200)}`);
    const counts = rowCounts(db);
    const names = new Set([...Object.keys(counts), ...Object.keys(manifest.rowCounts)]);
    for (const t of names) if (counts[t] !== manifest.rowCounts[t]) throw backupErrors.countsMismatch(t);
    return counts;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw backupErrors.dbCorrupt((e as Error).message);
  } finally {
    db.close();
  }
}
