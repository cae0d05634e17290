import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { runChild } from '../helpers/child';
import { cli } from '../cli/helpers';
import { call, FIXED_NOW, tmpCore, tmpDir } from '../helpers/tmp';
import { dataState } from './backup/fixtures';

// A -wal beside luoshi.db is applied only when our own crashed session on this very file left
// it (walguard.ts). A WAL copied from another Luoshi file is set aside, with a message, and the
// members stay this file's members. A genuine crash's WAL is still applied.

const names = (core: Core) => core.ctx.db.prepare('SELECT name FROM members ORDER BY id').pluck().all();

/** Every table but the audit log (the open logs what it set aside), read without applying any -wal. */
function dumpWithoutWal(dataFile: string) {
  const copy = path.join(tmpDir(), 'luoshi.db');
  fs.copyFileSync(dataFile, copy);
  const db = new Database(copy, { readonly: true });
  try {
    const { audit_log: _a, ...rows } = dataState(db, path.dirname(copy)).rows;
    return rows;
  } finally {
    db.close();
  }
}

/** A second Luoshi file with its own members, still open, so its -wal holds them. Returns that WAL's bytes. */
async function foreignWal(): Promise<Buffer> {
  const other = tmpCore();
  await call(other, 'members.create', { name: '外来成员甲' });
  await call(other, 'members.create', { name: '外来成员乙' });
  const wal = fs.readFileSync(`${other.ctx.dataFile}-wal`);
  expect(wal.length).toBeGreaterThan(0);
  return wal;
}

async function cleanFile(): Promise<string> {
  const core = tmpCore();
  await call(core, 'members.create', { name: '张建国' });
  await call(core, 'members.create', { name: '李明' });
  core.close(); // clean close: checkpointed, sealed, no -wal
  return core.ctx.dataFile;
}

const asideFiles = (dataFile: string) => fs.readdirSync(path.dirname(dataFile)).filter((n) => n.startsWith('luoshi.db-wal.外来-'));

describe('a -wal that is not ours', () => {
  it('copied from another Luoshi file beside a cleanly closed file: set aside, not applied, with a message', async () => {
    const dataFile = await cleanFile();
    const before = dumpWithoutWal(dataFile);
    const wal = await foreignWal();
    fs.writeFileSync(`${dataFile}-wal`, wal);
    // `check` says so, without reading it (a read-only handle would apply it to what it shows).
    const checked = await cli(['check', '--db', dataFile, '--json']);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.out)).toMatchObject({ ok: false, strayWal: true, message: expect.stringMatching(/不属于它的日志文件 luoshi\.db-wal.*检查时没有读取它/) });
    expect(fs.readFileSync(`${dataFile}-wal`).equals(wal)).toBe(true);

    const core = createCore({ dataFile, now: FIXED_NOW, operator: 'tester' });
    try {
      expect(core.notices).toHaveLength(1);
      expect(core.notices[0]).toMatch(/数据文件旁有一个不属于它的日志文件 luoshi\.db-wal.*其中的内容没有应用，文件已改名为 luoshi\.db-wal\.外来-20220615-080000 保存/);
      expect(names(core)).toEqual(['张建国', '李明']);
      const log = core.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'data.repair'").pluck().all();
      expect(log).toEqual(core.notices);
    } finally {
      core.close();
    }
    expect(dumpWithoutWal(dataFile)).toEqual(before);
    // Kept, byte for byte, for whoever needs it.
    expect(asideFiles(dataFile)).toEqual(['luoshi.db-wal.外来-20220615-080000']);
    expect(fs.readFileSync(path.join(path.dirname(dataFile), asideFiles(dataFile)[0]!)).equals(wal)).toBe(true);
  });

  it('put in place of the -wal our crashed session left: set aside too (it is not the file that session had open)', async () => {
    const dataFile = await cleanFile();
    expect(runChild(['crash', dataFile, '赵六']).signal).toBe('SIGKILL');
    const before = dumpWithoutWal(dataFile);
    const stray = path.join(tmpDir(), 'stray-wal');
    fs.writeFileSync(stray, await foreignWal());
    fs.renameSync(stray, `${dataFile}-wal`);

    const core = createCore({ dataFile, now: FIXED_NOW, operator: 'tester' });
    try {
      expect(core.notices.join()).toMatch(/不属于它的日志文件/);
      expect(names(core)).toEqual(['张建国', '李明']);
    } finally {
      core.close();
    }
    expect(dumpWithoutWal(dataFile)).toEqual(before);
  });
});

describe('a -wal that is ours', () => {
  it('left by a crash of our own process on this file: applied, as normal crash recovery, without a message', async () => {
    const dataFile = await cleanFile();
    const crashed = runChild(['crash', dataFile, '赵六']);
    expect(crashed.signal).toBe('SIGKILL');
    expect(crashed.stdout).toContain('written');
    expect(fs.statSync(`${dataFile}-wal`).size).toBeGreaterThan(0);

    expect((await cli(['check', '--db', dataFile, '--json'])).out).toMatch(/"strayWal": false/);
    const core = createCore({ dataFile, now: FIXED_NOW, operator: 'tester' });
    try {
      expect(core.notices).toEqual([]);
      expect(names(core)).toEqual(['张建国', '李明', '赵六']);
    } finally {
      core.close();
    }
    expect(asideFiles(dataFile)).toEqual([]);
  });
});
