import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup';
import { missing } from '../../helpers/needs';
import { tmpDir } from '../../helpers/tmp';
import { LOW_WORK, PASS, populatedCore, shaFile } from './fixtures';

// Our backups must open without Luoshi: `age -d`, `tar -x`, `sqlite3`. The age CLI reads a
// passphrase only from a terminal, so it runs under `script`, which gives it a pseudo-terminal;
// we type the passphrase once the prompt appears (passphrase interop, not an X25519 key —
// the passphrase is what a user will actually have).

const has = (bin: string) => ['/usr/bin', '/bin', '/usr/local/bin'].some((d) => fs.existsSync(path.join(d, bin)));
const NO_AGE = missing(has('age') && has('script'), 'age 命令行互通', 'age bsdutils sqlite3');

/** Runs `age -d -o out file` in a pty, answering the passphrase prompt. */
function ageDecryptCli(file: string, out: string, passphrase: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `age -d -o '${out}' '${file}'`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let typed = false;
    const onData = (d: Buffer) => {
      output += d.toString();
      if (!typed && /passphrase/i.test(output)) {
        typed = true;
        child.stdin.write(`${passphrase}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('interoperability with standard tools', () => {
  it.skipIf(NO_AGE)('age -d decrypts a backup, tar -x unpacks it, sqlite3 reads the database', async () => {
    const core = await populatedCore();
    const dir = tmpDir();
    const file = path.join(dir, 'backup.age');
    await createBackup(core.ctx, { outFile: file, passphrase: PASS, scryptWorkFactor: LOW_WORK });

    const tarFile = path.join(dir, 'backup.tar');
    const r = await ageDecryptCli(file, tarFile, PASS);
    expect(r.code, r.output).toBe(0);

    const out = path.join(dir, 'x');
    fs.mkdirSync(out);
    execFileSync('tar', ['-x', '-f', tarFile, '-C', out]);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    for (const f of manifest.files) expect(shaFile(path.join(out, f.path))).toBe(f.sha256);

    const count = execFileSync('sqlite3', [path.join(out, 'luoshi.db'), 'select count(*) from members'], { encoding: 'utf8' });
    expect(count.trim()).toBe('3');
  });

  it.skipIf(NO_AGE)('age -d refuses the wrong passphrase (the file really is passphrase-encrypted)', async () => {
    const core = await populatedCore();
    const dir = tmpDir();
    const file = path.join(dir, 'backup.age');
    await createBackup(core.ctx, { outFile: file, passphrase: PASS, scryptWorkFactor: LOW_WORK });
    const r = await ageDecryptCli(file, path.join(dir, 'out.tar'), 'wrong');
    expect(r.code).not.toBe(0);
  });
});
