import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots, takeSnapshot, verifyContainerFile } from '../../../electron/core/backup';
import { call } from '../../helpers/tmp';
import { populatedCore, untar } from './fixtures';

/** A clock that moves one minute per reading, so each snapshot gets its own stamp. */
const ticking = (start = Date.parse('2022-06-15T08:00:00Z')) => {
  let t = start;
  return () => new Date((t += 60_000));
};

describe('snapshots', () => {
  it('writes an unencrypted container of the same format into <dataDir>/snapshots/', async () => {
    const core = await populatedCore();
    const r = await takeSnapshot(core.ctx, 'before-import');
    expect(path.dirname(r.file)).toBe(path.join(core.ctx.dataDir, 'snapshots'));
    expect(path.basename(r.file)).toBe('snapshot-20220615-080000-before-import.tar');
    const entries = await untar(fs.readFileSync(r.file));
    expect([...entries.keys()].slice(0, 2)).toEqual(['manifest.json', 'luoshi.db']);
    expect(entries.size).toBe(2 + 3);
    expect(JSON.parse(entries.get('manifest.json')!.toString())).toMatchObject({ format: 'luoshi-backup', formatVersion: 1, reason: 'before-import', rowCounts: { members: 3 } });
    expect((await verifyContainerFile(r.file)).counts.members).toBe(3);
    expect(fs.readdirSync(core.ctx.dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps only the newest N and lists them newest first', async () => {
    const core = await populatedCore();
    core.ctx.now = ticking();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      await call(core, 'members.create', { name: `成员${i}` });
      made.push((await takeSnapshot(core.ctx, 'daily', { keep: 3 })).file);
    }
    const list = listSnapshots(core.ctx.dataDir);
    expect(list.map((s) => s.path)).toEqual(made.slice(2).reverse());
    expect(list[0]).toMatchObject({ kind: 'snapshot', reason: 'daily' });
    expect(list.map((s) => s.createdAt)).toEqual(list.map((s) => s.createdAt).sort().reverse());
    expect(list[0]!.createdAt).toMatch(/^2022-06-15T08:\d\d:00Z$/);
    expect(list[0]!.bytes).toBe(fs.statSync(made[4]!).size);
    expect(made.slice(0, 2).some((f) => fs.existsSync(f))).toBe(false);
    // The newest holds the latest data.
    expect((await verifyContainerFile(made[4]!)).counts.members).toBe(3 + 5);
  });

  it('keeps 14 by default, never prunes pre-restore copies, and ignores stray files', async () => {
    const core = await populatedCore();
    core.ctx.now = ticking();
    const dir = path.join(core.ctx.dataDir, 'snapshots', 'pre-restore-20200101-000000');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'luoshi.db'), 'old');
    fs.writeFileSync(path.join(core.ctx.dataDir, 'snapshots', 'notes.txt'), 'x');
    for (let i = 0; i < 16; i++) await takeSnapshot(core.ctx, 'daily');
    const list = listSnapshots(core.ctx.dataDir);
    expect(list.filter((s) => s.kind === 'snapshot')).toHaveLength(14);
    expect(list.at(-1)).toMatchObject({ kind: 'pre-restore', createdAt: '2020-01-01T00:00:00Z', bytes: 3 });
    expect(fs.existsSync(path.join(core.ctx.dataDir, 'snapshots', 'notes.txt'))).toBe(true);
  });

  it('gives two snapshots in the same second distinct names, newest first', async () => {
    const core = await populatedCore();
    const a = await takeSnapshot(core.ctx, '每日');
    const b = await takeSnapshot(core.ctx, '每日');
    expect(path.basename(a.file)).toBe('snapshot-20220615-080000-每日.tar');
    expect(path.basename(b.file)).toBe('snapshot-20220615-080000-每日-2.tar');
    expect(b.manifest.reason).toBe('每日');
    expect(listSnapshots(core.ctx.dataDir).map((s) => s.reason)).toEqual(['每日', '每日']);
    expect(listSnapshots(core.ctx.dataDir).map((s) => s.path)).toEqual([b.file, a.file]);
  });

  it('lists nothing for a data folder without snapshots', async () => {
    const core = await populatedCore();
    expect(listSnapshots(core.ctx.dataDir)).toEqual([]);
  });
});
