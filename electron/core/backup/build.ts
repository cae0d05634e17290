import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { packContainer } from './container';
import { encryptChunks, type EncryptOptions } from './crypto';
import { backupErrors } from './errors';
import { fsyncDir, hashing, rmQuiet, sha256File, siblingTemp, slice, writeSynced, type Progress } from './io';
import type { Manifest } from './manifest';
import { gatherSource } from './source';

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
 * encryption is the disk or the USB stick. The database was checked (integrity_check) before
 * packing and every file's hash while packing. `backup verify` still decrypts everything.
 * The read-back runs on the temp file, so a bad write never replaces a good backup of the same
 * name; the rename itself does not change a byte.
 */
export async function buildContainerFile(ctx: CoreContext, o: BuildOptions): Promise<BuildResult> {
  const outFile = path.resolve(o.outFile);
  const p = o.onProgress;
  // Plain copies of the database live only inside the data folder, which holds them plain anyway.
  const work = await fsp.mkdtemp(path.join(ctx.dataDir, '.luoshi-work-'));
  let tmp: string | null = null;
  try {
    const src = await gatherSource(ctx, work, slice(p, 0, 0.3), o.reason ? { reason: o.reason } : {});
    const total = src.manifest.files.reduce((n, f) => n + f.size, 0);
    const plain = packContainer(src.manifest, src.files, ctx.now());
    const writing = slice(p, 0.3, 0.85);
    writing(0, '正在加密写入');
    const written = createHash('sha256');
    let bytes: number;
    try {
      fs.mkdirSync(path.dirname(outFile), { recursive: true });
      tmp = siblingTemp(outFile);
      const out = hashing(o.encrypt ? encryptChunks(plain, o.encrypt) : plain, written);
      bytes = await writeSynced(tmp, out, (n) => writing(n / Math.max(1, total), '正在加密写入'));
    } catch (e) {
      throw e instanceof AppError ? e : backupErrors.writeFailed(outFile, e);
    }
    rmQuiet(work);

    slice(p, 0.85, 1)(0, '正在读回校验');
    if (fs.statSync(tmp).size !== bytes || (await sha256File(tmp)) !== written.digest('hex')) throw backupErrors.readBackFailed(outFile);
    fs.renameSync(tmp, outFile);
    tmp = null;
    fsyncDir(path.dirname(outFile));
    p?.(1, '完成');
    return { file: outFile, bytes, manifest: src.manifest, warnings: src.warnings };
  } finally {
    if (tmp) rmQuiet(tmp);
    rmQuiet(work);
  }
}
