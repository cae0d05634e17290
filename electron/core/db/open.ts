import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/result';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { removeSeal, trackOpened, validSeal } from './seal';
import { lockIfUnused } from './lock';

/** 'LUOS' — marks a SQLite file as Luoshi's, so we never migrate someone else's database. */
export const APPLICATION_ID = 0x4c554f53;

export type DB = Database.Database;

export interface OpenResult {
  db: DB;
  /** Schema version found before migrating (0 for a new file). */
  fromVersion: number;
  /** Copy taken before migrating an existing file, if any. */
  preMigrationCopy: string | null;
  /** 'checked': quick_check ran now; 'sealed': skipped, the file is the one we closed cleanly (seal.ts). */
  integrity: 'checked' | 'sealed';
}

interface FileFacts {
  applicationId: number;
  userVersion: number;
  tableCount: number;
}

/**
 * Opens (or creates) the Luoshi database. An existing file is first inspected read-only,
 * so a damaged, foreign or newer file is refused without a single byte written to it.
 */
export function openDatabase(file: string, opts: { now?: () => Date; migrations?: readonly Migration[] } = {}): OpenResult {
  const now = opts.now ?? (() => new Date());
  const migrations = opts.migrations ?? MIGRATIONS;
  const target = latestVersion(migrations);
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  let fromVersion = 0;
  let preMigrationCopy: string | null = null;
  let sealedAt: Date | null = null;

  if (exists) {
    sealedAt = validSeal(file, now());
    const facts = inspectReadOnly(file, target, { quickCheck: sealedAt === null });
    removeSeal(file); // from here on the file may change; a crash must not leave a seal behind
    fromVersion = facts.userVersion;
    if (fromVersion > 0 && fromVersion < target) {
      preMigrationCopy = `${file}.v${fromVersion}-${stamp(now())}.bak`;
      copyConsistent(file, preMigrationCopy);
    }
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
  } catch (e) {
    db.close();
    throw e;
  }
  trackOpened(db, file, sealedAt ?? now());
  return { db, fromVersion, preMigrationCopy, integrity: sealedAt ? 'sealed' : 'checked' };
}

/**
 * Reads the header facts and runs quick_check without opening for writing.
 *
 * quick_check reads every page: about 1 s at ten years of data (`npm run bench`). A damaged file
 * must be refused before the app writes a byte to it (WAL setup, migrations, the day's first
 * edit), so it runs on every open except of a file we closed cleanly and nobody touched since
 * (seal.ts); the CLI's `check` always runs it.
 */
export function inspectReadOnly(file: string, schemaVersion = latestVersion(MIGRATIONS), o: { quickCheck?: boolean } = {}): FileFacts {
  let ro: DB;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('DB_CORRUPT', `无法打开数据文件 ${file}：${(e as Error).message}。文件未做任何改动，请检查文件权限或从备份恢复。`);
  }
  try {
    const facts: FileFacts = {
      applicationId: ro.pragma('application_id', { simple: true }) as number,
      userVersion: ro.pragma('user_version', { simple: true }) as number,
      tableCount: (ro.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n,
    };
    if (facts.applicationId !== APPLICATION_ID && !(facts.applicationId === 0 && facts.tableCount === 0)) {
      throw new AppError('DB_FOREIGN', `数据文件 ${file} 不是落实的数据文件（可能是其他软件的数据库）。文件未做任何改动，请选择正确的文件。`);
    }
    if (facts.userVersion > schemaVersion) {
      throw new AppError(
        'DB_NEWER',
        `数据文件由更新版本的落实创建（数据格式第 ${facts.userVersion} 版，本程序只支持到第 ${schemaVersion} 版）。文件未做任何改动，请安装新版本后再打开。`,
      );
    }
    const check = o.quickCheck === false ? 'ok' : ro.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new AppError('DB_CORRUPT', `数据文件已损坏（完整性检查未通过：${String(check)}）。文件未做任何改动，请从备份恢复。`);
    }
    return facts;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('DB_CORRUPT', `数据文件已损坏或不是数据库（${(e as Error).message}）。文件未做任何改动，请从备份恢复。`);
  } finally {
    ro.close();
  }
}

/**
 * Runs fn, which opens the file only read-only, and leaves the folder as it found it. A read-only
 * handle on a WAL database creates -wal and -shm (SQLite needs the shared index even to read)
 * but may not checkpoint, so SQLite never removes them at close: `check` left an empty pair
 * beside a file it only read. When no process has any claim on the file, its lock is held
 * meanwhile (no writer can open it and start using that pair) and the pair we caused is removed;
 * while another process uses the file they are its own and stay.
 */
export async function visitReadOnly<T>(file: string, program: string, fn: () => Promise<T> | T): Promise<T> {
  const sidecars = [`${file}-wal`, `${file}-shm`];
  const lock = fs.existsSync(file) ? lockIfUnused(file, program) : null;
  const created = sidecars.filter((p) => !fs.existsSync(p));
  try {
    return await fn();
  } finally {
    if (lock) {
      // Only an empty WAL: one with pages in it is not ours to drop (nothing here writes, but be sure).
      const walEmpty = !fs.existsSync(sidecars[0]!) || fs.statSync(sidecars[0]!).size === 0;
      if (walEmpty) for (const p of created) fs.rmSync(p, { force: true });
      lock.release();
    }
  }
}

/** Applies every pending migration, each in its own transaction with its user_version bump. */
export function migrate(db: DB, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** A consistent copy even while another connection writes (VACUUM INTO reads one snapshot). */
export function copyConsistent(file: string, target: string): void {
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  try {
    ro.prepare('VACUUM INTO ?').run(target);
  } finally {
    ro.close();
  }
}

const latestVersion = (ms: readonly Migration[]) => ms[ms.length - 1]?.version ?? 0;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
