import path from 'node:path';
import { audit } from '../audit/log';
import type { CoreContext } from '../context';
import { buildContainerFile, type BuildResult } from './build';
import { backupErrors } from './errors';
import type { Progress } from './io';

export interface CreateBackupOptions {
  outFile: string;
  passphrase: string;
  /** log2 of scrypt's N; only tests should lower it. Omitted → the library default (18). */
  scryptWorkFactor?: number;
  onProgress?: Progress;
}

/**
 * Writes an encrypted backup (age, passphrase) of the database and all attachments, verified
 * by reading it back before it is put in place. The live database stays open and usable.
 */
export async function createBackup(ctx: CoreContext, o: CreateBackupOptions): Promise<BuildResult> {
  if (!o.passphrase) throw backupErrors.noPassphrase();
  const name = path.basename(o.outFile);
  try {
    const r = await buildContainerFile(ctx, {
      outFile: o.outFile,
      encrypt: { passphrase: o.passphrase, scryptWorkFactor: o.scryptWorkFactor },
      onProgress: o.onProgress,
    });
    const attachments = r.manifest.files.length - 1;
    audit(ctx, {
      action: 'backup.create',
      objectType: 'backup',
      objectId: name,
      summary: `创建加密备份 ${r.file}（${(r.bytes / 2 ** 20).toFixed(1)} MB，附件 ${attachments} 个${r.warnings.length ? `，${r.warnings.length} 条警告` : ''}）`,
    });
    return r;
  } catch (e) {
    try {
      audit(ctx, { action: 'backup.create', objectType: 'backup', objectId: name, summary: `创建备份失败：${(e as Error).message}`, result: 'failed' });
    } catch {
      /* the log must never mask the real error */
    }
    throw e;
  }
}
