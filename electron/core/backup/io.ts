import { createHash, randomBytes, type Hash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

// Small file and stream helpers shared by backup, verify, restore and snapshots.

export type Progress = (fraction: number, stage: string) => void;

/** Maps a sub-task's 0..1 onto [from, to] of the overall bar. */
export const slice = (p: Progress | undefined, from: number, to: number): Progress => (f, stage) =>
  p?.(Math.min(to, from + (to - from) * Math.min(1, Math.max(0, f))), stage); // min: float error must not pass the next stage's start

/** UTC, sortable, safe in file names on every OS: 20220615-080000. */
export const fileStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/** Big reads: 1 MiB instead of the 64 KiB default cuts the syscalls and stream hops 16-fold. */
export const READ_CHUNK = 1024 * 1024;
export const readChunks = (file: string, start = 0) => fs.createReadStream(file, { start, highWaterMark: READ_CHUNK });

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of readChunks(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Passes chunks through unchanged, feeding each to `digest` on the way. */
export async function* hashing(chunks: AsyncIterable<Uint8Array>, digest: Hash): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    digest.update(c);
    yield c;
  }
}

/** A hidden temp name in the same folder, so the final rename stays on one filesystem (atomic). */
export const siblingTemp = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);

/** Writes in flight at once: the next chunk is packed and encrypted while the disk takes the last ones. */
const WRITES_IN_FLIGHT = 8;

/** Writes chunks to `file` (positional writes, several in flight) and fsyncs it before returning the byte count. */
export async function writeSynced(file: string, chunks: AsyncIterable<Uint8Array>, onBytes?: (n: number) => void): Promise<number> {
  const fh = await fsp.open(file, 'wx', 0o600);
  const inFlight: Promise<void>[] = [];
  const put = async (c: Uint8Array, at: number) => {
    const { bytesWritten } = await fh.write(c, 0, c.length, at);
    if (bytesWritten !== c.length) throw new Error(`只写入了 ${bytesWritten}/${c.length} 字节（磁盘可能已满）`);
  };
  let bytes = 0;
  try {
    for await (const c of chunks) {
      inFlight.push(put(c, bytes));
      bytes += c.length;
      if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
      onBytes?.(bytes);
    }
    await Promise.all(inFlight.splice(0));
    await fh.sync();
  } finally {
    await Promise.allSettled(inFlight); // never close under a pending write
    await fh.close();
  }
  return bytes;
}

/** Makes renames and new entries in a folder durable. Windows cannot open folders; NTFS journals the rename anyway. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies a file through a temp sibling and renames it into place, so `target` is never half-written. */
export function copyFileAtomic(from: string, target: string): void {
  const tmp = siblingTemp(target);
  fs.copyFileSync(from, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
}

/** Best-effort cleanup: never hides the error that made us clean up (e.g. ENOTDIR for a path under a file). */
export function rmQuiet(p: string): void {
  try {
    fs.rmSync(p, { recursive: true, force: true });
  } catch {
    /* nothing there to remove, or nothing we can do */
  }
}

/** Bytes free for this user on the disk holding `dir`; Infinity where the OS will not say. */
export function freeBytes(dir: string): number {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
