import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { DownloadFile } from '../../../shared/contract/files';

const MIME: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Files kept for the browser to fetch; an hour is plenty between "导出" and the download. */
const KEEP_MS = 60 * 60 * 1000;

/**
 * Exports and backups for hosts without a save dialog (the browser host): the core writes them
 * into a private temporary folder under a random id, and the host streams them as downloads.
 * The folder is the user's own temp folder, created 0700, removed when the core closes.
 */
export class Downloads {
  private dir: string | null = null;
  private readonly files = new Map<string, DownloadFile & { at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh path named `name` for a file about to be written; the id finds it later. */
  reserve(name: string): { id: string; file: string } {
    this.expire();
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-downloads-'));
    const id = randomBytes(16).toString('hex');
    const folder = path.join(this.dir, id);
    fs.mkdirSync(folder, { mode: 0o700 });
    const file = path.join(folder, name);
    this.files.set(id, { path: file, name, mime: MIME[path.extname(name).toLowerCase()] ?? 'application/octet-stream', at: this.now() });
    return { id, file };
  }

  locate(id: string): DownloadFile {
    const f = this.files.get(id);
    if (!f || !fs.existsSync(f.path)) throw new AppError('NOT_FOUND', '要下载的文件已不存在（超过一小时或程序已重新启动）。请重新导出。');
    return { path: f.path, name: f.name, mime: f.mime };
  }

  private expire(): void {
    for (const [id, f] of this.files) {
      if (this.now() - f.at < KEEP_MS) continue;
      fs.rmSync(path.dirname(f.path), { recursive: true, force: true });
      this.files.delete(id);
    }
  }

  close(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.files.clear();
  }
}
