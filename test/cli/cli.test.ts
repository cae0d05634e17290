import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { cli } from './helpers';
import { openDataFile } from '../../electron/core/db/session';

describe('npm run cli', () => {
  it('demo generate makes the same realistic unit for the same seed, and members list prints stable JSON', async () => {
    const a = path.join(tmpDir(), 'a.db');
    const b = path.join(tmpDir(), 'b.db');
    const gen = await cli(['demo', 'generate', '--db', a, '--seed', '7', '--json']);
    expect(gen.code).toBe(0);
    expect(JSON.parse(gen.out)).toMatchObject({ seed: 7, year: 2022, unitName: '示例县人民政府党组' });
    await cli(['demo', 'generate', '--db', b, '--seed', '7']);
    const listA = await cli(['members', 'list', '--json', '--db', a]);
    const listB = await cli(['members', 'list', '--json', '--db', b]);
    expect(listA.out).toBe(listB.out);
    const members = JSON.parse(listA.out) as Record<string, unknown>[];
    expect(members.length).toBeGreaterThanOrEqual(7);
    expect(members.length).toBeLessThanOrEqual(9);
    expect(Object.keys(members[0]!)).toEqual(['id', 'name', 'title', 'partyRole', 'portfolio', 'branch', 'sortOrder', 'termStart', 'termEnd']);
    expect(members.filter((m) => m.partyRole === 'secretary')).toHaveLength(1);
    expect(members.every((m) => /^[\u4e00-\u9fa5]{2,3}$/.test(String(m.name)))).toBe(true);
  });

  it('demo generate refuses a file that already holds data', async () => {
    const db = path.join(tmpDir(), 'x.db');
    await cli(['demo', 'generate', '--db', db]);
    const again = await cli(['demo', 'generate', '--db', db]);
    expect(again.code).toBe(5);
    expect(again.err).toContain('已有成员或工作要点');
  });

  it('check exits 0 on a good file and non-zero with a Chinese message on a damaged one', async () => {
    const db = path.join(tmpDir(), 'ok.db');
    await cli(['demo', 'generate', '--db', db]);
    const good = await cli(['check', '--db', db, '--json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out)).toMatchObject({ ok: true, integrity: 'ok' });
    const bad = path.join(tmpDir(), 'bad.db');
    fs.writeFileSync(bad, 'garbage'.repeat(1000));
    const damaged = await cli(['check', '--db', bad]);
    expect(damaged.code).toBe(1);
    expect(damaged.out).toMatch(/损坏|不是数据库/);
    expect(fs.readFileSync(bad, 'utf8')).toBe('garbage'.repeat(1000));
  });

  it('check leaves the folder as it found it: no empty -wal/-shm beside a file it only read', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'luoshi.db');
    await cli(['demo', 'generate', '--db', db]);
    const before = fs.readdirSync(dir).sort();
    const bytes = fs.readFileSync(db);
    expect(before).not.toContain('luoshi.db-wal');
    expect((await cli(['check', '--db', db])).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.readFileSync(db).equals(bytes)).toBe(true);
  });

  it('check beside a running app leaves the app its -wal and lock', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'luoshi.db');
    await cli(['demo', 'generate', '--db', db]);
    const app = openDataFile(db, { program: '落实桌面版' });
    try {
      app.db.prepare("INSERT INTO settings (key, value) VALUES ('e2e_probe', '1')").run();
      const before = fs.readdirSync(dir).sort();
      expect(before).toContain('luoshi.db-wal');
      expect((await cli(['check', '--db', db])).code).toBe(0);
      expect(fs.readdirSync(dir).sort()).toEqual(before);
      expect(app.db.prepare("SELECT value FROM settings WHERE key = 'e2e_probe'").get()).toEqual({ value: '1' });
    } finally {
      app.close();
    }
  });

  it('unknown commands and missing values are usage errors (exit 2)', async () => {
    expect((await cli(['members', 'drop'])).code).toBe(2);
    expect((await cli(['demo', 'generate', '--db'])).code).toBe(2);
    expect((await cli(['demo', 'generate'])).err).toContain('--db');
  });
});
