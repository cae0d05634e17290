import { z } from 'zod';
import { channel, requiredText } from './define';

export const BACKUP_EXTENSION = '.luoshi-backup';

/** A long job (backup, verify, restore…) the UI polls for progress. */
export interface JobState {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed';
  /** 0..1 */
  fraction: number;
  /** Chinese label of the current stage. */
  stage: string;
  result?: unknown;
  error?: { code: string; message: string };
}

export interface BackupSummary {
  file: string;
  unitName: string;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: Record<string, number>;
  bytes?: number;
  warnings?: string[];
}

export interface SnapshotEntry {
  name: string;
  path: string;
  kind: 'snapshot' | 'pre-restore';
  createdAt: string;
  reason: string;
  bytes: number;
}

const path = (label: string) => requiredText(label, 1000);
const passphrase = z.string({ error: '请输入备份口令' }).min(1, { error: '请输入备份口令' }).max(1024, { error: '口令不能超过1024个字符' });

export const backupChannels = {
  /** Without outFile the core writes a temporary file and answers downloadId (the browser host's download). */
  'backup.create': channel<{ jobId: string; downloadId?: string }>()(
    z.object({ outFile: path('备份文件位置').optional(), passphrase: passphrase.min(8, { error: '备份口令至少需要 8 个字符' }) }).strict(),
  ),
  'backup.verify': channel<{ jobId: string }>()(z.object({ file: path('备份文件'), passphrase }).strict()),
  'backup.restore': channel<{ jobId: string }>()(z.object({ file: path('备份文件'), passphrase }).strict()),
  'snapshots.list': channel<SnapshotEntry[]>()(z.object({}).strict()),
  'snapshots.take': channel<{ jobId: string }>()(z.object({}).strict()),
  'snapshots.restore': channel<{ jobId: string }>()(z.object({ path: path('快照') }).strict()),
  'jobs.get': channel<JobState>()(z.object({ jobId: requiredText('任务编号', 64) }).strict()),
  /** A .luoshi-backup file the app was opened with (double-click), handed over once; null otherwise. */
  'host.openedFile': channel<{ path: string | null }>()(z.object({}).strict()),
  /** Saves a printed sheet as PDF (Electron's printToPDF); the browser host prints through the browser instead. */
  'host.savePdf': channel<{ supported: boolean; path: string | null }>()(
    z.object({ html: z.string().max(20_000_000, { error: '打印内容太大' }), title: requiredText('标题', 200) }).strict(),
  ),
  /** Asks the host for a file path (Electron: the system dialog); hosts without dialogs answer supported:false. */
  'host.pickPath': channel<{ supported: boolean; path: string | null }>()(
    z
      .object({
        mode: z.enum(['save', 'open']),
        title: requiredText('标题', 60),
        defaultName: requiredText('文件名', 255).optional(),
        extensions: z.array(requiredText('扩展名', 20)).max(10).default([]),
      })
      .strict(),
  ),
};
