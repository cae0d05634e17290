import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { Migration } from '../../electron/core/db/migrations/types';
import { tmpDir } from '../helpers/tmp';

const withMember = (file: string) => {
  const made = openDatabase(file);
  made.db.prepare("INSERT INTO members (name, created_at, updated_at) VALUES ('张三', 'x', 'x')").run();
  made.db.close();
};

describe('migrations', () => {
  // Numbers are assigned to parallel branches (007–010), so a branch alone may have a gap.
  it('versions start at 1 and strictly increase', () => {
    expect(MIGRATIONS[0]?.version).toBe(1);
    MIGRATIONS.slice(1).forEach((m, i) => expect(m.version).toBeGreaterThan(MIGRATIONS[i]!.version));
  });

  it('copies an older file before migrating it, then migrates', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'luoshi.db');
    withMember(file);
    const next: Migration = { version: SCHEMA_VERSION + 1, name: 'add column', up: (db) => db.exec("ALTER TABLE members ADD COLUMN phone TEXT NOT NULL DEFAULT ''") };
    const r = openDatabase(file, { migrations: [...MIGRATIONS, next], now: () => new Date('2022-01-02T03:04:05Z') });
    expect(r.fromVersion).toBe(SCHEMA_VERSION);
    expect(r.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    r.db.close();
    expect(r.preMigrationCopy).toMatch(/luoshi\.db\.v\d+-20220102-030405\.bak$/);
    const copy = new Database(r.preMigrationCopy!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.prepare('SELECT name FROM members').all()).toEqual([{ name: '张三' }]);
    copy.close();
  });

  it('a failing migration rolls back whole and leaves user_version and data where they were', () => {
    const dir = tmpDir();
    const file = path.join(dir, 'luoshi.db');
    withMember(file);
    const broken: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        db.exec("UPDATE members SET name = '改坏了'");
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.prepare("SELECT count(*) n FROM sqlite_master WHERE name='half_done'").get()).toEqual({ n: 0 });
    expect(raw.prepare('SELECT name FROM members').all()).toEqual([{ name: '张三' }]);
    raw.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
  });
});
