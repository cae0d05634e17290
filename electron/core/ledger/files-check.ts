import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../db/open';
import { sha256File } from '../backup/io';
import { attachmentPath } from '../backup/manifest';

// Attachments live beside the database, named by their SHA-256 (attachments/xx/<sha>). The
// database can be whole while files are missing or damaged (a half-done copy, a bad disk), so
// `check` reads every file an attachment row points to and compares its hash with its name.

export interface AttachmentProblem {
  sha256: string;
  /** The file names the rows give it (one file can serve several attachments). */
  names: string[];
  problem: 'missing' | 'damaged';
}

export interface AttachmentsReport {
  /** Distinct files the rows point to (soft-deleted rows included: the recycle bin can bring them back). */
  files: number;
  problems: AttachmentProblem[];
}

export async function checkAttachmentFiles(db: DB, dataDir: string): Promise<AttachmentsReport> {
  const rows = db.prepare('SELECT sha256, name FROM attachments ORDER BY id').all() as { sha256: string; name: string }[];
  const bySha = new Map<string, string[]>();
  for (const r of rows) bySha.set(r.sha256, [...(bySha.get(r.sha256) ?? []), r.name]);
  const problems: AttachmentProblem[] = [];
  for (const [sha, names] of bySha) {
    const file = path.join(dataDir, ...attachmentPath(sha).split('/'));
    if (!fs.existsSync(file)) problems.push({ sha256: sha, names, problem: 'missing' });
    else if ((await sha256File(file)) !== sha) problems.push({ sha256: sha, names, problem: 'damaged' });
  }
  return { files: bySha.size, problems };
}

/** "3 个附件文件有问题：学习记录.pdf（缺失）、照片.jpg（已损坏）…" */
export function describeAttachmentProblems(r: AttachmentsReport): string {
  const shown = r.problems.slice(0, 10).map((p) => `${p.names.join('、')}（${p.problem === 'missing' ? '文件缺失' : '内容已损坏'}）`);
  const more = r.problems.length > 10 ? ` 等` : '';
  return `共 ${r.files} 个附件文件，其中 ${r.problems.length} 个有问题：${shown.join('；')}${more}。`;
}
