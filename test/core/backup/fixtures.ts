import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import tar from 'tar-stream';
import { expect } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import type { CoreContext } from '../../../electron/core/context';
import { AppError } from '../../../shared/result';
import { call, FIXED_NOW, tmpCore, tmpDir } from '../../helpers/tmp';

/** Tests only: scrypt at 2^10 instead of 2^18, so each encrypt/decrypt takes milliseconds. */
export const LOW_WORK = 10;
export const PASS = '青山-绿水-2022';

export const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
export const shaFile = (f: string) => sha(fs.readFileSync(f));

/** Writes a content-addressed attachment file and its row, as the attachments service will. */
export function addAttachment(ctx: CoreContext, recordId: number, name: string, content: Buffer): string {
  const h = sha(content);
  const file = path.join(ctx.dataDir, 'attachments', h.slice(0, 2), h);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  ctx.db
    .prepare("INSERT INTO attachments (owner_type, owner_id, sha256, name, size, mime, created_at) VALUES ('record', ?, ?, ?, ?, 'application/pdf', ?)")
    .run(recordId, h, name, content.length, FIXED_NOW().toISOString());
  return h;
}

/** A data folder with members (through dispatch, so the audit log fills too), records and attachments. */
export async function populatedCore(): Promise<Core> {
  const core = tmpCore();
  const { ctx } = core;
  await call(core, 'unit.update', { name: '某某县人民政府党组', shortName: '县政府党组' });
  await call(core, 'members.create', { name: '张建国', title: '县长', partyRole: 'secretary' });
  await call(core, 'members.create', { name: '李明', title: '副县长', partyRole: 'deputy' });
  await call(core, 'members.create', { name: '王芳', title: '副县长' });
  const insert = ctx.db.prepare("INSERT INTO records (kind, title, date, data, created_at, updated_at) VALUES (?, ?, ?, '{}', ?, ?)");
  const at = FIXED_NOW().toISOString();
  const r1 = Number(insert.run('study', '理论学习中心组第一次集体学习', '2022-03-05', at, at).lastInsertRowid);
  const r2 = Number(insert.run('talk', '谈心谈话记录', '2022-04-01', at, at).lastInsertRowid);
  addAttachment(ctx, r1, '学习记录.pdf', Buffer.from('%PDF-1.4 学习记录 '.repeat(2000)));
  addAttachment(ctx, r2, '谈话.pdf', Buffer.from('%PDF-1.4 谈话 '));
  addAttachment(ctx, r2, '照片.jpg', Buffer.alloc(150_000, 7)); // more than two 64 KiB age chunks
  return core;
}

/** Everything that must survive a round trip: every row of every table, and every file under attachments/. */
export function dataState(db: CoreContext['db'], dataDir: string) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  // WITHOUT ROWID tables (the FTS5 search index's shadow tables) have no rowid to order by: sort their rows as text.
  const noRowid = (t: string) => /WITHOUT\s+ROWID/i.test(String(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t) ?? ''));
  const read = (t: string) =>
    noRowid(t) ? db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(r)).sort() : db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all();
  const rows = Object.fromEntries(tables.map((t) => [t, read(t)]));
  return { rows, files: fileTree(path.join(dataDir, 'attachments')) };
}

/** Relative path → sha256 of every file below `dir` (empty if it does not exist). */
export function fileTree(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const p = path.join(e.parentPath, e.name);
      out[path.relative(dir, p).split(path.sep).join('/')] = shaFile(p);
    }
  }
  return out;
}

export interface TarEntry {
  name: string;
  body?: Buffer | string;
  type?: 'file' | 'symlink' | 'link' | 'directory';
  linkname?: string;
}

/** A tar written without any of our checks, to forge hostile containers. */
export async function makeTar(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer);
  })();
  for (const e of entries) {
    const body = e.body === undefined ? Buffer.alloc(0) : Buffer.from(e.body);
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name: e.name, type: e.type ?? 'file', linkname: e.linkname, mode: 0o600 }, e.type && e.type !== 'file' ? '' : body, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A raw ustar header claiming `size` bytes (octal, or base-256 beyond 8 GiB) followed by no data. */
export function ustarHeader(name: string, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 'utf8');
  h.write('0000600\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  if (size < 8 * 2 ** 30) h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  else {
    h[124] = 0x80;
    h.writeBigUInt64BE(BigInt(size), 128);
  }
  h.write('00000000000\0', 136);
  h.write('        ', 148);
  h.write('0', 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

export async function ageEncrypt(plain: Buffer, passphrase = PASS): Promise<Buffer> {
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  e.setScryptWorkFactor(LOW_WORK);
  return Buffer.from(await e.encrypt(plain));
}

/** Writes bytes to a fresh temp file and returns its path. */
export function writeTemp(bytes: Buffer, name = 'backup.age'): string {
  const f = path.join(tmpDir('luoshi-bk-'), name);
  fs.writeFileSync(f, bytes);
  return f;
}

/** Expects an AppError with this code and a message matching `re`, and returns it. */
export async function expectRefused(p: Promise<unknown>, code: string, re: RegExp): Promise<AppError> {
  const e = await p.then(
    () => {
      throw new Error('expected the file to be refused');
    },
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect({ code: (e as AppError).code, message: (e as AppError).message }).toMatchObject({ code, message: expect.stringMatching(re) });
  expect((e as AppError).message).toMatch(/未做任何改动|未被覆盖/);
  return e as AppError;
}

/** Opens the same data file again, as the app does after a restore; closed at the end of the test by `track`. */
export function reopenCore(dataFile: string, track: Core[]): Core {
  const c = createCore({ dataFile, now: FIXED_NOW, operator: 'tester' });
  track.push(c);
  return c;
}

export async function ageDecrypt(cipher: Buffer, passphrase = PASS): Promise<Buffer> {
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  return Buffer.from(await d.decrypt(cipher));
}

/** Reads a tar with tar-stream directly (independent of the code under test): name → body, in order. */
export async function untar(buf: Buffer): Promise<Map<string, Buffer>> {
  const ex = tar.extract();
  const out = new Map<string, Buffer>();
  const reading = (async () => {
    for await (const entry of ex) {
      const chunks: Buffer[] = [];
      for await (const c of entry) chunks.push(c as Buffer);
      out.set(entry.header.name, Buffer.concat(chunks));
    }
  })();
  ex.end(buf);
  await reading;
  return out;
}
