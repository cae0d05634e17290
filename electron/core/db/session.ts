import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { readJournal, recoverInterruptedRestore } from '../backup/journal';
import { acquireLock, fileId, inUseError, lockHolder, type Acquired } from './lock';
import { openDatabase, type DB } from './open';
import { closeSealed } from './seal';
import { setAsideForeignWal } from './walguard';

// The one way app, browser host and CLI open the data file:
//   1. take the file's lock (lock.ts) — a writer refuses if another process holds it; a reader
//      ('read': list, status, verify) goes on alongside without it;
//   2. holding the lock: finish or undo an interrupted restore, remove leftover staging folders
//      (backup/journal.ts), and set a stray -wal aside (walguard.ts);
//   3. open and migrate (open.ts), then record the database's and the -wal's identity in the lock;
//   4. before every call, check the file is still the one opened (`assertCurrent`): if someone
//      replaced or moved it, stop, rather than write into a file nobody will read again.

export interface OpenDataOptions {
  /** Shown to others while we hold the lock: '落实桌面版', '落实浏览器版', '落实命令行工具'. */
  program?: string;
  /** 'read' never refuses because of another process (and then writes nothing of its own). */
  access?: 'write' | 'read';
  /** Ends the refusal: "请先关闭它再恢复". */
  action?: string;
  now?: () => Date;
}

export interface DataSession {
  db: DB;
  /** Things found and fixed at open, in Chinese (a finished restore, a stray -wal set aside). */
  notices: string[];
  /** Throws once the file on disk is no longer the one opened. */
  assertCurrent(): void;
  /** Restore: the file is about to be swapped on purpose. */
  suspend(): void;
  /** Restore: open the (new) file again and remember its identity. */
  reopen(): DB;
  close(): void;
}

export function openDataFile(file: string, o: OpenDataOptions = {}): DataSession {
  const now = o.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let lock: Acquired | null = null;
  try {
    lock = acquireLock(file, o.program ?? '落实', o.action);
  } catch (e) {
    if (o.access !== 'read' || !(e instanceof AppError) || e.code !== 'IN_USE') throw e;
  }
  const notices: string[] = [];
  let db: DB;
  try {
    if (lock && !lock.reentrant) {
      const restored = recoverInterruptedRestore(file);
      if (restored) notices.push(restored);
      const wal = setAsideForeignWal(file, lock, now());
      if (wal) notices.push(wal);
    } else if (readJournal(file)) {
      const holder = lockHolder(file);
      throw holder ? inUseError(file, holder, '查看') : new AppError('IN_USE', '数据文件正在从备份恢复，请稍后再试。');
    }
    db = openDatabase(file, { now }).db;
  } catch (e) {
    lock?.release();
    throw e;
  }
  const remember = () => {
    // The -wal exists once a WAL database has been read; record it so a crash's WAL is recognised.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (lock && !lock.reentrant) lock.update({ dbId: fileId(file) ?? undefined, walId: fileId(`${file}-wal`) ?? undefined });
    return fileId(file);
  };
  let identity: string | null = remember();
  let replaced = false;

  return {
    get db() {
      return db;
    },
    notices,
    assertCurrent() {
      if (identity === null) return; // suspended for a restore
      if (!replaced && fileId(file) === identity) return;
      replaced = true;
      throw new AppError(
        'CONFLICT',
        `数据文件 ${file} 已被其他程序替换或移走。为免改动写进已被替换的文件而丢失，落实已停止读写这个文件。请关闭落实后重新打开。`,
      );
    },
    suspend() {
      identity = null;
    },
    reopen() {
      db = openDatabase(file, { now }).db;
      identity = remember();
      replaced = false;
      return db;
    },
    close() {
      // A reader without the lock must not checkpoint-and-seal under the writer.
      if (lock) closeSealed(db);
      else if (db.open) db.close();
      lock?.release();
    },
  };
}
