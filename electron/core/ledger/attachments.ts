import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/contract/ledger';
import type { Attachment } from '../../../shared/ledger/types';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { attachmentPath } from '../backup/manifest';
import { isoNow, type CoreContext } from '../context';
import { inTransaction } from '../tx';
import { mimeOf, refuseExecutable } from './files';

// Attachments: any file, stored once per content under attachments/<sha[0:2]>/<sha> (the layout
// the backup reads), listed per owner, soft-deleted until the recycle bin is emptied.

type OwnerType = Attachment['ownerType'];

interface AttachmentRow {
  id: number;
  owner_type: OwnerType;
  owner_id: number;
  sha256: string;
  name: string;
  size: number;
  mime: string;
  created_at: string;
  deleted_at: string | null;
}

export const storedFile = (ctx: CoreContext, sha256: string) => path.join(ctx.dataDir, ...attachmentPath(sha256).split('/'));

export const toAttachment = (ctx: CoreContext, r: AttachmentRow): Attachment => ({
  id: r.id,
  ownerType: r.owner_type,
  ownerId: r.owner_id,
  name: r.name,
  size: r.size,
  mime: r.mime,
  sha256: r.sha256,
  createdAt: r.created_at,
  deletedAt: r.deleted_at,
  missing: !fs.existsSync(storedFile(ctx, r.sha256)),
});

export function listAttachments(ctx: CoreContext, ownerType: OwnerType, ownerId: number): Attachment[] {
  const rows = ctx.db
    .prepare('SELECT * FROM attachments WHERE owner_type = ? AND owner_id = ? AND deleted_at IS NULL ORDER BY id')
    .all(ownerType, ownerId) as AttachmentRow[];
  return rows.map((r) => toAttachment(ctx, r));
}

function mustGet(ctx: CoreContext, id: number): AttachmentRow {
  const r = ctx.db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的附件，可能已从回收站清除，请刷新后重试。`);
  return r;
}

/** The owner must exist and not be deleted; returns how the audit log names it. */
function ownerLabel(ctx: CoreContext, type: OwnerType, id: number): { label: string; locked: boolean } {
  const table = type === 'record' ? 'records' : 'meetings';
  const o = ctx.db.prepare(`SELECT title, date, deleted_at, ${type === 'meeting' ? 'locked' : '0 AS locked'} FROM ${table} WHERE id = ?`).get(id) as
    | { title: string; date: string; deleted_at: string | null; locked: number }
    | undefined;
  const what = type === 'record' ? '台账' : '会议';
  if (!o) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的${what}，可能已被删除，请刷新后重试。`);
  if (o.deleted_at) throw new AppError('READ_ONLY', `该${what}已删除。请先恢复，再管理它的附件。`);
  return { label: `${what}“${o.title || o.date}”`, locked: o.locked === 1 };
}

/** Keeps the base name only, without control characters, so a name can never climb out of a folder. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  return clean && clean !== '.' && clean !== '..' ? clean.slice(0, 255) : '附件';
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Writes the content under its hash unless an intact copy is there (same file uploaded twice = one copy). */
function storeContent(ctx: CoreContext, bytes: Buffer): string {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const file = storedFile(ctx, sha);
  if (fs.existsSync(file) && fs.statSync(file).size === bytes.length) return sha;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  return sha;
}

export function uploadAttachment(ctx: CoreContext, input: { ownerType: OwnerType; ownerId: number; fileName: string; dataBase64: string }): Attachment {
  const name = safeName(input.fileName);
  const { label } = ownerLabel(ctx, input.ownerType, input.ownerId);
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', `文件“${name}”是空的（0 字节），请检查后重新选择。`, { dataBase64: '文件为空' });
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', `文件“${name}”有 ${mb(bytes.length)}，超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB 的上限。请压缩或拆分后再上传（扫描件可降低分辨率）。`, { dataBase64: '文件太大' });
  }
  // The file goes in first: if the row is not written, the stray copy is removed when the recycle bin is emptied.
  const sha = storeContent(ctx, bytes);
  const id = inTransaction(ctx, () => {
    const id = Number(
      ctx.db
        .prepare('INSERT INTO attachments (owner_type, owner_id, sha256, name, size, mime, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.ownerType, input.ownerId, sha, name, bytes.length, mimeOf(name), isoNow(ctx)).lastInsertRowid,
    );
    audit(ctx, { action: 'attachment.add', objectType: 'attachment', objectId: id, summary: `为${label}上传附件“${name}”（${mb(bytes.length)}）` });
    return id;
  });
  return toAttachment(ctx, mustGet(ctx, id));
}

export function removeAttachment(ctx: CoreContext, id: number): Attachment {
  return inTransaction(ctx, () => {
    const r = mustGet(ctx, id);
    if (!r.deleted_at) {
      const owner = ownerLabel(ctx, r.owner_type, r.owner_id);
      if (owner.locked) throw new AppError('READ_ONLY', `${owner.label}已锁定，附件不能删除。如确需删除，请先解锁会议（解锁会记入操作日志）。`);
      ctx.db.prepare('UPDATE attachments SET deleted_at = ? WHERE id = ?').run(isoNow(ctx), id);
      audit(ctx, { action: 'attachment.remove', objectType: 'attachment', objectId: id, summary: `删除${owner.label}的附件“${r.name}”（可在回收站恢复）` });
    }
    return toAttachment(ctx, mustGet(ctx, id));
  });
}

export function restoreAttachment(ctx: CoreContext, id: number): Attachment {
  return inTransaction(ctx, () => {
    const r = mustGet(ctx, id);
    if (r.deleted_at) {
      ctx.db.prepare('UPDATE attachments SET deleted_at = NULL WHERE id = ?').run(id);
      audit(ctx, { action: 'attachment.restore', objectType: 'attachment', objectId: id, summary: `恢复附件“${r.name}”` });
    }
    return toAttachment(ctx, mustGet(ctx, id));
  });
}

/** The stored copy of a live attachment; a missing file is reported with what to do. */
export function locateAttachment(ctx: CoreContext, id: number): { path: string; name: string; mime: string; size: number } {
  const r = mustGet(ctx, id);
  const file = storedFile(ctx, r.sha256);
  if (!fs.existsSync(file)) {
    throw new AppError('NOT_FOUND', `附件“${r.name}”的文件在数据目录中找不到（可能被误删，或数据目录不完整）。请从备份恢复，或删除这条附件后重新上传。`);
  }
  return { path: file, name: r.name, mime: r.mime, size: r.size };
}

/** Opens the host's default program on the file: `(path) => error text, '' when it worked` (Electron's shell.openPath). */
export type OpenPath = (file: string) => Promise<string>;

/**
 * Copies the attachment to a fresh temp folder under its original name (so the program shows
 * the right name and can never change the stored copy), then asks the host to open it.
 * Executables are refused, by name and by content.
 */
export async function openAttachment(ctx: CoreContext, id: number, openPath: OpenPath | undefined): Promise<{ supported: boolean }> {
  if (!openPath) return { supported: false };
  const f = locateAttachment(ctx, id);
  refuseExecutable(f.name, f.path);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-open-'));
  const copy = path.join(dir, f.name);
  fs.copyFileSync(f.path, copy);
  fs.chmodSync(copy, 0o444);
  const error = await openPath(copy);
  if (error) throw new AppError('BAD_FILE', `无法打开附件“${f.name}”：${error}。可能本机没有能打开此类文件的程序。`);
  return { supported: true };
}
