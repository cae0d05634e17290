// What the underlying tools do with the same data, for the heavy jobs' ratios:
// `sqlite3 .backup` + tar + `age` (X25519 recipient from age-keygen: age reads passphrases only
// from a terminal, and a recipient key also skips scrypt, so the baseline is the fast case).

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface AgeKey {
  identity: string;
  recipient: string;
  how: string;
}

export function ageKey(dir: string): AgeKey | null {
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (!has('age') || !has('sqlite3') || !has('tar')) return null;
  if (!has('age-keygen')) return null;
  const identity = path.join(dir, 'bench-age-key.txt');
  if (!fs.existsSync(identity)) execFileSync('age-keygen', ['-o', identity], { stdio: 'ignore' });
  const recipient = execFileSync('age-keygen', ['-y', identity], { encoding: 'utf8' }).trim();
  return { identity, recipient, how: 'age-keygen 生成的 X25519 密钥（age 只从终端读口令）' };
}

const sh = (script: string, args: string[]) => {
  const r = spawnSync('bash', ['-c', script, 'bench', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`基线命令失败：${r.stderr.toString()}`);
};

/** sqlite3 .backup of the live file, then tar of it and the attachments piped through age. */
export function baselineBackup(dataFile: string, work: string, key: AgeKey): string {
  const copy = path.join(work, 'luoshi.db');
  const out = path.join(work, 'baseline.tar.age');
  fs.rmSync(copy, { force: true });
  sh('sqlite3 "$1" ".backup \'$2\'" && tar -cf - -C "$3" luoshi.db -C "$4" attachments | age -r "$5" -o "$6" && sync "$6"', [dataFile, copy, work, path.dirname(dataFile), key.recipient, out]);
  fs.rmSync(copy, { force: true });
  return out;
}

/** age -d | tar -x, then integrity_check of the extracted database. */
export function baselineVerify(file: string, work: string, key: AgeKey): void {
  const dir = path.join(work, 'baseline-unpack');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  sh('age -d -i "$1" "$2" | tar -xf - -C "$3" && sqlite3 "$3/luoshi.db" "PRAGMA integrity_check" >/dev/null', [key.identity, file, dir]);
  fs.rmSync(dir, { recursive: true, force: true });
}
