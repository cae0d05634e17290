import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../../../shared/result';

// One writer per data file. `<file>-lock` beside the database names the process that writes
// it: pid, host, program, start time, and the inodes of the database and of its -wal as that
// process opened them (walguard.ts uses them to tell our own crash's WAL from a stray one).
// Created with O_EXCL, so two processes can never both believe they hold it. A lock whose pid
// is dead on this same host is stale (a crash) and is taken over; a lock from another host
// (a network share) can't be checked and is respected. Within one process the lock is
// re-entrant (tests, and restore reopening the file, open the same file twice).

export interface LockInfo {
  pid: number;
  host: string;
  program: string;
  startedAt: string;
  /** `dev:ino` of the database and of its -wal while this holder had them open. */
  dbId?: string;
  walId?: string;
}

export const lockPath = (file: string) => `${file}-lock`;

/** A lock file still empty or half-written this long after creation is a crashed creator's. */
const GARBLED_STALE_MS = 30_000;

const held = new Map<string, { count: number; info: LockInfo }>();

export interface Acquired {
  info: LockInfo;
  /** The dead holder whose lock we took over (a crash), or null for a clean start. */
  stale: LockInfo | null;
  /** Another handle in this process already held it (its WAL is live: leave it alone). */
  reentrant: boolean;
  release(): void;
  /** Rewrites the lock with the current database and -wal identities. */
  update(ids: Pick<LockInfo, 'dbId' | 'walId'>): void;
}

export const readLock = (file: string) => readLockAt(lockPath(file));

function readLockAt(p: string): LockInfo | 'garbled' | null {
  let text: string;
  try {
    text = fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
  try {
    const v = JSON.parse(text) as LockInfo;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? v : 'garbled';
  } catch {
    return 'garbled';
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, belongs to another user
  }
}

/** The live holder of the file's lock, other than this process; null if free or stale. */
export function lockHolder(file: string): LockInfo | null {
  const info = readLock(file);
  if (!info) return null;
  if (info === 'garbled') return isFresh(file) ? { pid: 0, host: os.hostname(), program: '落实', startedAt: new Date().toISOString() } : null;
  if (info.host === os.hostname() && (info.pid === process.pid || !pidAlive(info.pid))) return null;
  return info;
}

function isFresh(file: string): boolean {
  try {
    return Date.now() - fs.statSync(lockPath(file)).mtimeMs < GARBLED_STALE_MS;
  } catch {
    return false;
  }
}

/** "落实桌面版（进程 1234，从 09:12 起）", with the host when it is another computer. */
export function describeHolder(h: LockInfo, now = new Date()): string {
  const at = new Date(h.startedAt);
  const hm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const sameDay = at.toDateString() === now.toDateString();
  const when = Number.isNaN(at.getTime()) ? '' : `，从 ${sameDay ? '' : `${at.getMonth() + 1}月${at.getDate()}日 `}${hm} 起`;
  const where = h.host === os.hostname() ? '' : `，计算机 ${h.host}`;
  return `${h.program || '落实'}（进程 ${h.pid}${where}${when}）`;
}

export const inUseError = (file: string, h: LockInfo, action: string) =>
  new AppError('IN_USE', `数据文件正由 ${describeHolder(h)}使用，请先关闭它再${action}。（数据文件：${file}）`);

/**
 * Takes the lock or throws IN_USE naming the holder. `action` completes the message
 * ("请先关闭它再恢复").
 */
export function acquireLock(file: string, program: string, action = '操作'): Acquired {
  const key = file;
  const mine = held.get(key);
  if (mine) {
    mine.count++;
    return handle(file, mine.info, null, true);
  }
  const info: LockInfo = { pid: process.pid, host: os.hostname(), program, startedAt: new Date().toISOString() };
  let stale: LockInfo | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeExclusive(file, info);
      held.set(key, { count: 1, info });
      return handle(file, info, stale, false);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const current = readLock(file);
    const holder = lockHolder(file);
    if (holder) throw inUseError(file, holder, action);
    // Stale (dead pid on this host, an old pid of ours, or a crashed half-written file): take it over.
    stale = current === 'garbled' ? null : current;
    takeOver(file, current);
  }
  throw new AppError('IN_USE', `数据文件的锁 ${lockPath(file)} 反复被其他程序占用，请关闭其他落实程序后重试。`);
}

/**
 * The lock, only if nobody has any claim on the file: no lock file at all (not even a crashed
 * session's, whose identities walguard needs) and not held in this process. Null otherwise.
 * For a read-only visit (`check`) that wants no writer to open the file while it tidies up.
 */
export function lockIfUnused(file: string, program: string): Acquired | null {
  if (held.has(file)) return null;
  const info: LockInfo = { pid: process.pid, host: os.hostname(), program, startedAt: new Date().toISOString() };
  try {
    writeExclusive(file, info);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw e;
  }
  held.set(file, { count: 1, info });
  return handle(file, info, null, false);
}

function writeExclusive(file: string, info: LockInfo): void {
  const fd = fs.openSync(lockPath(file), 'wx', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(info));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Moves a stale lock away under a unique name: of two processes taking it over, only one rename
 * succeeds. If what was moved is not the stale lock judged (another process took over and wrote
 * its own meanwhile), it is linked back — never over a newer one — and the next attempt sees it.
 */
function takeOver(file: string, judged: LockInfo | 'garbled' | null): void {
  const aside = `${lockPath(file)}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(lockPath(file), aside);
  } catch {
    return; // someone else took it over first; the next attempt sees their lock
  }
  const moved = readLockAt(aside);
  if (JSON.stringify(moved) !== JSON.stringify(judged)) {
    try {
      fs.linkSync(aside, lockPath(file));
    } catch {
      /* a newer lock is already in place */
    }
  }
  fs.rmSync(aside, { force: true });
}

function handle(file: string, info: LockInfo, stale: LockInfo | null, reentrant: boolean): Acquired {
  let released = false;
  return {
    info,
    stale,
    reentrant,
    release() {
      if (released) return;
      released = true;
      const mine = held.get(file);
      if (!mine || --mine.count > 0) return;
      held.delete(file);
      const onDisk = readLock(file);
      if (onDisk && onDisk !== 'garbled' && onDisk.pid === process.pid) fs.rmSync(lockPath(file), { force: true });
    },
    update(ids) {
      Object.assign(info, ids);
      // Written through a temp file: a crash mid-write must not leave a garbled lock.
      const tmp = `${lockPath(file)}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
      fs.renameSync(tmp, lockPath(file));
    },
  };
}

/** `dev:ino` of a file or folder, or null if it does not exist. */
export function fileId(p: string): string | null {
  try {
    const st = fs.statSync(p, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}
