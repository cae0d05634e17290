import { z } from 'zod';
import { backupErrors } from './errors';

export const MANIFEST_PATH = 'manifest.json';
export const DB_PATH = 'luoshi.db';
export const FORMAT = 'luoshi-backup';
export const FORMAT_VERSION = 1;

/** No single entry may exceed this: far above any real attachment, low enough to stop a forged header early. */
export const MAX_ENTRY_BYTES = 4 * 2 ** 30;
/** The manifest is read into memory whole, so it gets its own, small cap. */
export const MAX_MANIFEST_BYTES = 64 * 2 ** 20;
/** Sum of everything a container may declare; the free-space check comes on top. */
export const MAX_TOTAL_BYTES = 256 * 2 ** 30;

const SHA = /^[0-9a-f]{64}$/;
const ATTACHMENT = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** Attachments are content-addressed: `attachments/<sha[0:2]>/<sha>`. */
export const attachmentPath = (sha256: string) => `attachments/${sha256.slice(0, 2)}/${sha256}`;

/**
 * A whitelist, not a blacklist: the only names a container may hold are the manifest, the
 * database and well-formed attachment paths. This alone rules out `../`, absolute paths,
 * drive letters, backslashes and odd Unicode, whatever the tar header claims.
 */
export function isAllowedPath(p: string): boolean {
  if (p === MANIFEST_PATH || p === DB_PATH) return true;
  const m = ATTACHMENT.exec(p);
  return m !== null && m[2]!.startsWith(m[1]!);
}

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  unitName: string;
  rowCounts: Record<string, number>;
  files: ManifestFile[];
  /** Snapshots only: why it was taken (e.g. 'daily', 'before-import'). */
  reason?: string;
}

const count = z.number().int().min(0);
const schema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  unitName: z.string().max(500),
  rowCounts: z.record(z.string().max(100), count),
  files: z.array(
    z.object({
      path: z.string().refine(isAllowedPath, { error: '含有不允许的路径' }),
      size: count.max(MAX_ENTRY_BYTES, { error: '声明的文件大小超过上限' }),
      sha256: z.string().regex(SHA, { error: '校验值格式不正确' }),
    }),
  ),
  reason: z.string().max(100).optional(),
});

/** Parses and checks the manifest; every problem becomes a BAD_FILE (or DB_NEWER) with the reason. */
export function parseManifest(bytes: Buffer): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw backupErrors.badManifest('不是有效的 JSON');
  }
  // Checked before the strict schema so a newer format gets "please upgrade", not "damaged".
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head?.format === FORMAT && typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw backupErrors.newerFormat(head.formatVersion);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw backupErrors.badManifest(`${issue.path.join('.') || '清单'}：${issue.message}`);
  }
  const m = parsed.data as Manifest;
  const seen = new Set<string>();
  let total = 0;
  for (const f of m.files) {
    if (f.path === MANIFEST_PATH) throw backupErrors.badManifest('清单不能列出自身');
    if (seen.has(f.path)) throw backupErrors.badManifest(`“${f.path}”重复出现`);
    seen.add(f.path);
    if (f.path !== DB_PATH && !f.path.endsWith(f.sha256)) throw backupErrors.badManifest(`附件“${f.path}”的名称与校验值不符`);
    total += f.size;
  }
  if (!seen.has(DB_PATH)) throw backupErrors.badManifest('没有列出数据库');
  if (total > MAX_TOTAL_BYTES) throw backupErrors.tooLarge('全部内容', total, MAX_TOTAL_BYTES);
  return m;
}

export const encodeManifest = (m: Manifest) => Buffer.from(JSON.stringify(m, null, 2), 'utf8');
