import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { createBackup } from '../../electron/core/backup';
import { lockPath } from '../../electron/core/db/lock';
import { cli } from '../cli/helpers';
import { runChild, startChild } from '../helpers/child';
import { call, FIXED_NOW, tmpCore, tmpDir } from '../helpers/tmp';
import { dataState, LOW_WORK, PASS, populatedCore, shaFile } from './backup/fixtures';

// One writer per data file. Another process holding it (here: a real second process with the
// core open) makes restores and imports refuse, naming it; read-only commands still run. A file
// replaced under the running app makes it stop instead of writing into the replaced file.

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
});

/** Every row of every table and every attachment, read through a read-only handle. */
function dump(dataFile: string) {
  const db = new Database(dataFile, { readonly: true });
  try {
    return dataState(db, path.dirname(dataFile));
  } finally {
    db.close();
  }
}

async function heldByDesktop() {
  const core = await populatedCore();
  const backup = path.join(tmpDir(), 'b.luoshi-backup');
  await createBackup(core.ctx, { outFile: backup, passphrase: PASS, scryptWorkFactor: LOW_WORK });
  const { dataFile } = core.ctx;
  core.close();
  const passFile = path.join(tmpDir(), 'pass.txt');
  fs.writeFileSync(passFile, PASS);
  const { child, stop } = await startChild(['hold', dataFile, '落实桌面版']);
  stops.push(stop);
  return { dataFile, backup, passFile, pid: child.pid! };
}

describe('the data file lock', () => {
  it('a restore or an import refuses while the desktop app holds the file, naming it; nothing changes; list and check still run', async () => {
    const s = await heldByDesktop();
    const before = dump(s.dataFile);
    const holder = new RegExp(`数据文件正由 落实桌面版（进程 ${s.pid}，从 \\d\\d:\\d\\d 起）使用，请先关闭它再`);

    const restore = await cli(['backup', 'restore', s.backup, '--passphrase-file', s.passFile, '--yes', '--db', s.dataFile]);
    expect(restore.code).toBe(5);
    expect(restore.err).toMatch(new RegExp(holder.source + '恢复'));

    const plan = path.join(tmpDir(), 'plan.txt');
    fs.copyFileSync(path.resolve(__dirname, '../fixtures/party-group-plan-2022.txt'), plan);
    const imported = await cli(['plan', 'import', plan, '--year', '2022', '--db', s.dataFile]);
    expect(imported.code).toBe(5);
    expect(imported.err).toMatch(new RegExp(holder.source + '导入'));

    expect(dump(s.dataFile)).toEqual(before);
    expect(fs.readdirSync(path.dirname(s.dataFile)).filter((n) => n.startsWith('.') || n === 'snapshots')).toEqual([]);

    const list = await cli(['members', 'list', '--db', s.dataFile]);
    expect(list.code).toBe(0);
    expect(list.out).toContain('张建国');
    expect((await cli(['check', '--db', s.dataFile])).code).toBe(0);
    // The reader left the holder's lock alone.
    expect(JSON.parse(fs.readFileSync(lockPath(s.dataFile), 'utf8'))).toMatchObject({ pid: s.pid, program: '落实桌面版' });
  });

  it('opening the browser host refuses too while the desktop app holds the file', async () => {
    const s = await heldByDesktop();
    expect(() => createCore({ dataFile: s.dataFile, now: FIXED_NOW, program: '落实浏览器版', action: '打开' })).toThrow(
      /数据文件正由 落实桌面版（进程 \d+，从 \d\d:\d\d 起）使用，请先关闭它再打开/,
    );
  });

  it('takes over the stale lock of a process that died (same computer), and respects one from another computer', () => {
    const dataFile = path.join(tmpDir(), 'luoshi.db');
    const dead = runChild(['crash', dataFile, '赵六']);
    expect(dead.signal).toBe('SIGKILL');
    const stale = JSON.parse(fs.readFileSync(lockPath(dataFile), 'utf8')) as { pid: number };
    expect(stale.pid).not.toBe(process.pid);

    const core = tmpCore({ dataFile });
    expect(JSON.parse(fs.readFileSync(lockPath(dataFile), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    core.close();
    expect(fs.existsSync(lockPath(dataFile))).toBe(false); // released on close

    fs.writeFileSync(lockPath(dataFile), JSON.stringify({ pid: 4242, host: '党办-另一台电脑', program: '落实桌面版', startedAt: '2022-06-15T01:12:00Z' }));
    const before = shaFile(dataFile);
    expect(() => createCore({ dataFile, action: '恢复' })).toThrow(/数据文件正由 落实桌面版（进程 4242，计算机 党办-另一台电脑，从 .*起）使用，请先关闭它再恢复/);
    expect(shaFile(dataFile)).toBe(before);
  });

  it('the running app stops, with a Chinese message, once its file is replaced under it; the replacement is not written to', async () => {
    const core = tmpCore();
    await call(core, 'members.create', { name: '张建国' });
    const other = path.join(tmpDir(), 'luoshi.db');
    const o = createCore({ dataFile: other, now: FIXED_NOW });
    await call(o, 'members.create', { name: '外来成员' });
    o.close();
    fs.renameSync(other, core.ctx.dataFile); // e.g. a file copied over it from a USB stick
    const before = shaFile(core.ctx.dataFile);

    const r = await core.dispatch('members.create', { name: '李明' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toMatch(/已被其他程序替换或移走.*已停止读写这个文件.*请关闭落实后重新打开/);
    expect((await core.dispatch('members.list', {})).ok).toBe(false); // reads stop too: they would show the old data
    expect(shaFile(core.ctx.dataFile)).toBe(before);
  });
});
