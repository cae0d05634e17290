import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA_VERSION } from '../db/migrations';
import { readContainer } from './container';
import { decryptFile } from './crypto';
import { checkDatabase } from './database';
import { backupErrors } from './errors';
import { readChunks, type Progress } from './io';
import { DB_PATH, type Manifest } from './manifest';
import { stagingDir } from './journal';

export interface VerifyResult {
  manifest: Manifest;
  /** Row counts per table, read from the unpacked database itself. */
  counts: Record<string, number>;
}

export interface UnpackOptions {
  destDir: string;
  /** Restore writes attachments; verification only hashes them. */
  writeAttachments: boolean;
  fsync?: boolean;
  /** Size of the file being read, for the progress bar. */
  totalBytes: number;
  onProgress?: Progress;
}

/** Unpacks a container stream into `destDir` and checks everything, database included. */
export async function unpackAndCheck(source: AsyncIterable<Uint8Array>, o: UnpackOptions): Promise<VerifyResult> {
  const manifest = await readContainer(source, {
    destDir: o.destDir,
    write: (p) => p === DB_PATH || o.writeAttachments,
    fsync: o.fsync,
    // Refuse a newer backup before unpacking gigabytes of it.
    onManifest: (m) => {
      if (m.schemaVersion > SCHEMA_VERSION) throw backupErrors.dbNewer(m.schemaVersion, SCHEMA_VERSION);
    },
    onBytes: (n) => o.onProgress?.(Math.min(0.95, n / Math.max(1, o.totalBytes)), '正在解密并校验'),
  });
  o.onProgress?.(0.95, '正在检查数据库');
  const counts = checkDatabase(path.join(o.destDir, DB_PATH), manifest);
  o.onProgress?.(1, '校验完成');
  return { manifest, counts };
}

/**
 * Decrypts and checks a backup completely — manifest, every hash, the database's identity,
 * version and integrity — in a private temp folder. The live data is never touched.
 */
export async function verifyBackup(file: string, passphrase: string, opts: { workDir?: string; onProgress?: Progress } = {}): Promise<VerifyResult> {
  const source = await decryptFile(file, passphrase);
  return withTempDir(opts.workDir ?? os.tmpdir(), (destDir) =>
    unpackAndCheck(source, { destDir, writeAttachments: false, totalBytes: fs.statSync(file).size, onProgress: opts.onProgress }),
  );
}

/** The same checks for an unencrypted snapshot container. */
export async function verifyContainerFile(file: string, opts: { workDir?: string } = {}): Promise<VerifyResult> {
  if (!fs.existsSync(file)) throw backupErrors.notFound(file);
  return withTempDir(opts.workDir ?? os.tmpdir(), (destDir) =>
    unpackAndCheck(readChunks(file), { destDir, writeAttachments: false, totalBytes: fs.statSync(file).size }),
  );
}

export async function withTempDir<T>(parent: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const { dir, done } = await stagingDir(parent, '.luoshi-verify-');
  try {
    return await fn(dir);
  } finally {
    done();
  }
}
