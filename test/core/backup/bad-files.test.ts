import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup, verifyBackup } from '../../../electron/core/backup';
import { createCore, type Core } from '../../../electron/core';
import { SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { FIXED_NOW, tmpCore, tmpDir } from '../../helpers/tmp';
import { ageDecrypt, ageEncrypt, dataState, expectRefused, LOW_WORK, makeTar, PASS, sha, untar, ustarHeader, writeTemp, type TarEntry } from './fixtures';

// One good backup, taken apart and forged in every way a file can be wrong. Each bad file must
// be refused by verifyBackup AND by restoreBackup with its own Chinese message, and the
// restore must not close the live database nor change a byte of the data folder.

let home: string;
let good: Buffer;
let parts: Map<string, Buffer>;
let manifest: { files: { path: string; size: number; sha256: string }[]; rowCounts: Record<string, number>; schemaVersion: number };

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bad-'));
  const core = createCore({ dataFile: path.join(home, 'data', 'luoshi.db'), now: FIXED_NOW, operator: 'tester' });
  await core.dispatch('members.create', { name: '张建国', partyRole: 'secretary' });
  const h = sha('附件');
  fs.mkdirSync(path.join(home, 'data', 'attachments', h.slice(0, 2)), { recursive: true });
  fs.writeFileSync(path.join(home, 'data', 'attachments', h.slice(0, 2), h), '附件');
  const out = path.join(home, 'good.age');
  await createBackup(core.ctx, { outFile: out, passphrase: PASS, scryptWorkFactor: LOW_WORK });
  core.close();
  good = fs.readFileSync(out);
  parts = await untar(await ageDecrypt(good));
  manifest = JSON.parse(parts.get('manifest.json')!.toString());
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

/** Header length: up to and including the MAC line. */
const headerEnd = () => good.indexOf('\n', good.indexOf('\n--- ') + 1) + 1;
const flip = (b: Buffer, at: number, bit = 0) => {
  const c = Buffer.from(b);
  c[at]! ^= 1 << bit;
  return c;
};

/** A container built from (possibly altered) parts of the good one, with a manifest that matches them unless told otherwise. */
async function forge(o: { db?: (file: string) => void; manifest?: (m: typeof manifest) => void; entries?: (e: TarEntry[]) => TarEntry[] } = {}): Promise<Buffer> {
  let dbBytes = parts.get('luoshi.db')!;
  if (o.db) {
    const f = path.join(tmpDir(), 'luoshi.db');
    fs.writeFileSync(f, dbBytes);
    o.db(f);
    dbBytes = fs.readFileSync(f);
  }
  const m = structuredClone(manifest);
  const dbEntry = m.files.find((f) => f.path === 'luoshi.db')!;
  Object.assign(dbEntry, { size: dbBytes.length, sha256: sha(dbBytes) });
  o.manifest?.(m);
  let entries: TarEntry[] = [{ name: 'manifest.json', body: JSON.stringify(m) }, { name: 'luoshi.db', body: dbBytes }];
  for (const f of manifest.files) if (f.path !== 'luoshi.db') entries.push({ name: f.path, body: parts.get(f.path)! });
  if (o.entries) entries = o.entries(entries);
  return ageEncrypt(await makeTar(entries));
}

const pragma = (sql: string) => (file: string) => {
  const db = new Database(file);
  db.pragma(sql);
  db.close();
};

/** Replaces one byte with `to`, or with another valid base64 character. */
const setByte = (b: Buffer, at: number, to?: string) => {
  const c = Buffer.from(b);
  c[at] = (to ?? (c[at] === 0x41 ? 'B' : 'A')).charCodeAt(0);
  return c;
};

/** Manifest lines for `n` attachments of 4 GiB each that are not in the container. */
const fakeAttachments = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const h = sha(`fake ${i}`);
    return { path: `attachments/${h.slice(0, 2)}/${h}`, size: 4 * 2 ** 30, sha256: h };
  });

/** A tar without its two zero end blocks, so more (forged) entries can follow. */
const withoutEnd = (t: Buffer) => t.subarray(0, t.length - 1024);

type Case = [label: string, make: () => Buffer | Promise<Buffer>, code: string, message: RegExp, passphrase?: string];

const cases: Case[] = [
  ['a wrong passphrase', () => good, 'UNAUTHORIZED', /口令不正确/, '错误的口令'],
  ['an empty file', () => Buffer.alloc(0), 'BAD_FILE', /空的/],
  ['a file truncated inside the header', () => good.subarray(0, 30), 'BAD_FILE', /文件头已损坏或不完整/],
  ['a file truncated right after the header', () => good.subarray(0, headerEnd() + 5), 'BAD_FILE', /文件头已损坏或不完整|内容已损坏/],
  ['a file truncated in the first chunk', () => good.subarray(0, headerEnd() + 16 + 1000), 'BAD_FILE', /内容已损坏、被截断/],
  ['a file truncated exactly at a 64 KiB chunk boundary', () => good.subarray(0, headerEnd() + 16 + 65536 + 16), 'BAD_FILE', /内容已损坏、被截断/],
  ['a file missing its last byte', () => good.subarray(0, good.length - 1), 'BAD_FILE', /内容已损坏、被截断/],
  ['a flipped bit in the header MAC', () => flip(good, headerEnd() - 5), 'BAD_FILE', /文件头已损坏/],
  ['a changed scrypt salt (still valid base64)', () => setByte(good, good.indexOf('-> scrypt ') + 10), 'UNAUTHORIZED', /口令不正确.*文件头已损坏/],
  ['a scrypt salt that is no longer base64', () => setByte(good, good.indexOf('-> scrypt ') + 10, '*'), 'BAD_FILE', /文件头已损坏/],
  ['a flipped bit in the payload nonce', () => flip(good, headerEnd() + 3), 'BAD_FILE', /内容已损坏/],
  ['a flipped bit in the first chunk', () => flip(good, headerEnd() + 16 + 700, 5), 'BAD_FILE', /内容已损坏/],
  ['a flipped bit in the last byte', () => flip(good, good.length - 1, 7), 'BAD_FILE', /内容已损坏/],
  ['trailing garbage', () => Buffer.concat([good, Buffer.from('garbage')]), 'BAD_FILE', /内容已损坏/],
  ['a plain SQLite file', () => fs.readFileSync(path.join(home, 'data', 'luoshi.db')), 'BAD_FILE', /SQLite 数据库文件/],
  ['a zip file', () => Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), Buffer.alloc(100)]), 'BAD_FILE', /ZIP/],
  ['a text file', () => Buffer.from('这是一份会议记录。\nMeeting notes.\n'), 'BAD_FILE', /文本文件/],
  ['an unencrypted snapshot tar', () => makeTar([{ name: 'manifest.json', body: '{}' }]), 'BAD_FILE', /未加密的快照/],
  ['an ASCII-armored age file', () => Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n'), 'BAD_FILE', /ASCII/],
  ['random bytes', () => Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 131 + 7) % 256)), 'BAD_FILE', /无法识别/],
  ['an age file holding no tar at all', () => ageEncrypt(Buffer.from('just some text')), 'BAD_FILE', /内部结构不正确/],
  ['an age file holding an empty tar', () => ageEncrypt(Buffer.alloc(1024)), 'BAD_FILE', /缺少清单/],
  ['an age file with no manifest', () => forge({ entries: (e) => e.slice(1) }), 'BAD_FILE', /缺少清单/],
  ['a manifest that is not JSON', () => forge({ entries: (e) => [{ name: 'manifest.json', body: '{not json' }, ...e.slice(1)] }), 'BAD_FILE', /不是有效的 JSON/],
  ['a manifest of another format', () => forge({ manifest: (m) => Object.assign(m, { format: 'other' }) }), 'BAD_FILE', /清单.*格式不正确/],
  ['a manifest of a newer format version', () => forge({ manifest: (m) => Object.assign(m, { formatVersion: 2 }) }), 'DB_NEWER', /更新版本/],
  ['a manifest whose database hash does not match', () => forge({ manifest: (m) => (m.files[0]!.sha256 = sha('other')) }), 'BAD_FILE', /luoshi\.db.*校验值与清单不符/],
  ['an attachment whose content does not match', () => forge({ entries: (e) => e.map((x, i) => (i === 2 ? { ...x, body: '篡改' } : x)) }), 'BAD_FILE', /大小与清单不符|校验值与清单不符/],
  ['a listed file missing from the container', () => forge({ entries: (e) => e.slice(0, 2) }), 'BAD_FILE', /找不到/],
  ['a file not in the manifest', () => forge({ entries: (e) => [...e, { name: `attachments/ab/ab${'0'.repeat(62)}`, body: 'x' }] }), 'BAD_FILE', /不在清单中/],
  ['a duplicated entry', () => forge({ entries: (e) => [...e, e[1]!] }), 'BAD_FILE', /出现了两次/],
  ['row counts that differ from the manifest', () => forge({ manifest: (m) => (m.rowCounts.members = 99) }), 'BAD_FILE', /记录数与清单不符/],
  ['a database of a newer schema', () => forge({ db: pragma(`user_version = ${SCHEMA_VERSION + 1}`), manifest: (m) => (m.schemaVersion = SCHEMA_VERSION + 1) }), 'DB_NEWER', /更新版本/],
  ['a newer database behind an old manifest', () => forge({ db: pragma(`user_version = ${SCHEMA_VERSION + 1}`) }), 'DB_NEWER', /更新版本/],
  ['a database of another application', () => forge({ db: pragma('application_id = 1234') }), 'DB_FOREIGN', /不是落实的数据/],
  ['a damaged database', () => forge({ db: (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 9)])) }), 'DB_CORRUPT', /已损坏/],
  ['a tar header declaring 5 GiB', async () => ageEncrypt(Buffer.concat([withoutEnd(await makeTar([{ name: 'manifest.json', body: parts.get('manifest.json')! }])), ustarHeader('luoshi.db', 5 * 2 ** 30)])), 'BAD_FILE', /超过上限/],
  ['a tar header declaring 1 TiB (base-256)', async () => ageEncrypt(Buffer.concat([ustarHeader('manifest.json', 2 ** 40)])), 'BAD_FILE', /超过上限/],
  ['a manifest declaring a 5 GiB attachment', () => forge({ manifest: (m) => (m.files[1]!.size = 5 * 2 ** 30) }), 'BAD_FILE', /超过上限/],
  ['a manifest adding up to more than 256 GiB', () => forge({ manifest: (m) => m.files.push(...fakeAttachments(70)) }), 'BAD_FILE', /全部内容.*超过上限/],
  ['a 100 MiB manifest', async () => ageEncrypt(ustarHeader('manifest.json', 100 * 2 ** 20)), 'BAD_FILE', /超过上限/],
  ['a "../" path', () => forge({ entries: (e) => [e[0]!, { name: '../evil.txt', body: 'x' }, ...e.slice(1)] }), 'BAD_FILE', /不允许的路径/],
  ['a path climbing out of attachments/', () => forge({ entries: (e) => [e[0]!, { name: 'attachments/../../evil', body: 'x' }, ...e.slice(1)] }), 'BAD_FILE', /不允许的路径/],
  ['an absolute path', () => forge({ entries: (e) => [e[0]!, { name: '/tmp/luoshi-evil', body: 'x' }, ...e.slice(1)] }), 'BAD_FILE', /不允许的路径/],
  ['a Windows path', () => forge({ entries: (e) => [e[0]!, { name: 'C:\\Windows\\evil', body: 'x' }, ...e.slice(1)] }), 'BAD_FILE', /不允许的路径/],
  ['a manifest listing an escaping path', () => forge({ manifest: (m) => m.files.push({ path: '../x', size: 1, sha256: sha('x') }) }), 'BAD_FILE', /不允许的路径/],
  ['a symlink entry', () => forge({ entries: (e) => [e[0]!, { name: 'luoshi.db', type: 'symlink', linkname: '/etc/passwd' }, ...e.slice(2)] }), 'BAD_FILE', /不允许的条目类型（symlink）/],
  ['a hard link entry', () => forge({ entries: (e) => [e[0]!, { name: 'luoshi.db', type: 'link', linkname: '../../outside' }, ...e.slice(2)] }), 'BAD_FILE', /不允许的条目类型（link）/],
  ['a directory entry', () => forge({ entries: (e) => [e[0]!, { name: 'attachments/', type: 'directory' }, ...e.slice(1)] }), 'BAD_FILE', /不允许的条目类型（directory）/],
];

describe('bad backup files', () => {
  it('the untouched backup verifies (control)', async () => {
    expect((await verifyBackup(writeTemp(good), PASS)).counts.members).toBe(1);
    expect((await verifyBackup(writeTemp(await forge()), PASS)).counts.members).toBe(1);
  });

  it.each(cases)('refuses %s with its own message, writing nothing', async (_label, make, code, message, passphrase = PASS) => {
    const file = writeTemp(await make());
    const fileBefore = sha(fs.readFileSync(file));
    await expectRefused(verifyBackup(file, passphrase), code, message);

    const core = tmpCore();
    const dataDirBefore = fs.readdirSync(core.ctx.dataDir).sort();
    const before = dataState(core.ctx.db, core.ctx.dataDir);
    let closed = false;
    await expectRefused(
      restoreBackup(core.ctx, file, passphrase, {
        live: {
          close: () => {
            closed = true;
          },
          reopen: () => core.ctx,
        },
      }),
      code,
      message,
    );
    expect(closed).toBe(false);
    expect(dataState(core.ctx.db, core.ctx.dataDir)).toEqual(before);
    expect(fs.readdirSync(core.ctx.dataDir).sort()).toEqual(dataDirBefore);
    expect(sha(fs.readFileSync(file))).toBe(fileBefore);
    expect(fs.existsSync('/tmp/luoshi-evil')).toBe(false);
    expect(fs.existsSync(path.join(path.dirname(core.ctx.dataDir), 'evil.txt'))).toBe(false);
  });

  it('refuses a flipped bit anywhere in the file (sampled), each time with a message saying nothing changed', async () => {
    const step = Math.max(1, Math.floor(good.length / 97));
    for (let at = 0; at < good.length; at += step) {
      const e = await verifyBackup(writeTemp(flip(good, at, at % 8)), PASS).then(
        () => null,
        (x: { code: string; message: string }) => x,
      );
      expect(e, `bit flipped at byte ${at}`).not.toBeNull();
      expect(['BAD_FILE', 'UNAUTHORIZED']).toContain(e!.code);
      expect(e!.message).toMatch(/未做任何改动/);
    }
  });

  // 50 × 4 GiB = 200 GiB: within the format's cap, beyond this disk (skipped on a disk that big).
  it.skipIf(fs.statfsSync(os.tmpdir()).bavail * fs.statfsSync(os.tmpdir()).bsize > 150 * 2 ** 30)(
    'refuses to restore a backup larger than the free disk space, before unpacking it',
    async () => {
      const file = writeTemp(await forge({ manifest: (m) => m.files.push(...fakeAttachments(50)) }));
      const core = tmpCore();
      const before = dataState(core.ctx.db, core.ctx.dataDir);
      const live = { close: () => expect.unreachable('must not close'), reopen: () => core.ctx };
      await expectRefused(restoreBackup(core.ctx, file, PASS, { live }), 'BAD_FILE', /空间/);
      expect(dataState(core.ctx.db, core.ctx.dataDir)).toEqual(before);
    },
  );

  it('refuses a file that does not exist', async () => {
    await expectRefused(verifyBackup(path.join(tmpDir(), 'missing.age'), PASS), 'BAD_FILE', /找不到备份文件/);
  });
});
