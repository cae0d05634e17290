import fs from 'node:fs';
import path from 'node:path';
import { isoNow, type CoreContext } from '../context';
import { sealSnapshot } from './database';
import { sha256File, slice, type Progress } from './io';
import { ATTACHMENTS_DIR } from './paths';
import { attachmentPath, DB_PATH, FORMAT, FORMAT_VERSION, isAllowedPath, type Manifest, type ManifestFile } from './manifest';

// Gathers what goes into a container (encrypted backup or plain snapshot): a consistent copy
// of the live database and the attachment files, with the manifest describing them.

export interface Source {
  manifest: Manifest;
  /** Manifest path → local file to read it from. */
  files: Map<string, string>;
  /** Problems that did not stop the backup (damaged or missing attachments), in Chinese. */
  warnings: string[];
}

/**
 * Copies the live database into `workDir` with SQLite's online backup (other writes may go on
 * meanwhile; the copy is one consistent state), then lists the attachments.
 */
export async function gatherSource(ctx: CoreContext, workDir: string, onProgress?: Progress, extra: Partial<Manifest> = {}): Promise<Source> {
  const dbCopy = path.join(workDir, DB_PATH);
  const copying = slice(onProgress, 0, 0.5);
  copying(0, '正在复制数据库');
  await ctx.db.backup(dbCopy, {
    progress: ({ totalPages, remainingPages }) => {
      copying(totalPages ? 1 - remainingPages / totalPages : 1, '正在复制数据库');
      return 1000;
    },
  });
  onProgress?.(0.5, '正在检查数据库');
  const facts = sealSnapshot(dbCopy);

  const files = new Map<string, string>([[DB_PATH, dbCopy]]);
  const entries: ManifestFile[] = [{ path: DB_PATH, size: fs.statSync(dbCopy).size, sha256: await sha256File(dbCopy) }];
  const warnings: string[] = [];
  // Attachments are content-addressed: the name is the SHA-256 of the bytes. The manifest takes
  // it from the name, and packing hashes every byte it writes; a file whose content no longer
  // matches (damage) is then left out and reported (see buildContainerFile), without reading
  // every attachment twice.
  onProgress?.(0.8, '正在列出附件');
  for (const rel of listAttachmentFiles(ctx.dataDir)) {
    const local = path.join(ctx.dataDir, ...rel.split('/'));
    files.set(rel, local);
    entries.push({ path: rel, size: fs.statSync(local).size, sha256: rel.slice(rel.lastIndexOf('/') + 1) });
  }
  for (const sha of referencedAttachments(ctx)) {
    if (!files.has(attachmentPath(sha))) warnings.push(`数据中登记的附件 ${sha.slice(0, 12)}… 在数据目录中找不到，未能备份。`);
  }
  onProgress?.(1, '正在列出附件');

  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: ctx.appVersion,
    schemaVersion: facts.schemaVersion,
    createdAt: isoNow(ctx),
    unitName: facts.unitName,
    rowCounts: facts.rowCounts,
    files: entries,
    ...extra,
  };
  return { manifest, files, warnings };
}

/** Relative paths of well-formed attachment files; temp files, symlinks and strays are skipped. */
export function listAttachmentFiles(dataDir: string): string[] {
  const root = path.join(dataDir, ATTACHMENTS_DIR);
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  for (const dir of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(root, dir.name), { withFileTypes: true })) {
      const rel = `${ATTACHMENTS_DIR}/${dir.name}/${f.name}`;
      if (f.isFile() && isAllowedPath(rel)) out.push(rel);
    }
  }
  return out.sort();
}

/** The source without one file, for a second attempt after packing found it damaged. */
export function withoutFile(src: Source, rel: string): Source {
  const files = new Map(src.files);
  files.delete(rel);
  return {
    manifest: { ...src.manifest, files: src.manifest.files.filter((f) => f.path !== rel) },
    files,
    warnings: [...src.warnings, `附件文件 ${rel} 已损坏（内容与校验值不符），未包含在备份中。`],
  };
}

/** Soft-deleted rows count too: the recycle bin can bring them back, file and all. */
function referencedAttachments(ctx: CoreContext): string[] {
  return ctx.db.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[];
}
