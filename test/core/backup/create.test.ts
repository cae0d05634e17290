import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackup, verifyBackup } from '../../../electron/core/backup';
import { SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { APPLICATION_ID } from '../../../electron/core/db/open';
import { tmpDir } from '../../helpers/tmp';
import { ageDecrypt, dataState, expectRefused, LOW_WORK, PASS, populatedCore, sha, untar } from './fixtures';

describe('createBackup', () => {
  it('writes an age file holding manifest.json, luoshi.db and every attachment, and verifies it', async () => {
    const core = await populatedCore();
    const outFile = path.join(tmpDir(), '备份', '落实备份-2022-06-15.age');
    const progress: [number, string][] = [];
    const r = await createBackup(core.ctx, { outFile, passphrase: PASS, scryptWorkFactor: LOW_WORK, onProgress: (f, s) => progress.push([f, s]) });

    expect(r.file).toBe(outFile);
    expect(r.bytes).toBe(fs.statSync(outFile).size);
    expect(r.warnings).toEqual([]);
    const raw = fs.readFileSync(outFile);
    expect(raw.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(raw.toString('latin1')).toMatch(/\n-> scrypt \S+ 10\n/);

    const entries = await untar(await ageDecrypt(raw));
    const names = [...entries.keys()];
    expect(names[0]).toBe('manifest.json');
    expect(names[1]).toBe('luoshi.db');
    expect(names.slice(2).every((n) => /^attachments\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(n))).toBe(true);
    expect(names).toHaveLength(2 + 3);

    const manifest = JSON.parse(entries.get('manifest.json')!.toString());
    expect(manifest).toMatchObject({
      format: 'luoshi-backup',
      formatVersion: 1,
      appVersion: core.ctx.appVersion,
      schemaVersion: SCHEMA_VERSION,
      createdAt: '2022-06-15T08:00:00.000Z',
      unitName: '某某县人民政府党组',
    });
    expect(manifest.rowCounts).toMatchObject({ members: 3, records: 2, attachments: 3, unit: 1 });
    expect(manifest).toEqual(r.manifest);
    for (const f of manifest.files) {
      expect(entries.get(f.path)!.length).toBe(f.size);
      expect(sha(entries.get(f.path)!)).toBe(f.sha256);
    }
    // The database inside is a single self-contained file of ours, not a WAL fragment.
    const dbFile = path.join(tmpDir(), 'luoshi.db');
    fs.writeFileSync(dbFile, entries.get('luoshi.db')!);
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.prepare('SELECT name FROM members ORDER BY id').pluck().all()).toEqual(['张建国', '李明', '王芳']);
    db.close();

    // Progress: 0..1, never backwards, Chinese stage labels, ending at 1.
    const fractions = progress.map(([f]) => f);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]!))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(new Set(progress.map(([, s]) => s))).toContain('正在复制数据库');
    expect(progress.every(([, s]) => /[\u4e00-\u9fa5]/.test(s))).toBe(true);
  });

  it('records backup.create in the audit log and leaves no temporary files behind', async () => {
    const core = await populatedCore();
    const dir = tmpDir();
    const outFile = path.join(dir, 'b.age');
    await createBackup(core.ctx, { outFile, passphrase: PASS, scryptWorkFactor: LOW_WORK });
    const last = core.ctx.db.prepare('SELECT action, result, summary FROM audit_log ORDER BY id DESC LIMIT 1').get() as { action: string; result: string; summary: string };
    expect(last).toMatchObject({ action: 'backup.create', result: 'ok' });
    expect(last.summary).toContain('b.age');
    expect(fs.readdirSync(dir)).toEqual(['b.age']);
    expect(fs.readdirSync(core.ctx.dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('verifyBackup reports the manifest and the row counts, and never touches the live data', async () => {
    const core = await populatedCore();
    const outFile = path.join(tmpDir(), 'b.age');
    await createBackup(core.ctx, { outFile, passphrase: PASS, scryptWorkFactor: LOW_WORK });
    const before = dataState(core.ctx.db, core.ctx.dataDir);
    const dbBytes = sha(fs.readFileSync(core.ctx.dataFile));
    const v = await verifyBackup(outFile, PASS);
    expect(v.manifest.unitName).toBe('某某县人民政府党组');
    expect(v.counts).toMatchObject({ members: 3, records: 2, attachments: 3 });
    expect(v.counts).toEqual(v.manifest.rowCounts);
    expect(dataState(core.ctx.db, core.ctx.dataDir)).toEqual(before);
    expect(sha(fs.readFileSync(core.ctx.dataFile))).toBe(dbBytes);
  });

  it('replaces an existing file of the same name only with a verified backup', async () => {
    const core = await populatedCore();
    const outFile = path.join(tmpDir(), 'b.age');
    fs.writeFileSync(outFile, 'old');
    await createBackup(core.ctx, { outFile, passphrase: PASS, scryptWorkFactor: LOW_WORK });
    expect((await verifyBackup(outFile, PASS)).manifest.rowCounts.members).toBe(3);
  });

  it('leaves out a damaged attachment with a warning instead of writing a backup that cannot verify', async () => {
    const core = await populatedCore();
    const [rel] = Object.keys(dataState(core.ctx.db, core.ctx.dataDir).files);
    fs.appendFileSync(path.join(core.ctx.dataDir, 'attachments', rel!), 'bitrot');
    const outFile = path.join(tmpDir(), 'b.age');
    const r = await createBackup(core.ctx, { outFile, passphrase: PASS, scryptWorkFactor: LOW_WORK });
    expect(r.warnings.join()).toMatch(/已损坏/);
    expect(r.manifest.files).toHaveLength(1 + 2);
    await verifyBackup(outFile, PASS);
  });

  it('refuses an empty passphrase, and a folder it cannot write to, without leaving a file', async () => {
    const core = await populatedCore();
    const dir = tmpDir();
    await expect(createBackup(core.ctx, { outFile: path.join(dir, 'b.age'), passphrase: '' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    await expectRefused(createBackup(core.ctx, { outFile: path.join(blocker, 'b.age'), passphrase: PASS, scryptWorkFactor: LOW_WORK }), 'BAD_FILE', /未能写入/);
    expect(fs.readdirSync(dir)).toEqual(['not-a-folder']);
    const last = core.ctx.db.prepare('SELECT action, result FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ action: 'backup.create', result: 'failed' });
  });
});
