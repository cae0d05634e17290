import fs from 'node:fs';
import { Decrypter, Encrypter, type Recipient } from 'age-encryption';
import { getAead, TAG_BYTES, type Aead, type AeadName } from './aead';
import { NONCE_BYTES, openPayload, payloadKey, sealPayload } from './age-stream';
import { backupErrors } from './errors';
import { readChunks } from './io';
import { NativeScryptIdentity, NativeScryptRecipient } from './scrypt-stanza';

// age with a passphrase (scrypt recipient), so a backup opens anywhere with `age -d`.
// age-encryption writes and reads the header (stanza, HMAC); the payload goes through
// age-stream.ts over a native ChaCha20-Poly1305 (see aead.ts) in 64 KiB chunks, so memory
// stays flat whatever the size of the data folder.

const AGE_MAGIC = 'age-encryption.org/v1\n';
/** Our headers are ~150 bytes; a foreign file's header beyond this is refused as damaged. */
const MAX_HEADER = 64 * 1024;

export interface EncryptOptions {
  passphrase: string;
  /** log2 of scrypt's N: age's default 18 unless given; tests pass ~10 to stay fast. */
  scryptWorkFactor?: number;
  /** Force a cipher implementation (tests and the benchmark); the fastest available otherwise. */
  aead?: AeadName;
}

/** Hands the file key to us as the library wraps it, so we can derive the payload key. */
class KeyCapture implements Recipient {
  fileKey: Uint8Array | null = null;
  constructor(private readonly inner: Recipient) {}
  wrapFileKey(fileKey: Uint8Array) {
    this.fileKey = fileKey;
    return this.inner.wrapFileKey(fileKey);
  }
}

/** A started age file: header and payload nonce written out, payload key derived. Use for one file only. */
export interface AgeStart {
  headerAndNonce: Uint8Array;
  payloadKey: Uint8Array;
  aead: Aead;
}

/**
 * Wraps a fresh file key with the passphrase (scrypt, ~0.5–1 s at the default cost, on the
 * thread pool: callers start it early and gather data meanwhile). A new key and nonce every
 * time, so a retried backup never reuses a keystream.
 */
export async function startAge(o: EncryptOptions): Promise<AgeStart> {
  if (!o.passphrase) throw backupErrors.noPassphrase();
  const capture = new KeyCapture(new NativeScryptRecipient(o.passphrase, o.scryptWorkFactor ?? 18));
  const e = new Encrypter();
  e.addRecipient(capture);
  // An empty message is, by age's spec, header || 16-byte nonce || one empty final chunk
  // (its 16-byte tag): the library's header and nonce, with the payload ours to write.
  const empty = await e.encrypt(new Uint8Array(0));
  const headerAndNonce = empty.subarray(0, empty.length - TAG_BYTES);
  const nonce = headerAndNonce.subarray(headerAndNonce.length - NONCE_BYTES);
  return { headerAndNonce, payloadKey: payloadKey(capture.fileKey!, nonce), aead: await getAead(o.aead) };
}

export async function* encryptWith(start: AgeStart, plain: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield start.headerAndNonce;
  yield* sealPayload(plain, start.payloadKey, start.aead);
}

/**
 * Opens an age file for reading. Everything that can be told from the file's first bytes
 * (empty, SQLite, zip, tar, text) and from its header (wrong passphrase, damaged header)
 * is refused here with its own message. Damage in the body only shows while reading: the
 * returned chunks throw `payloadDamaged`, and nothing read before that may be trusted.
 */
export async function decryptFile(file: string, passphrase: string, aeadName?: AeadName): Promise<AsyncIterable<Uint8Array>> {
  if (!passphrase) throw backupErrors.noPassphrase();
  const head = sniff(file);
  const d = new Decrypter();
  d.addIdentity(new NativeScryptIdentity(passphrase));
  let fileKey: Uint8Array;
  try {
    fileKey = await d.decryptHeader(head);
  } catch (e) {
    throw headerError(e, head);
  }
  const headerSize = headerLength(head);
  const nonce = head.subarray(headerSize, headerSize + NONCE_BYTES);
  if (nonce.length < NONCE_BYTES) throw backupErrors.payloadDamaged();
  const aead = await getAead(aeadName);
  const body = readChunks(file, headerSize + NONCE_BYTES);
  return openPayload(body, payloadKey(fileKey, nonce), aead, () => backupErrors.payloadDamaged());
}

/** Bytes up to and including the MAC line ("--- …\n"); called once the MAC has verified. */
function headerLength(head: Buffer): number {
  const mac = head.indexOf('\n--- ');
  return head.indexOf('\n', mac + 1) + 1;
}

/** Reads the first bytes and refuses anything that is plainly not an age file. */
function sniff(file: string): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw backupErrors.notFound(file);
  }
  if (!st.isFile()) throw backupErrors.notFound(file);
  if (st.size === 0) throw backupErrors.empty();
  const head = Buffer.alloc(Math.min(st.size, MAX_HEADER));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.subarray(0, AGE_MAGIC.length).toString('latin1') === AGE_MAGIC) return head;
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') throw backupErrors.sqlite();
  if (head.subarray(0, 4).toString('latin1') === 'PK\x03\x04' || head.subarray(0, 4).toString('latin1') === 'PK\x05\x06') throw backupErrors.zip();
  if (head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') throw backupErrors.tar();
  if (head.toString('latin1').startsWith('-----BEGIN AGE ENCRYPTED FILE-----')) throw backupErrors.armored();
  if (looksLikeText(head)) throw backupErrors.text();
  throw backupErrors.unknownFormat();
}

/** UTF-8 (or UTF-16 with a BOM) without control bytes other than whitespace. */
function looksLikeText(b: Buffer): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  // The sample may end mid-character; drop up to three trailing bytes before decoding.
  for (let cut = 0; cut < 4 && cut < b.length; cut++) {
    const s = b.subarray(0, b.length - cut);
    if (Buffer.from(s.toString('utf8'), 'utf8').equals(s)) return !/[\x00-\x08\x0e-\x1f\x7f]/.test(s.toString('utf8'));
  }
  return false;
}

/** The library's English messages, turned into ours. */
function headerError(e: unknown, head: Buffer): Error {
  const msg = e instanceof Error ? e.message : String(e);
  if (/no identity matched/.test(msg)) {
    return head.toString('latin1').includes('\n-> scrypt ') ? backupErrors.wrongPassphrase() : backupErrors.notForPassphrase();
  }
  if (/HMAC/.test(msg)) return backupErrors.headerDamaged('文件头校验失败');
  if (/work factor/.test(msg)) return backupErrors.headerDamaged('加密参数异常');
  if (/stream ended|ended before/.test(msg)) return backupErrors.headerDamaged('文件过短');
  return backupErrors.headerDamaged('文件头格式错误');
}
