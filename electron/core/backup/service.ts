import path from 'node:path';
import type { BackupSummary, SnapshotEntry } from '../../../shared/contract/backup';
import { BACKUP_EXTENSION } from '../../../shared/contract/backup';
import type { CoreContext } from '../context';
import { openDatabase } from '../db/open';
import type { DataSession } from '../db/session';
import type { JobRegistry } from '../jobs/registry';
import { settings } from '../settings';
import { createBackup, listSnapshots, restoreBackup, takeSnapshot, verifyBackup, type LiveData, type Manifest } from '.';

const summarize = (file: string, m: Manifest, counts: Record<string, number>, extra: Partial<BackupSummary> = {}): BackupSummary => ({
  file,
  unitName: m.unitName,
  createdAt: m.createdAt,
  appVersion: m.appVersion,
  schemaVersion: m.schemaVersion,
  counts,
  ...extra,
});

/**
 * Restore closes the live handle and swaps ctx.db in place, so every handler keeps working after.
 * With the session (the app, the browser host), the lock stays held throughout and the
 * replaced-file check is paused for the swap.
 */
export function liveData(ctx: CoreContext, session?: DataSession): LiveData {
  return {
    close: () => {
      session?.suspend();
      ctx.db.close();
    },
    reopen: () => {
      ctx.db = session ? session.reopen() : openDatabase(ctx.dataFile, { now: ctx.now }).db;
      return ctx;
    },
  };
}

export function backupService(ctx: CoreContext, jobs: JobRegistry, opts: { workFactor?: number; session?: DataSession } = {}) {
  return {
    create(outFile: string, passphrase: string) {
      const file = outFile.endsWith(BACKUP_EXTENSION) ? outFile : outFile + BACKUP_EXTENSION;
      return jobs.start('backup', async (report) => {
        const r = await createBackup(ctx, { outFile: path.resolve(file), passphrase, scryptWorkFactor: opts.workFactor, onProgress: report });
        settings.set(ctx.db, 'backup.lastAt', ctx.now().toISOString());
        return summarize(r.file, r.manifest, r.manifest.rowCounts, { bytes: r.bytes, warnings: r.warnings });
      });
    },
    verify(file: string, passphrase: string) {
      return jobs.start('verify', async (report) => {
        const r = await verifyBackup(path.resolve(file), passphrase, { workDir: ctx.dataDir, onProgress: report });
        return summarize(file, r.manifest, r.counts);
      });
    },
    restore(file: string, passphrase: string, plain = false) {
      return jobs.start('restore', async (report) => {
        const r = await restoreBackup(ctx, path.resolve(file), passphrase, { live: liveData(ctx, opts.session), confirm: () => true, onProgress: report, plain });
        if (r.status !== 'restored') throw new Error('恢复已取消');
        return { ...summarize(file, r.manifest, r.counts), preRestoreDir: r.preRestoreDir };
      });
    },
    snapshot(reason: string) {
      return jobs.start('snapshot', async () => ({ file: (await takeSnapshot(ctx, reason)).file }));
    },
    snapshots(): SnapshotEntry[] {
      return listSnapshots(ctx.dataDir);
    },
  };
}

/** At most one automatic snapshot a day, taken when the app starts. */
export async function dailySnapshot(ctx: CoreContext): Promise<string | null> {
  const newest = listSnapshots(ctx.dataDir).find((s) => s.kind === 'snapshot');
  if (newest && ctx.now().getTime() - new Date(newest.createdAt).getTime() < 24 * 3600_000) return null;
  return (await takeSnapshot(ctx, '启动时自动快照')).file;
}
