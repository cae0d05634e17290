import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import tar, { type Extract } from 'tar-stream';
import { AppError } from '../../../shared/result';
import { backupErrors } from './errors';
import { freeBytes, readChunks } from './io';
import { encodeManifest, isAllowedPath, MANIFEST_PATH, MAX_ENTRY_BYTES, MAX_MANIFEST_BYTES, parseManifest, type Manifest } from './manifest';

// The container is a plain ustar archive: manifest.json first (so a reader can check sizes and
// versions before unpacking anything), then luoshi.db, then attachments/<xx>/<sha>.
// Any `tar` can open it; the reader below accepts only what the writer produces.

/** Written files whose fsync may still be running: bounded, so 5000 attachments never hold 5000 open files. */
const MAX_PENDING_SYNCS = 32;

/** Leave this much free on the disk after unpacking, so the app itself can still write. */
const SPACE_MARGIN = 64 * 2 ** 20;

/** A source file's bytes did not match the manifest's hash while packing (an attachment's name is its hash). */
export class DamagedSource extends Error {
  constructor(readonly path: string) {
    super(`文件 ${path} 的内容与校验值不符`);
  }
}

/**
 * Streams the archive. `sources` maps each manifest path to the local file holding it.
 * Each file is hashed as it is written, so a file whose bytes differ from the manifest (damage,
 * or a change since it was listed) throws DamagedSource instead of producing a container that
 * can never verify.
 */
export async function* packContainer(manifest: Manifest, sources: ReadonlyMap<string, string>, mtime: Date): AsyncGenerator<Uint8Array> {
  const pack = tar.pack();
  const writing = (async () => {
    await addEntry(pack, MANIFEST_PATH, encodeManifest(manifest), mtime);
    for (const f of manifest.files) {
      const src = sources.get(f.path);
      if (!src) throw new Error(`缺少 ${f.path} 的来源文件`);
      const hash = createHash('sha256');
      await addEntry(pack, f.path, readChunks(src), mtime, f.size, (c) => hash.update(c));
      if (hash.digest('hex') !== f.sha256) throw new DamagedSource(f.path);
    }
    pack.finalize();
  })();
  writing.catch((e: Error) => pack.destroy(e));
  for await (const chunk of pack) yield chunk as Buffer;
  await writing;
}

type Pack = ReturnType<typeof tar.pack>;
type Entry = Extract extends AsyncIterable<infer E> ? E : never;
type Sink = ReturnType<Pack['entry']>;

/** Waits for 'drain' (or 'close'), then removes both listeners so none pile up across chunks. */
const drained = (s: Sink) =>
  new Promise<void>((resolve) => {
    const done = () => {
      s.off('drain', done);
      s.off('close', done);
      resolve();
    };
    s.on('drain', done);
    s.on('close', done);
  });

/** Writes one entry honouring back-pressure; resolves once the pack has taken all of it. */
async function addEntry(pack: Pack, name: string, body: Buffer | AsyncIterable<Buffer>, mtime: Date, size?: number, onChunk?: (c: Buffer) => void): Promise<void> {
  const header = { name, type: 'file' as const, mode: 0o600, mtime, size: Buffer.isBuffer(body) ? body.length : size };
  if (Buffer.isBuffer(body)) {
    await new Promise<void>((resolve, reject) => pack.entry(header, body, (err) => (err ? reject(err) : resolve())));
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
    (async () => {
      for await (const chunk of body) {
        onChunk?.(chunk);
        if (!sink.write(chunk)) await drained(sink);
        if (sink.destroyed) throw new Error('打包已中止');
      }
      sink.end(undefined);
    })().catch((e: Error) => {
      sink.destroy(e);
      reject(e);
    });
  });
}

export interface ReadOptions {
  /** Folder to unpack into; only whitelisted relative paths are ever joined onto it. */
  destDir: string;
  /** Which entries go to disk; the rest are only hashed (verify needs the database, not the attachments). */
  write: (entryPath: string) => boolean;
  /** fsync each written file (restore: it will be renamed over the live data). */
  fsync?: boolean;
  /** Called once the manifest is read, before any other entry; may throw to refuse early. */
  onManifest?: (m: Manifest) => void;
  /** Called with plaintext bytes consumed so far. */
  onBytes?: (n: number) => void;
}

/**
 * Unpacks and checks a container stream: entry types, names, sizes, duplicates, hashes and
 * completeness against the manifest. Nothing outside `destDir` is ever written; a refused
 * container may leave partial files inside it, so callers use a fresh temp folder.
 */
export async function readContainer(source: AsyncIterable<Uint8Array>, opts: ReadOptions): Promise<Manifest> {
  await fsp.mkdir(opts.destDir, { recursive: true }); // also lets the free-space check stat the right disk
  const extract = tar.extract();
  let consumed = 0;
  const feeding = (async () => {
    try {
      for await (const chunk of source) {
        if (extract.destroyed) return;
        consumed += chunk.length;
        opts.onBytes?.(consumed);
        if (!extract.write(chunk)) await drained(extract as unknown as Sink);
      }
      extract.end(undefined);
    } catch (e) {
      extract.destroy(e as Error);
      throw e;
    }
  })();
  feeding.catch(() => undefined); // awaited below; this only keeps Node from calling it unhandled

  const state: EntryState = { manifest: null, seen: new Set(), syncing: [] };
  try {
    for await (const entry of extract) await readEntry(entry, state, opts);
    await feeding;
    await Promise.all(state.syncing);
  } catch (e) {
    await Promise.allSettled(state.syncing);
    extract.destroy();
    // A failure of the source (decryption) is the root cause even if tar noticed first.
    const sourceError = await feeding.then(() => null, (x: unknown) => x);
    throw asAppError(sourceError ?? e);
  }
  if (!state.manifest) throw backupErrors.noManifest();
  for (const f of state.manifest.files) if (!state.seen.has(f.path)) throw backupErrors.missing(f.path);
  return state.manifest;
}

interface EntryState {
  manifest: Manifest | null;
  seen: Set<string>;
  /** fsync+close of written files, left running while the next entries unpack (one fsync at a time would wait on the disk ~500 times). */
  syncing: Promise<void>[];
}

async function readEntry(entry: Entry, state: EntryState, opts: ReadOptions): Promise<void> {
  const { name, type, size = 0 } = entry.header;
  if (type !== 'file' && type !== 'contiguous-file') throw backupErrors.badEntryType(name, String(type));
  if (!isAllowedPath(name)) throw backupErrors.unsafePath(name);
  if (size > MAX_ENTRY_BYTES) throw backupErrors.tooLarge(name, size, MAX_ENTRY_BYTES);
  if (state.seen.has(name)) throw backupErrors.duplicate(name);
  state.seen.add(name);

  if (!state.manifest) {
    if (name !== MANIFEST_PATH) throw backupErrors.noManifest();
    if (size > MAX_MANIFEST_BYTES) throw backupErrors.tooLarge(name, size, MAX_MANIFEST_BYTES);
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    state.manifest = parseManifest(Buffer.concat(chunks));
    opts.onManifest?.(state.manifest);
    checkSpace(state.manifest, opts);
    return;
  }
  const listed = state.manifest.files.find((f) => f.path === name);
  if (!listed) throw backupErrors.notListed(name);
  if (listed.size !== size) throw backupErrors.sizeMismatch(name);

  const hash = createHash('sha256');
  const target = opts.write(name) ? path.join(opts.destDir, ...name.split('/')) : null;
  const fh = target ? await fsp.mkdir(path.dirname(target), { recursive: true }).then(() => fsp.open(target, 'wx', 0o600)) : null;
  try {
    for await (const c of entry) {
      hash.update(c as Buffer);
      if (fh) await fh.write(c as Buffer);
    }
  } catch (e) {
    await fh?.close();
    throw e;
  }
  if (fh) {
    const done = opts.fsync ? fh.sync().finally(() => fh.close()) : fh.close();
    done.catch(() => undefined); // awaited later; must not count as unhandled meanwhile
    state.syncing.push(done);
    if (state.syncing.length >= MAX_PENDING_SYNCS) await state.syncing.shift();
  }
  if (hash.digest('hex') !== listed.sha256) throw backupErrors.hashMismatch(name);
}

function checkSpace(m: Manifest, opts: ReadOptions): void {
  const need = m.files.filter((f) => opts.write(f.path)).reduce((n, f) => n + f.size, 0);
  const free = freeBytes(opts.destDir);
  if (need + SPACE_MARGIN > free) throw backupErrors.noSpace(need + SPACE_MARGIN, free);
}

function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/unexpected end/i.test(msg)) return backupErrors.structure('归档在中途结束');
  if (/invalid tar header|unknown format|invalid header/i.test(msg)) return backupErrors.structure('归档头无效');
  return backupErrors.structure(msg);
}
