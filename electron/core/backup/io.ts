import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

// Small file and stream helpers shared by backup, verify, restore and snapshots.

export type Progress = (fraction: number, stage: string) => void;

/** Maps a sub-task's 0..1 onto [from, to] of the overall bar. */
export const slice = (p: Progress | undefined, from: number, to: number): Progress => (f, stage) =>
  p?.(from + (to - from) * Math.min(1, Math.max(0, f)), stage);

/** UTC, sortable, safe in file names on every OS: 20220615-080000. */
export const fileStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/** Pull-based, so the producer only runs as fast as age encrypts and the disk takes it. */
export function toWebStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await it.next();
      if (r.done) controller.close();
      else controller.enqueue(r.value);
    },
    async cancel(reason) {
      await it.return?.(reason);
    },
  });
}

/** Reads a web stream chunk by chunk; `mapError` lets callers turn library errors into Chinese ones. */
export async function* fromWebStream(s: ReadableStream<Uint8Array>, mapError: (e: unknown) => unknown = (e) => e): AsyncGenerator<Uint8Array> {
  const reader = s.getReader();
  try {
    for (;;) {
      let r: Awaited<ReturnType<typeof reader.read>>;
      try {
        r = await reader.read();
      } catch (e) {
        throw mapError(e);
      }
      if (r.done) return;
      yield r.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** A hidden temp name in the same folder, so the final rename stays on one filesystem (atomic). */
export const siblingTemp = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);

/** Writes chunks to `file` and fsyncs it before returning the byte count. */
export async function writeSynced(file: string, chunks: AsyncIterable<Uint8Array>, onBytes?: (n: number) => void): Promise<number> {
  const fh = await fsp.open(file, 'wx', 0o600);
  let bytes = 0;
  try {
    for await (const c of chunks) {
      await fh.write(c);
      bytes += c.length;
      onBytes?.(bytes);
    }
    await fh.sync();
  } finally {
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

export const rmQuiet = (p: string) => fs.rmSync(p, { recursive: true, force: true });

/** Bytes free for this user on the disk holding `dir`; Infinity where the OS will not say. */
export function freeBytes(dir: string): number {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
