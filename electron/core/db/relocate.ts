import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What belongs to the data (not Chromium's profile, which shares the roaming folder). */
const DATA_DIRS = ['attachments', 'snapshots'];
const DB = 'luoshi.db';

export interface Relocation {
  from: string;
  to: string;
  /** The old database, renamed in place: the snapshot kept in case anything went wrong. */
  snapshot: string;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Moves the data once from the old folder (Windows' roaming profile) to the new one, before the
 * database is opened. The database is copied last under a temporary name, checked byte for byte
 * and renamed, so luoshi.db in the new folder means the move is complete; the old database is then
 * renamed to luoshi.db.moved-<time>.bak, a snapshot that also stops a second move. Returns null
 * when there is nothing to move (no old database, or the new folder already has one).
 */
export function relocateDataFolder(from: string, to: string, now = new Date()): Relocation | null {
  const oldDb = path.join(from, DB);
  const newDb = path.join(to, DB);
  if (path.resolve(from) === path.resolve(to) || !fs.existsSync(oldDb) || fs.existsSync(newDb)) return null;
  fs.mkdirSync(to, { recursive: true });
  for (const dir of DATA_DIRS) {
    if (fs.existsSync(path.join(from, dir))) fs.cpSync(path.join(from, dir), path.join(to, dir), { recursive: true, force: false });
  }
  // The -wal of a database that was not closed cleanly holds committed data: it moves with it.
  const wal = fs.existsSync(`${oldDb}-wal`);
  const partial = `${newDb}.moving`;
  if (wal) fs.copyFileSync(`${oldDb}-wal`, `${partial}-wal`);
  fs.copyFileSync(oldDb, partial);
  if (sha256(partial) !== sha256(oldDb)) {
    fs.rmSync(partial, { force: true });
    throw new Error(`数据文件从 ${from} 复制到 ${to} 时内容不一致，已停止移动；原数据文件没有改动。`);
  }
  if (wal) fs.renameSync(`${partial}-wal`, `${newDb}-wal`);
  fs.renameSync(partial, newDb);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const snapshot = path.join(from, `${DB}.moved-${stamp}.bak`);
  if (wal) fs.renameSync(`${oldDb}-wal`, `${snapshot}-wal`);
  fs.rmSync(`${oldDb}-shm`, { force: true });
  fs.rmSync(`${oldDb}-seal`, { force: true });
  fs.renameSync(oldDb, snapshot);
  return { from, to, snapshot };
}
