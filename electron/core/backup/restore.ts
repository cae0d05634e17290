import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/result';
import { sealChecked } from '../db/seal';
import { carryAuditOver, readLog, type LoggedRow } from '../audit/carry';
import { appendAudit } from '../audit/log';
import type { CoreContext } from '../context';
import { decryptFile } from './crypto';
import { backupErrors, stepFailed } from './errors';
import { fileStamp, readChunks, slice, type Progress } from './io';
import { idsOf, movesDone, removeJournal, runMoves, stagingDir, undoMoves, writeJournal, type RestoreJournal } from './journal';
import { DB_PATH, type Manifest } from './manifest';
import { ATTACHMENTS_DIR, SNAPSHOT_DIR } from './paths';
import { unpackAndCheck } from './verify';

/** Where `faultAt` may strike; each name is the step just completed. Tests only. */
export const RESTORE_STEPS = ['unpack', 'close', 'audit', 'journal', 'swap-db', 'swap-attachments', 'reopen'] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];

/**
 * How restore reaches the running app. The live database must be closed before its file is
 * replaced (an open SQLite handle would keep writing to the old inode, or block the rename on
 * Windows) and opened again afterwards; restore decides when, the caller supplies how.
 */
export interface LiveData {
  /** Close the live database (e.g. `core.close()`). Called at most once, after the backup is fully verified and confirmed. */
  close(): void | Promise<void>;
  /** Open `dataFile` again and return the new context. Called after the swap — and, if anything fails after closing, once more after the rollback put the old data back. */
  reopen(): CoreContext | Promise<CoreContext>;
}

export interface RestoreTarget {
  dataFile: string;
  dataDir: string;
  now: () => Date;
  /** Who restores, for the audit log. */
  operator?: string;
}

export interface RestoreSummary {
  file: string;
  manifest: Manifest;
  counts: Record<string, number>;
}

export interface RestoreOptions {
  live: LiveData;
  /** Shown the verified backup's summary; return false to cancel with nothing changed. */
  confirm?: (s: RestoreSummary) => boolean | Promise<boolean>;
  onProgress?: Progress;
  /** Tests only: fail right after this step, to prove that everything is rolled back. */
  faultAt?: RestoreStep;
  /** The file is an unencrypted local snapshot (same container, no age layer); passphrase unused. */
  plain?: boolean;
}

export type RestoreOutcome =
  | { status: 'cancelled' }
  | { status: 'restored'; manifest: Manifest; counts: Record<string, number>; preRestoreDir: string; carriedAudit: number };

/**
 * Restores a backup over the live data.
 *
 * 1. Decrypt and unpack into `<dataDir>/.luoshi-restore-*` (same disk, so later renames are
 *    atomic) and verify everything. The app keeps running meanwhile.
 * 2. Ask `confirm`; then `live.close()`.
 * 3. In the staged database (not yet live): carry over the audit entries written after the
 *    backup (audit/carry.ts), then log the restore itself.
 * 4. Write the journal (journal.ts, fsynced), then rename: the old -wal/-shm and luoshi.db into
 *    `snapshots/pre-restore-<stamp>/`, the new luoshi.db in, the old attachments folder into the
 *    pre-restore folder and the new one in. Remove the journal.
 * 5. `live.reopen()`.
 *
 * A failure in 3–5 undoes the completed renames in reverse order, so the data folder is exactly
 * as before, and reopens the old data. A kill anywhere in 4 leaves the journal, and the next
 * open of the file finishes the renames (or undoes them if the staged data is gone): database
 * and attachments are always both old or both new. Failures in 1–2 touch nothing at all.
 */
export async function restoreBackup(target: RestoreTarget, file: string, passphrase: string, o: RestoreOptions): Promise<RestoreOutcome> {
  const fault = (step: RestoreStep) => {
    if (o.faultAt === step) throw new Error(`测试注入的故障（${step}）`);
  };
  const source = o.plain ? plainSource(file) : await decryptFile(file, passphrase);
  const { dir: staging, done: dropStaging } = await stagingDir(target.dataDir, '.luoshi-restore-');
  try {
    const incoming = path.join(staging, 'new');
    const { manifest, counts } = await unpackAndCheck(source, {
      destDir: incoming,
      writeAttachments: true,
      fsync: true,
      totalBytes: fs.statSync(file).size,
      onProgress: slice(o.onProgress, 0, 0.9),
    });
    const checkedAt = target.now(); // unpackAndCheck ran integrity_check on the staged database
    fault('unpack');
    if (o.confirm && !(await o.confirm({ file, manifest, counts }))) return { status: 'cancelled' };

    o.onProgress?.(0.9, '正在替换数据');
    await o.live.close();
    const dataFile = path.resolve(target.dataFile);
    let journal: RestoreJournal | null = null;
    let reopened: CoreContext | null = null;
    try {
      fault('close');
      const oldLog = settleAndReadLog(dataFile);
      const preDir = uniqueDir(path.join(target.dataDir, SNAPSHOT_DIR), `pre-restore-${fileStamp(target.now())}`);
      const summary = `从备份恢复数据（备份时间 ${manifest.createdAt}，单位“${manifest.unitName}”）；恢复前的数据保存在 ${preDir}`;
      const carriedAudit = logIntoIncoming(path.join(incoming, DB_PATH), oldLog, target, path.basename(file), summary);
      fault('audit');
      journal = planMoves(target.dataDir, dataFile, incoming, staging, preDir);
      writeJournal(dataFile, journal);
      fault('journal');
      const dbMove = journal.moves.findIndex(([from]) => from.endsWith(`/new/${DB_PATH}`)) + 1;
      runMoves(target.dataDir, journal, 0, (n) => n === dbMove && fault('swap-db'));
      fault('swap-attachments');
      removeJournal(dataFile);
      sealChecked(dataFile, checkedAt);
      reopened = await o.live.reopen();
      fault('reopen');
      o.onProgress?.(1, '恢复完成');
      return { status: 'restored', manifest, counts, preRestoreDir: preDir, carriedAudit };
    } catch (e) {
      reopened?.db.close();
      await rollback(target.dataDir, dataFile, journal, o.live, e);
      throw e instanceof AppError ? e : stepFailed('恢复数据', e);
    }
  } finally {
    dropStaging();
  }
}

/**
 * Reads the replaced database's audit log, and folds a -wal still beside it (a crash left it)
 * into the file itself, so the pre-restore copy is one self-contained file. Same data, nothing
 * lost; a clean file is only read. One read-write handle: a read-only one would leave a -wal behind.
 */
function settleAndReadLog(dataFile: string): LoggedRow[] {
  if (!fs.existsSync(dataFile)) return [];
  const db = new Database(dataFile, { fileMustExist: true });
  try {
    if (fs.existsSync(`${dataFile}-wal`) && fs.statSync(`${dataFile}-wal`).size > 0) db.pragma('wal_checkpoint(TRUNCATE)');
    return readLog(db);
  } finally {
    db.close();
  }
}

/** Step 3: the restored log = the backup's, the entries written since (carried), the restore. One transaction, fsynced. */
function logIntoIncoming(incomingDb: string, oldLog: readonly LoggedRow[], t: RestoreTarget, objectId: string, summary: string): number {
  const db = new Database(incomingDb, { fileMustExist: true });
  try {
    db.pragma('synchronous = FULL');
    const who = { at: t.now().toISOString(), operator: t.operator ?? 'unknown' };
    return db.transaction(() => {
      const n = carryAuditOver(db, oldLog, who);
      appendAudit(db, { ...who, action: 'backup.restore', objectType: 'backup', objectId, summary: n ? `${summary}；备份之后的 ${n} 条操作日志已转入` : summary, result: 'ok' });
      return n;
    })();
  } finally {
    db.close();
  }
}

/** Step 4's renames, relative to the data folder, in order. */
function planMoves(dataDir: string, dataFile: string, incoming: string, staging: string, preDir: string): RestoreJournal {
  const rel = (p: string) => path.relative(dataDir, p).split(path.sep).join('/');
  const old = path.join(staging, 'old');
  const moves: [string, string][] = [];
  const move = (from: string, to: string) => fs.existsSync(from) && moves.push([rel(from), rel(to)]);
  move(`${dataFile}-wal`, path.join(preDir, `${DB_PATH}-wal`)); // SQLite would replay a stale WAL into the new file
  move(`${dataFile}-shm`, path.join(old, `${DB_PATH}-shm`));
  move(dataFile, path.join(preDir, DB_PATH));
  moves.push([rel(path.join(incoming, DB_PATH)), rel(dataFile)]);
  move(path.join(dataDir, ATTACHMENTS_DIR), path.join(preDir, ATTACHMENTS_DIR));
  move(path.join(incoming, ATTACHMENTS_DIR), path.join(dataDir, ATTACHMENTS_DIR));
  const snapshots = path.join(dataDir, SNAPSHOT_DIR);
  const dirs = [...(fs.existsSync(snapshots) ? [] : [snapshots]), preDir, old].map(rel);
  return { v: 1, startedAt: new Date().toISOString(), staging: rel(staging), dirs, moves, ids: idsOf(dataDir, moves) };
}

async function rollback(dataDir: string, dataFile: string, journal: RestoreJournal | null, live: LiveData, cause: unknown): Promise<void> {
  if (journal) {
    try {
      writeJournal(dataFile, journal); // again, if already removed: a kill while undoing is finished at the next open
      undoMoves(dataDir, journal, movesDone(dataDir, journal));
      removeJournal(dataFile);
    } catch (e) {
      // Should not happen (every undo is a rename back on the same disk). The journal stays, so the next start finishes the job.
      throw new AppError(
        'CONFLICT',
        `恢复失败（${(cause as Error).message}），且未能立即还原原有数据（${(e as Error).message}）。请关闭落实后重新打开，程序会按恢复记录自动完成或撤销这次恢复；原有数据在数据目录的 snapshots/pre-restore-… 文件夹中，请勿删除。`,
      );
    }
  }
  await live.reopen();
}

/** `base`, or `base-2`, `base-3`… if a restore already ran in the same second. */
function uniqueDir(parent: string, base: string): string {
  let dir = path.join(parent, base);
  for (let i = 2; fs.existsSync(dir); i++) dir = path.join(parent, `${base}-${i}`);
  return dir;
}

/** A local snapshot is read as it is; a missing file gets the same message as a missing backup. */
function plainSource(file: string): AsyncIterable<Uint8Array> {
  if (!fs.existsSync(file)) throw backupErrors.notFound(file);
  return readChunks(file);
}
