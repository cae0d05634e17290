import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { CoreContext } from '../context';
import { decryptFile } from './crypto';
import { stepFailed } from './errors';
import { copyFileAtomic, fileStamp, fsyncDir, readChunks, rmQuiet, slice, type Progress } from './io';
import { DB_PATH, type Manifest } from './manifest';
import { ATTACHMENTS_DIR, SNAPSHOT_DIR } from './paths';
import { unpackAndCheck } from './verify';
import { backupErrors } from './errors';

/** Where `faultAt` may strike; each name is the step just completed. Tests only. */
export const RESTORE_STEPS = ['unpack', 'close', 'snapshot', 'move-wal', 'swap-db', 'move-attachments', 'swap-attachments', 'reopen', 'audit'] as const;
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
  | { status: 'restored'; manifest: Manifest; counts: Record<string, number>; preRestoreDir: string };

/**
 * Restores a backup over the live data.
 *
 * 1. Decrypt and unpack into `<dataDir>/.luoshi-restore-*` (same disk, so later renames are
 *    atomic) and verify everything. The app keeps running meanwhile.
 * 2. Ask `confirm`; then `live.close()`.
 * 3. Copy the current luoshi.db (and any -wal) into `snapshots/pre-restore-<stamp>/`, move the old
 *    -wal/-shm aside (SQLite would replay a stale WAL into the new file), rename the new db over
 *    the old one (atomic: there is never a moment without a luoshi.db), move the old attachments
 *    folder into the pre-restore snapshot and the new one into place.
 * 4. `live.reopen()` and record 'backup.restore' in the restored database's audit log.
 *
 * Any failure in 3–4 undoes the completed moves in reverse order, so the data folder is exactly
 * as before (byte for byte), and reopens the old data. Failures in 1–2 touch nothing at all.
 */
export async function restoreBackup(target: RestoreTarget, file: string, passphrase: string, o: RestoreOptions): Promise<RestoreOutcome> {
  const fault = (step: RestoreStep) => {
    if (o.faultAt === step) throw new Error(`测试注入的故障（${step}）`);
  };
  const source = o.plain ? plainSource(file) : await decryptFile(file, passphrase);
  const staging = await fsp.mkdtemp(path.join(target.dataDir, '.luoshi-restore-'));
  try {
    const incoming = path.join(staging, 'new');
    const { manifest, counts } = await unpackAndCheck(source, {
      destDir: incoming,
      writeAttachments: true,
      fsync: true,
      totalBytes: fs.statSync(file).size,
      onProgress: slice(o.onProgress, 0, 0.9),
    });
    fault('unpack');
    if (o.confirm && !(await o.confirm({ file, manifest, counts }))) return { status: 'cancelled' };

    o.onProgress?.(0.9, '正在替换数据');
    await o.live.close();
    const undo: (() => void)[] = [];
    let reopened: CoreContext | null = null;
    try {
      fault('close');
      const preRestoreDir = swapIn(target, incoming, staging, undo, fault);
      reopened = await o.live.reopen();
      fault('reopen');
      audit(reopened, {
        action: 'backup.restore',
        objectType: 'backup',
        objectId: path.basename(file),
        summary: `从备份恢复数据（备份时间 ${manifest.createdAt}，单位“${manifest.unitName}”）；恢复前的数据保存在 ${preRestoreDir}`,
      });
      fault('audit');
      o.onProgress?.(1, '恢复完成');
      return { status: 'restored', manifest, counts, preRestoreDir };
    } catch (e) {
      reopened?.db.close();
      await rollback(undo, o.live, e);
      throw e instanceof AppError ? e : stepFailed('恢复数据', e);
    }
  } finally {
    rmQuiet(staging);
  }
}

/** Steps 3's moves; each registers its undo before the next one starts. Returns the pre-restore folder. */
function swapIn(t: RestoreTarget, incoming: string, staging: string, undo: (() => void)[], fault: (s: RestoreStep) => void): string {
  const dataFile = path.resolve(t.dataFile);
  const snapshots = path.join(t.dataDir, SNAPSHOT_DIR);
  if (!fs.existsSync(snapshots)) {
    fs.mkdirSync(snapshots);
    undo.push(() => fs.rmdirSync(snapshots));
  }
  const preDir = uniqueDir(snapshots, `pre-restore-${fileStamp(t.now())}`);
  fs.mkdirSync(preDir);
  undo.push(() => rmQuiet(preDir));
  // Raw copies of the closed database: the db and its -wal together are the exact old state.
  for (const ext of ['', '-wal']) {
    if (fs.existsSync(dataFile + ext)) copyFileAtomic(dataFile + ext, path.join(preDir, DB_PATH + ext));
  }
  fsyncDir(preDir);
  fault('snapshot');

  const aside = path.join(staging, 'old');
  fs.mkdirSync(aside);
  for (const ext of ['-wal', '-shm']) {
    if (!fs.existsSync(dataFile + ext)) continue;
    fs.renameSync(dataFile + ext, path.join(aside, DB_PATH + ext));
    undo.push(() => fs.renameSync(path.join(aside, DB_PATH + ext), dataFile + ext));
  }
  fault('move-wal');

  const hadDb = fs.existsSync(dataFile);
  fs.renameSync(path.join(incoming, DB_PATH), dataFile);
  undo.push(() => (hadDb ? copyFileAtomic(path.join(preDir, DB_PATH), dataFile) : fs.rmSync(dataFile, { force: true })));
  fault('swap-db');

  const liveAtt = path.join(t.dataDir, ATTACHMENTS_DIR);
  const oldAtt = path.join(preDir, ATTACHMENTS_DIR);
  if (fs.existsSync(liveAtt)) {
    fs.renameSync(liveAtt, oldAtt);
    undo.push(() => fs.renameSync(oldAtt, liveAtt));
  }
  fault('move-attachments');

  const newAtt = path.join(incoming, ATTACHMENTS_DIR);
  if (fs.existsSync(newAtt)) {
    fs.renameSync(newAtt, liveAtt);
    undo.push(() => fs.renameSync(liveAtt, newAtt));
  }
  fsyncDir(t.dataDir);
  fault('swap-attachments');
  return preDir;
}

async function rollback(undo: (() => void)[], live: LiveData, cause: unknown): Promise<void> {
  const failures: string[] = [];
  for (const step of undo.reverse()) {
    try {
      step();
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  if (failures.length) {
    // Should not happen (every undo is a rename back on the same disk); say exactly where the old data is.
    throw new AppError(
      'CONFLICT',
      `恢复失败（${(cause as Error).message}），且未能完全还原原有数据（${failures.join('；')}）。原有数据库和附件保存在数据目录的 snapshots/pre-restore-… 文件夹中，请勿删除，并联系管理员处理。`,
    );
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
