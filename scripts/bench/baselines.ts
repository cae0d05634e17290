// What the underlying tools do with the same data, for the heavy jobs' ratios:
// `sqlite3 .backup` + tar + `age`. Backups are made with a passphrase, as ours are (age -p, the
// same scrypt 2^18), typed into age's terminal prompt through `script`; verification uses an
// X25519 key from age-keygen (age -d cannot take a passphrase without a terminal either, and the
// key skips scrypt, so that baseline is the fast case).

import { execFileSync, spawn, spawnSync } from 'node:child_process';
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
  return { identity, recipient, how: 'age-keygen 生成的 X25519 密钥（不含 scrypt）' };
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

/**
 * The same with `age -p`: the passphrase typed at both prompts of a pseudo-terminal. With
 * `readBack`, then `age -d` of the result: the tools' way to know the file just written opens
 * (ours reads it back too, comparing SHA-256 with the bytes written).
 */
export async function baselineBackupPassphrase(dataFile: string, work: string, passphrase: string, readBack = false): Promise<string> {
  const copy = path.join(work, 'luoshi.db');
  const out = path.join(work, 'baseline-p.tar.age');
  fs.rmSync(copy, { force: true });
  fs.rmSync(out, { force: true });
  sh('sqlite3 "$1" ".backup \'$2\'"', [dataFile, copy]);
  const pipeline = `tar -cf - -C ${quote(work)} luoshi.db -C ${quote(path.dirname(dataFile))} attachments | age -p -o ${quote(out)} && sync ${quote(out)}`;
  await inTerminal(readBack ? `${pipeline} && age -d ${quote(out)} > /dev/null` : pipeline, passphrase, readBack ? 3 : 2);
  fs.rmSync(copy, { force: true });
  return out;
}

/** Runs a shell pipeline under `script` (a pseudo-terminal), typing the passphrase at each of `prompts` age prompts. */
function inTerminal(pipeline: string, passphrase: string, prompts: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('script', ['-qec', pipeline, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let said = '';
    let typed = 0;
    const onData = (d: Buffer) => {
      said += d.toString();
      // "Enter passphrase …" (then "Confirm passphrase" when encrypting): answer each once.
      for (const seen = (said.match(/passphrase/gi) ?? []).length; typed < Math.min(seen, prompts); typed++) child.stdin.write(`${passphrase}\n`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`基线命令失败：${said.slice(-200)}`))));
  });
}

/** age -d (passphrase typed at its prompt) | tar -x, then integrity_check of the extracted database. */
export async function baselineVerifyPassphrase(file: string, work: string, passphrase: string): Promise<void> {
  const dir = path.join(work, 'baseline-unpack');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  await inTerminal(`age -d ${quote(file)} | tar -xf - -C ${quote(dir)}`, passphrase, 1);
  sh('sqlite3 "$1/luoshi.db" "PRAGMA integrity_check" >/dev/null', [dir]);
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * What a restore by hand takes: age -d (passphrase) | tar -x next to the data, then sqlite3's
 * `.restore` of the extracted database into the data file, and the attachments folder swapped in.
 */
export async function baselineRestorePassphrase(file: string, dataFile: string, work: string, passphrase: string): Promise<void> {
  const dir = path.join(work, 'baseline-restore');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  await inTerminal(`age -d ${quote(file)} | tar -xf - -C ${quote(dir)}`, passphrase, 1);
  sh('sqlite3 "$1" ".restore \'$2/luoshi.db\'" && rm -rf "$3/attachments.old" && mv "$3/attachments" "$3/attachments.old" && mv "$2/attachments" "$3/attachments" && sync', [
    dataFile,
    dir,
    path.dirname(dataFile),
  ]);
  fs.rmSync(path.join(path.dirname(dataFile), 'attachments.old'), { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}

const quote = (p: string) => `'${p.replace(/'/g, `'\\''`)}'`;

export const canTypePassphrase = () => spawnSync('sh', ['-c', 'command -v script']).status === 0;

/** age -d | tar -x, then integrity_check of the extracted database. */
export function baselineVerify(file: string, work: string, key: AgeKey): void {
  const dir = path.join(work, 'baseline-unpack');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  sh('age -d -i "$1" "$2" | tar -xf - -C "$3" && sqlite3 "$3/luoshi.db" "PRAGMA integrity_check" >/dev/null', [key.identity, file, dir]);
  fs.rmSync(dir, { recursive: true, force: true });
}
