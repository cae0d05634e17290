import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/open';
import { closeSealed, FULL_CHECK_EVERY_MS, sealPath } from '../../electron/core/db/seal';
import { tmpDir } from '../helpers/tmp';

// Opening skips quick_check only for the very file we closed cleanly; every other way a file
// can reach us gets the full check before anything is written.

const T0 = new Date('2022-06-15T08:00:00Z');
const later = (ms: number) => () => new Date(T0.getTime() + ms);

/** A database with enough rows that damage lands in a real b-tree page, closed with a seal. */
function sealedFile(): { file: string; rootOffset: number } {
  const file = path.join(tmpDir(), 'luoshi.db');
  const core = createCore({ dataFile: file, operator: 't', now: () => T0 });
  const db = core.ctx.db;
  const insert = db.prepare("INSERT INTO members (name, note, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`成员${i}`, '备注'.repeat(20));
  })();
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'members'").get() as { rootpage: number };
  const page = db.pragma('page_size', { simple: true }) as number;
  core.close();
  return { file, rootOffset: (rootpage - 1) * page };
}

const damage = (file: string, at: number) => {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, at);
  fs.closeSync(fd);
};

describe('clean-close seal', () => {
  it('a clean close seals the file; the next open skips quick_check and removes the seal until it closes again', () => {
    const { file } = sealedFile();
    expect(fs.existsSync(sealPath(file))).toBe(true);
    const r = openDatabase(file, { now: later(1000) });
    expect(r.integrity).toBe('sealed');
    expect(fs.existsSync(sealPath(file))).toBe(false); // a crash now leaves no seal
    closeSealed(r.db);
    expect(openDatabase(file, { now: later(2000) }).integrity).toBe('sealed');
  });

  it('damage after the close is caught: the seal no longer matches and the full check refuses the file untouched', () => {
    const { file, rootOffset } = sealedFile();
    damage(file, rootOffset);
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, { now: later(1000) })).toThrow(/损坏/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('checks fully when the last full check is a week old, when a -wal is left, when the seal is garbage, and for a copy', () => {
    const a = sealedFile().file;
    const r = openDatabase(a, { now: later(FULL_CHECK_EVERY_MS + 1) });
    expect(r.integrity).toBe('checked');
    closeSealed(r.db);
    expect(openDatabase(a, { now: later(FULL_CHECK_EVERY_MS + 2) }).integrity).toBe('sealed'); // the new check restarts the week

    const b = sealedFile().file;
    fs.writeFileSync(`${b}-wal`, Buffer.alloc(10));
    expect(openDatabase(b, { now: later(1000) }).integrity).toBe('checked');
    const c = sealedFile().file;
    fs.writeFileSync(sealPath(c), '{"v":1,');
    expect(openDatabase(c, { now: later(1000) }).integrity).toBe('checked');

    const d = sealedFile().file;
    const copy = path.join(tmpDir(), 'luoshi.db');
    fs.copyFileSync(d, copy);
    fs.copyFileSync(sealPath(d), sealPath(copy));
    expect(openDatabase(copy, { now: later(1000) }).integrity).toBe('checked');
  });

  it('a plain close (restore swaps the file) leaves no seal', () => {
    const { file } = sealedFile();
    const r = openDatabase(file, { now: later(1000) });
    r.db.close();
    expect(fs.existsSync(sealPath(file))).toBe(false);
    expect(openDatabase(file, { now: later(2000) }).integrity).toBe('checked');
  });
});
