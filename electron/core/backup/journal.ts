import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileId } from '../db/lock';
import { fsyncDir, rmQuiet } from './io';

// The restore journal, `<file>-restore`: a restore's renames, written and fsynced before the
// first one. Every path is relative to the data folder. Whoever opens the data file next
// (app, browser host or CLI: the common open path, session.ts) finds it and either finishes
// the renames (the staged data is all there) or undoes the completed ones, so the database
// and its attachments are always both old or both new. Nothing else reads it.

export interface RestoreJournal {
  v: 1;
  startedAt: string;
  /** Staging folder of this restore (removed once done). */
  staging: string;
  /** Folders to create before the moves and to remove (if empty) when undoing. */
  dirs: string[];
  /** Renames, in order: [from, to]. */
  moves: [string, string][];
  /** `dev:ino` of each move's source when the journal was written: a rename keeps it, so it says exactly where each item is now. */
  ids: string[];
}

export const journalPath = (dataFile: string) => `${dataFile}-restore`;

/** Leftovers of an interrupted restore, backup or verify inside the data folder. */
const STAGING = /^\.luoshi-(restore|work|verify)-/;

/** Tests only: called around every rename (n counts from 1), so a child process can SIGKILL itself there. */
export const moveHooks: { before?: (n: number) => void; after?: (n: number) => void } = {};

export function writeJournal(dataFile: string, j: RestoreJournal): void {
  const file = journalPath(dataFile);
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(j));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(file));
}

export function readJournal(dataFile: string): RestoreJournal | null {
  try {
    const j = JSON.parse(fs.readFileSync(journalPath(dataFile), 'utf8')) as RestoreJournal;
    return j.v === 1 && Array.isArray(j.moves) && Array.isArray(j.ids) && j.ids.length === j.moves.length ? j : null;
  } catch {
    return null;
  }
}

export function removeJournal(dataFile: string): void {
  fs.rmSync(journalPath(dataFile), { force: true });
  fs.rmSync(`${journalPath(dataFile)}.tmp`, { force: true });
  fsyncDir(path.dirname(dataFile));
}

const abs = (dataDir: string, rel: string) => path.join(dataDir, ...rel.split('/'));

/** The identities to record, taken just before the journal is written. */
export const idsOf = (dataDir: string, moves: [string, string][]) => moves.map(([from]) => fileId(abs(dataDir, from)) ?? '');

/** Move i is done when its target is the very item (same inode) that was its source. */
const isDone = (dataDir: string, j: RestoreJournal, i: number) => fileId(abs(dataDir, j.moves[i]![1])) === j.ids[i];
const isPending = (dataDir: string, j: RestoreJournal, i: number) => fileId(abs(dataDir, j.moves[i]![0])) === j.ids[i];

/**
 * How many moves are done (they run in order, so the done ones are a prefix). Judged by inode,
 * not by name: a path can be the source of one move and the target of another — luoshi.db is
 * moved out, then the new one in — and a name alone cannot tell the old file from the new one.
 */
export function movesDone(dataDir: string, j: RestoreJournal): number {
  for (let i = j.moves.length - 1; i >= 0; i--) if (isDone(dataDir, j, i)) return i + 1;
  return 0;
}

function rename(dataDir: string, from: string, to: string): void {
  const a = abs(dataDir, from);
  const b = abs(dataDir, to);
  fs.renameSync(a, b);
  fsyncDir(path.dirname(b));
  if (path.dirname(a) !== path.dirname(b)) fsyncDir(path.dirname(a));
}

/** Performs moves[from..], in order. Throws on the first failure; the journal says how far it got. */
export function runMoves(dataDir: string, j: RestoreJournal, start = 0, onDone?: (count: number) => void): void {
  for (const d of j.dirs) fs.mkdirSync(abs(dataDir, d), { recursive: true });
  for (let i = start; i < j.moves.length; i++) {
    const [from, to] = j.moves[i]!;
    moveHooks.before?.(i + 1);
    rename(dataDir, from, to);
    moveHooks.after?.(i + 1);
    onDone?.(i + 1);
  }
}

/** Undoes the first `done` moves, last first, and removes the folders the restore created. */
export function undoMoves(dataDir: string, j: RestoreJournal, done: number): void {
  for (let i = done - 1; i >= 0; i--) {
    const [from, to] = j.moves[i]!;
    if (!isDone(dataDir, j, i)) continue;
    fs.mkdirSync(path.dirname(abs(dataDir, from)), { recursive: true }); // the staging folder may be gone; what is undone here leaves it again below
    rename(dataDir, to, from);
  }
  for (const d of [...j.dirs].reverse()) {
    try {
      fs.rmdirSync(abs(dataDir, d)); // only if empty: never removes data
    } catch {
      /* not empty or already gone */
    }
  }
}

/**
 * Finishes or undoes a restore that was interrupted (killed, power cut) and removes leftover
 * staging folders. Call with the data file's lock held and nothing open. Returns a notice in
 * Chinese when there was something to do.
 */
export function recoverInterruptedRestore(dataFile: string): string | null {
  const dataDir = path.dirname(dataFile);
  const j = readJournal(dataFile);
  let notice: string | null = null;
  if (j) {
    const done = movesDone(dataDir, j);
    // Forward only if every remaining source is still there (the staged data is whole).
    const canFinish = j.moves.every((_, i) => i < done || isPending(dataDir, j, i));
    if (canFinish) {
      runMoves(dataDir, j, done);
      notice = `上次从备份恢复数据时程序被中断（${j.startedAt}）。已按记录完成恢复：数据库与附件均为备份中的数据，原有数据保存在 snapshots 文件夹中。`;
    } else {
      undoMoves(dataDir, j, done);
      notice = `上次从备份恢复数据时程序被中断（${j.startedAt}），且恢复用的临时文件已不完整。已撤销这次恢复：数据库与附件保持恢复前的原样。`;
    }
    removeJournal(dataFile);
  }
  removeStaging(dataDir);
  return notice;
}

/** Staging folders in use by this process (a restore reopening the file must not sweep its own). */
const active = new Set<string>();

/** Creates a staging folder in `parent` that the sweep below leaves alone until `done` is called. */
export async function stagingDir(parent: string, prefix: string): Promise<{ dir: string; done: () => void }> {
  const dir = path.resolve(await fsp.mkdtemp(path.join(parent, prefix)));
  active.add(dir);
  return {
    dir,
    done: () => {
      active.delete(dir);
      rmQuiet(dir);
    },
  };
}

/** Removes `.luoshi-restore-*`, `.luoshi-work-*` and `.luoshi-verify-*` folders left in the data folder by a killed process. */
export function removeStaging(dataDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return;
  }
  for (const n of names) {
    const p = path.resolve(dataDir, n);
    if (STAGING.test(n) && !active.has(p)) rmQuiet(p);
  }
}
