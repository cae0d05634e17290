import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { DamagedSource, packContainer } from './container';
import { encryptWith, startAge, type AgeStart, type EncryptOptions } from './crypto';
import { backupErrors } from './errors';
import { fsyncDir, hashing, rmQuiet, sha256File, siblingTemp, slice, writeSynced, type Progress } from './io';
import { DB_PATH, type Manifest } from './manifest';
import { stagingDir } from './journal';
import { gatherSource, withoutFile, type Source } from './source';

export interface BuildOptions {
  outFile: string;
  /** Encrypted backup when given; a plain tar snapshot otherwise. */
  encrypt?: EncryptOptions;
  reason?: string;
  onProgress?: Progress;
}

export interface BuildResult {
  file: string;
  bytes: number;
  manifest: Manifest;
  /** Damaged or missing attachments that were left out; empty when all is well. */
  warnings: string[];
}

/**
 * Writes a container file: gather → pack (→ encrypt) → temp file beside the target → fsync →
 * read back → rename into place. The read-back compares the bytes on disk with the bytes
 * produced (SHA-256 of the whole file), not a second decryption: the encoder is deterministic
 * and tested against age itself, so identical bytes decrypt; what can still fail after
 * encryption is the disk or the USB stick. The database copy was checked (quick_check) before
 * packing and every file's hash while packing. `backup verify` still decrypts everything.
 * The read-back runs on the temp file, so a bad write never replaces a good backup of the same
 * name; the rename itself does not change a byte.
 */
export async function buildContainerFile(ctx: CoreContext, o: BuildOptions): Promise<BuildResult> {
  const outFile = path.resolve(o.outFile);
  const p = o.onProgress;
  // Plain copies of the database live only inside the data folder, which holds them plain anyway.
  const { dir: work, done: dropWork } = await stagingDir(ctx.dataDir, '.luoshi-work-');
  let tmp: string | null = null;
  try {
    // The passphrase's scrypt runs on the thread pool while the database is copied and checked.
    let age = o.encrypt ? startAge(o.encrypt) : null;
    age?.catch(() => undefined); // awaited below; a failure must not go unhandled if gathering fails first
    let src = await gatherSource(ctx, work, slice(p, 0, 0.3), o.reason ? { reason: o.reason } : {});
    let written: Written | null = null;
    while (!written) {
      tmp = siblingTemp(outFile);
      try {
        written = await writeContainer(tmp, src, ctx.now(), age ? await age : null, slice(p, 0.3, 0.85));
      } catch (e) {
        if (!(e instanceof DamagedSource) || e.path === DB_PATH) throw e instanceof AppError ? e : backupErrors.writeFailed(outFile, e);
        // Rare: a damaged attachment. Start over without it rather than write a backup that cannot verify.
        rmQuiet(tmp);
        src = withoutFile(src, e.path);
        age = o.encrypt ? startAge(o.encrypt) : null; // a fresh key: never the same keystream for two files
      }
    }
    dropWork();

    slice(p, 0.85, 1)(0, '正在读回校验');
    if (fs.statSync(written.file).size !== written.bytes || (await sha256File(written.file)) !== written.sha256) throw backupErrors.readBackFailed(outFile);
    fs.renameSync(written.file, outFile);
    tmp = null;
    fsyncDir(path.dirname(outFile));
    p?.(1, '完成');
    return { file: outFile, bytes: written.bytes, manifest: src.manifest, warnings: src.warnings };
  } finally {
    if (tmp) rmQuiet(tmp);
    dropWork();
  }
}

interface Written {
  file: string;
  bytes: number;
  /** Of the bytes as they were handed to the disk, for the read-back. */
  sha256: string;
}

/** Packs (and encrypts) into `file`, fsynced. */
async function writeContainer(file: string, src: Source, mtime: Date, age: AgeStart | null, progress: Progress): Promise<Written> {
  const total = src.manifest.files.reduce((n, f) => n + f.size, 0);
  const plain = packContainer(src.manifest, src.files, mtime);
  const digest = createHash('sha256');
  progress(0, '正在加密写入');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = await writeSynced(file, hashing(age ? encryptWith(age, plain) : plain, digest), (n) => progress(n / Math.max(1, total), '正在加密写入'));
  return { file, bytes, sha256: digest.digest('hex') };
}
