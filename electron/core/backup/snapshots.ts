import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { buildContainerFile, type BuildResult } from './build';
import { fileStamp, rmQuiet } from './io';
import { SNAPSHOT_DIR } from './paths';

// Automatic safety copies inside the data folder: the same tar container as a backup, but not
// encrypted (they sit next to the plain database anyway) and rotated. Restoring one is a manual,
// expert step (`tar -x`); the everyday path is the encrypted backup.
// Not written to the audit log: they are taken by the app itself, often, not by a person.

export const DEFAULT_KEEP = 14;

export interface SnapshotInfo {
  kind: 'snapshot' | 'pre-restore';
  /** Absolute path: a .tar file, or a folder for pre-restore copies. */
  path: string;
  name: string;
  /** From the name's UTC stamp, ISO. */
  createdAt: string;
  reason: string;
  /** File size; for pre-restore folders the sum of their files. */
  bytes: number;
}

const SNAPSHOT_NAME = /^snapshot-(\d{8}-\d{6})-(.+?)(?:-(\d+))?\.tar$/;
const PRE_RESTORE_NAME = /^pre-restore-(\d{8}-\d{6})(?:-(\d+))?$/;

/** Reason → file-name part: ASCII letters, digits and dashes only ('daily', 'before-import'…). */
// Chinese reasons stay readable in the name (the list shows them); anything else becomes '-'.
const slug = (reason: string) => reason.toLowerCase().replace(/[^\p{Script=Han}a-z0-9]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'manual';

/** Writes `<dataDir>/snapshots/snapshot-<stamp>-<reason>.tar`, then keeps only the newest `keep`. */
export async function takeSnapshot(ctx: CoreContext, reason: string, opts: { keep?: number } = {}): Promise<BuildResult> {
  const dir = path.join(ctx.dataDir, SNAPSHOT_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const base = `snapshot-${fileStamp(ctx.now())}-${slug(reason)}`;
  let file = path.join(dir, `${base}.tar`);
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `${base}-${i}.tar`);
  const r = await buildContainerFile(ctx, { outFile: file, reason });
  prune(ctx.dataDir, Math.max(1, opts.keep ?? DEFAULT_KEEP));
  return r;
}

/** Newest first. Pre-restore folders are listed but never pruned: they are the way back from a restore. */
export function listSnapshots(dataDir: string): SnapshotInfo[] {
  const dir = path.join(dataDir, SNAPSHOT_DIR);
  if (!fs.existsSync(dir)) return [];
  const out: (SnapshotInfo & { order: number })[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    const snap = e.isFile() ? SNAPSHOT_NAME.exec(e.name) : null;
    const pre = e.isDirectory() ? PRE_RESTORE_NAME.exec(e.name) : null;
    const m = snap ?? pre;
    if (!m) continue;
    const seq = Number((snap ? snap[3] : pre![2]) ?? 1);
    out.push({
      kind: snap ? 'snapshot' : 'pre-restore',
      path: p,
      name: e.name,
      createdAt: stampToIso(m[1]!),
      reason: snap ? snap[2]! : 'pre-restore',
      bytes: snap ? fs.statSync(p).size : folderBytes(p),
      order: seq,
    });
  }
  out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.order - a.order);
  return out.map(({ order: _order, ...s }) => s);
}

function prune(dataDir: string, keep: number): void {
  for (const s of listSnapshots(dataDir).filter((x) => x.kind === 'snapshot').slice(keep)) rmQuiet(s.path);
}

const stampToIso = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return n;
}
