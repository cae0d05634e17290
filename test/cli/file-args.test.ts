import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { cli } from './helpers';

const SAMPLE = path.resolve('test/fixtures/party-group-plan-2022.txt');

describe('CLI file arguments and global options', () => {
  it('a folder given as the plan file gets a Chinese message, not EISDIR, and no data file is written', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'luoshi.db');
    const r = await cli(['plan', 'import', dir, '--year', '2022', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${dir} 是一个文件夹，不是文件。请给出工作要点文件本身的路径。未做任何改动。`);
    expect(r.err).not.toMatch(/EISDIR/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('a folder given as the passphrase file is named as such', async () => {
    const dir = tmpDir();
    const r = await cli(['backup', 'create', path.join(dir, 'b'), '--passphrase-file', dir, '--db', path.join(dir, 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('是一个文件夹，不是文件。请给出口令文件本身的路径');
  });

  it('--db is accepted before the command as well as after', async () => {
    const db = path.join(tmpDir(), 'luoshi.db');
    const before = await cli(['--db', db, 'plan', 'import', SAMPLE, '--year', '2022', '--json']);
    expect(before.err).toBe('');
    expect(before.code).toBe(0);
    const list = await cli(['--db=' + db, 'members', 'list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toEqual([]);
  });
});
