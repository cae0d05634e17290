import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultDataFile } from '../../electron/core/paths';
import { resolveDataFile } from '../../electron/main/paths';
import { tmpDir } from '../helpers/tmp';

/** A Windows profile with data where versions before this one kept it: the roaming folder. */
function roamingProfile() {
  const root = tmpDir();
  const env = { APPDATA: path.join(root, 'Roaming'), LOCALAPPDATA: path.join(root, 'Local') };
  const old = path.join(env.APPDATA, '落实');
  fs.mkdirSync(path.join(old, 'attachments', 'ab'), { recursive: true });
  fs.writeFileSync(path.join(old, 'attachments', 'ab', 'abcdef'), '附件内容');
  const db = new Database(path.join(old, 'luoshi.db'));
  db.exec("create table members(name text); insert into members values ('张建国')");
  db.close();
  fs.mkdirSync(path.join(old, 'Local Storage')); // Chromium's profile shares the folder: stays behind
  return { env, old, local: path.join(env.LOCALAPPDATA, '落实') };
}

describe('the Windows data folder', () => {
  it('is in local app data; an existing roaming database is moved there once and the old one kept as a snapshot', () => {
    const { env, old, local } = roamingProfile();
    expect(defaultDataFile(env, 'win32')).toBe(path.join(old, 'luoshi.db')); // the CLI finds it before the move
    const before = fs.readFileSync(path.join(old, 'luoshi.db'));

    const first = resolveDataFile(['luoshi.exe'], env, 'win32');
    expect(first.file).toBe(path.join(local, 'luoshi.db'));
    expect(first.relocated).toMatchObject({ from: old, to: local });
    expect(fs.readFileSync(first.file).equals(before)).toBe(true);
    const db = new Database(first.file, { readonly: true });
    expect(db.prepare('select name from members').pluck().all()).toEqual(['张建国']);
    db.close();
    expect(fs.readFileSync(path.join(local, 'attachments', 'ab', 'abcdef'), 'utf8')).toBe('附件内容');
    expect(fs.existsSync(path.join(local, 'Local Storage'))).toBe(false);
    expect(fs.existsSync(path.join(old, 'luoshi.db'))).toBe(false);
    expect(fs.readFileSync(first.relocated!.snapshot).equals(before)).toBe(true);
    expect(defaultDataFile(env, 'win32')).toBe(first.file);

    // Once: a second start moves nothing, even if an old file reappears (e.g. a roaming sync).
    fs.copyFileSync(first.relocated!.snapshot, path.join(old, 'luoshi.db'));
    expect(resolveDataFile(['luoshi.exe'], env, 'win32').relocated).toBeNull();
    expect(fs.readFileSync(path.join(old, 'luoshi.db')).equals(before)).toBe(true);
  });

  it('--db and LUOSHI_DB are used as given and move nothing', () => {
    const { env, old } = roamingProfile();
    expect(resolveDataFile(['luoshi.exe', '--db', 'D:/台账/luoshi.db'], env, 'win32')).toEqual({ file: path.resolve('D:/台账/luoshi.db'), relocated: null });
    expect(resolveDataFile(['luoshi.exe'], { ...env, LUOSHI_DB: '/data/x.db' }, 'win32')).toEqual({ file: path.resolve('/data/x.db'), relocated: null });
    expect(fs.existsSync(path.join(old, 'luoshi.db'))).toBe(true);
  });

  it('Linux keeps ~/.config/落实 (XDG_CONFIG_HOME), like Electron', () => {
    expect(resolveDataFile(['luoshi'], { XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toEqual({ file: '/home/u/.config/落实/luoshi.db', relocated: null });
  });
});
