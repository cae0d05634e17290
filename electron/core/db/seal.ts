import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { DB } from './open';

// The "clean close" seal, `<file>-seal`, lets the next open skip quick_check (≈1 s at ten years
// of data: it reads every page) when the file is provably the one we closed: same device,
// inode, size and modification time, same bytes at both ends, no -wal left behind. Anything
// else — a crash, a copy, a restore, another program, a file from a USB stick — has no valid
// seal and gets the full check before a byte is written. Even a sealed file is fully checked
// again once the last full check is older than a week (and every backup checks its copy).

const SEAL_VERSION = 1;
const SAMPLE = 64 * 1024;
export const FULL_CHECK_EVERY_MS = 7 * 24 * 3600 * 1000;

interface Seal {
  v: number;
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  sample: string;
  /** When quick_check last passed on this file (carried from seal to seal). */
  fullCheckAt: string;
}

export const sealPath = (file: string) => `${file}-seal`;

function fingerprint(file: string): Omit<Seal, 'v' | 'fullCheckAt'> {
  const st = fs.statSync(file, { bigint: true });
  const h = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE);
    h.update(buf.subarray(0, fs.readSync(fd, buf, 0, SAMPLE, 0)));
    const tail = st.size > BigInt(SAMPLE) ? st.size - BigInt(SAMPLE) : 0n;
    h.update(buf.subarray(0, fs.readSync(fd, buf, 0, SAMPLE, Number(tail))));
  } finally {
    fs.closeSync(fd);
  }
  return { dev: String(st.dev), ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), sample: h.digest('hex') };
}

const walPending = (file: string) => {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
};

/** The last full check's time if the file carries a valid seal younger than a week; null means "check it now". */
export function validSeal(file: string, now: Date): Date | null {
  try {
    const seal = JSON.parse(fs.readFileSync(sealPath(file), 'utf8')) as Seal;
    if (seal.v !== SEAL_VERSION || walPending(file)) return null;
    const at = new Date(seal.fullCheckAt);
    const age = now.getTime() - at.getTime();
    if (!(age >= 0 && age < FULL_CHECK_EVERY_MS)) return null;
    const fp = fingerprint(file);
    const same = (Object.keys(fp) as (keyof typeof fp)[]).every((k) => fp[k] === seal[k]);
    return same ? at : null;
  } catch {
    return null; // no seal, unreadable or malformed: check the file
  }
}

export const removeSeal = (file: string) => fs.rmSync(sealPath(file), { force: true });

/**
 * Seals a closed file that was fully checked moments ago by other means: restore's staged
 * database, integrity_check'ed (stronger than quick_check) and then only given its log entries,
 * so the reopen right after the swap does not read every page a second time.
 */
export function sealChecked(file: string, checkedAt: Date): void {
  if (walPending(file)) return;
  const seal: Seal = { v: SEAL_VERSION, ...fingerprint(file), fullCheckAt: checkedAt.toISOString() };
  fs.writeFileSync(sealPath(file), JSON.stringify(seal), { mode: 0o600 });
}

const opened = new WeakMap<DB, { file: string; fullCheckAt: Date }>();

/** Remembers, for `closeSealed`, which file a handle belongs to and when it was last fully checked. */
export function trackOpened(db: DB, file: string, fullCheckAt: Date): void {
  opened.set(db, { file, fullCheckAt });
}

/**
 * Closes the handle and, when everything reached the main file (no -wal left), seals it.
 * A failure to seal only costs the next open its quick_check.
 */
export function closeSealed(db: DB): void {
  const info = opened.get(db);
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    /* busy (another connection): no seal this time */
  }
  db.close();
  if (!info || walPending(info.file)) return;
  try {
    const seal: Seal = { v: SEAL_VERSION, ...fingerprint(info.file), fullCheckAt: info.fullCheckAt.toISOString() };
    fs.writeFileSync(sealPath(info.file), JSON.stringify(seal), { mode: 0o600 });
  } catch {
    removeSeal(info.file);
  }
}
