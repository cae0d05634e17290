import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileId, lockHolder, readLock, type Acquired } from './lock';

// A -wal beside the database is applied by SQLite at open, whatever file it came from: a WAL
// holds page images and SQLite cannot tell whose. A WAL copied from another Luoshi file would
// silently replace this file's data with the other's. So before opening, a non-empty WAL is
// judged by where it came from, not by its contents:
//
//   Ours — apply it (normal crash recovery): the lock file beside the database is stale (its
//   process on this computer is dead: it crashed), and that lock recorded the very database
//   file and the very -wal file (device and inode) it had open. SQLite keeps one -wal file for
//   the whole session (it truncates and restarts it in place, never replaces it), so a crash of
//   our process leaves exactly that file.
//
//   Anything else — set aside, never applied: a -wal while the previous session ended cleanly
//   (its lock was released; a clean close checkpoints and removes the WAL), a -wal that is a
//   different file from the one our crashed session had, or one beside a database that is not
//   the file that session had open. It is renamed to `luoshi.db-wal.外来-<time>` (kept, not
//   deleted) with a message. The database opens as it was last checkpointed.
//
// A database and its -wal copied together from another computer are set aside the same way
// (the WAL cannot be proven to belong): copy a closed file, or use a backup, to move data.

const WAL_MAGIC = [0x377f0682, 0x377f0683];

function walSize(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/**
 * For `check`, which opens nothing for writing: true when a non-empty -wal is there that the
 * next open would set aside (no live process holds the file, and no crashed session of ours
 * left it). A read-only handle would read it, so `check` must not look past it.
 */
export function strayWalPending(file: string): boolean {
  if (walSize(file) === 0 || lockHolder(file)) return false;
  const l = readLock(file);
  return !walIsOurs(file, { stale: l && l !== 'garbled' ? l : null });
}

/** True if the -wal was left by our own crashed session on this very file. */
export function walIsOurs(file: string, lock: Pick<Acquired, 'stale'>): boolean {
  const s = lock.stale;
  if (!s || s.host !== os.hostname() || !s.dbId || !s.walId) return false;
  if (s.dbId !== fileId(file) || s.walId !== fileId(`${file}-wal`)) return false;
  const head = Buffer.alloc(4);
  const fd = fs.openSync(`${file}-wal`, 'r');
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  return WAL_MAGIC.includes(head.readUInt32BE(0));
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/**
 * Sets a stray -wal aside before the database is opened. Call holding the lock (not re-entrant:
 * another handle in this process has a live WAL). Returns the message, or null if nothing was found.
 */
export function setAsideForeignWal(file: string, lock: Acquired, now: Date): string | null {
  if (lock.reentrant || walSize(file) === 0 || walIsOurs(file, lock)) return null;
  let aside = `${file}-wal.外来-${stamp(now)}`;
  for (let i = 2; fs.existsSync(aside); i++) aside = `${file}-wal.外来-${stamp(now)}-${i}`;
  fs.renameSync(`${file}-wal`, aside);
  fs.rmSync(`${file}-shm`, { force: true }); // the index of that WAL; SQLite rebuilds it
  return (
    `数据文件旁有一个不属于它的日志文件 ${path.basename(file)}-wal（不是本程序在这台电脑上对这个文件留下的，可能是从其他电脑或其他数据文件复制来的）。` +
    `其中的内容没有应用，文件已改名为 ${path.basename(aside)} 保存在数据文件夹中；数据文件保持原样打开。`
  );
}
