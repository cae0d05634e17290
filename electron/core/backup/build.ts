import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { packContainer } from './container';
import { encryptChunks, type EncryptOptions } from './crypto';
import { backupErrors } from './errors';
import { fsyncDir, rmQuiet, siblingTemp, slice, writeSynced, type Progress } from './io';
import type { Manifest } from './manifest';
import { gatherSource } from './source';
import { verifyBackup, verifyContainerFile } from './verify';

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
 * read back and verify completely → rename into place. The read-back runs on the temp file,
 * before the rename, so a backup that fails to verify never replaces a good one of the same
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
    const writing = slice(p, 0.3, 0.7);
    writing(0, '正在加密写入');
    let bytes: number;
    try {
      fs.mkdirSync(path.dirname(outFile), { recursive: true });
      tmp = siblingTemp(outFile);
      bytes = await writeSynced(tmp, o.encrypt ? encryptChunks(plain, o.encrypt) : plain, (n) => writing(n / Math.max(1, total), '正在加密写入'));
    } catch (e) {
      throw e instanceof AppError ? e : backupErrors.writeFailed(outFile, e);
    }
    rmQuiet(work);

    const checking = slice(p, 0.7, 1);
    await (o.encrypt
      ? verifyBackup(tmp, o.encrypt.passphrase, { workDir: ctx.dataDir, onProgress: checking })
      : verifyContainerFile(tmp, { workDir: ctx.dataDir }));
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
