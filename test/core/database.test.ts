import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/core/db/open';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { tmpDir } from '../helpers/tmp';

import { createHash } from 'node:crypto';
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('opening the database', () => {
  it('creates luoshi.db with WAL, FULL sync, foreign keys, application_id and the latest schema', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    const { db, fromVersion } = openDatabase(file);
    expect(fromVersion).toBe(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['unit', 'members', 'plans', 'plan_sections', 'plan_items', 'duties', 'meetings', 'meeting_attendees', 'meeting_topics', 'records', 'attachments', 'evidence_links', 'audit_log']) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('reopens an existing file without migrating again', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    openDatabase(file).db.close();
    const second = openDatabase(file);
    expect(second.fromVersion).toBe(SCHEMA_VERSION);
    expect(second.preMigrationCopy).toBeNull();
    second.db.close();
  });

  it('refuses a file from a newer app version and leaves it byte-for-byte untouched', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    openDatabase(file).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/更新版本/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a damaged file with a Chinese message and never rewrites or deletes it', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/损坏|不是数据库/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file whose header is fine but a data page is damaged (quick_check on every open)', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    const { db } = openDatabase(file);
    const insert = db.prepare("INSERT INTO members (name, note, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
    for (let i = 0; i < 400; i++) insert.run(`成员${i}`, '备注'.repeat(20));
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'members'").get() as { rootpage: number };
    const page = db.pragma('page_size', { simple: true }) as number;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    // Scribble over the members table's root b-tree page (the header stays valid).
    bytes.fill(0xa5, (rootpage - 1) * page, (rootpage - 1) * page + 64);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/损坏/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a text file renamed to luoshi.db', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    fs.writeFileSync(file, '这不是数据库'.repeat(100));
    expect(() => openDatabase(file)).toThrow(/损坏|不是数据库/);
    expect(fs.readFileSync(file, 'utf8')).toBe('这不是数据库'.repeat(100));
  });

  it("refuses another application's SQLite database", () => {
    const file = path.join(tmpDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    raw.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/不是落实的数据文件/);
    expect(sha(file)).toBe(before);
  });

  it('completes an interrupted first start (our id, version 0) without a copy', () => {
    const file = path.join(tmpDir(), 'luoshi.db');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.close();
    const r = openDatabase(file);
    expect(r.fromVersion).toBe(0);
    expect(r.preMigrationCopy).toBeNull();
    r.db.close();
  });
});
