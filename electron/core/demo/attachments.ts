// Demo attachments: deterministic, incompressible bytes (like real scans and PDFs) stored the
// way the app stores uploads — content-addressed at <dataDir>/attachments/<sha[0:2]>/<sha> —
// with a row in `attachments`.

import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { attachmentPath } from '../backup/manifest';

const KINDS = {
  pdf: { mime: 'application/pdf', head: '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n' },
  jpg: { mime: 'image/jpeg', head: '\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', head: 'PK\u0003\u0004\u0014\u0000\u0006\u0000' },
} as const;
export type AttachmentExt = keyof typeof KINDS;

/**
 * `size` bytes for `seed`: a format header, then an AES-CTR keystream (fast, and the same
 * on every machine for the same seed, so a seed always gives the same files and hashes).
 */
export function demoBytes(seed: string, size: number, ext: AttachmentExt): Buffer {
  const key = createHash('sha256').update(`luoshi-demo:${seed}`).digest();
  const body = createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(size));
  body.write(KINDS[ext].head, 0, 'latin1');
  return body;
}

export interface DemoAttachment {
  ownerType: 'record' | 'meeting';
  ownerId: number;
  /** File name shown to users, with its extension. */
  name: string;
  ext: AttachmentExt;
  size: number;
  seed: string;
}

/** Returns a writer bound to one prepared INSERT; call it inside the generation transaction. */
export function attachmentWriter(ctx: CoreContext): (a: DemoAttachment) => { sha256: string; size: number } {
  const insert = ctx.db.prepare(
    `INSERT INTO attachments (owner_type, owner_id, sha256, name, size, mime, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = ctx.now().toISOString();
  return (a) => {
    const bytes = demoBytes(a.seed, a.size, a.ext);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = path.join(ctx.dataDir, ...attachmentPath(sha256).split('/'));
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Temp name then rename, so an interrupted run never leaves a file whose content does not match its name.
      fs.writeFileSync(`${file}.tmp`, bytes);
      fs.renameSync(`${file}.tmp`, file);
    }
    insert.run(a.ownerType, a.ownerId, sha256, a.name, a.size, KINDS[a.ext].mime, at);
    return { sha256, size: a.size };
  };
}
