import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { getAead, type AeadName } from '../../../electron/core/backup/aead';
import { CHUNK, openPayload, sealPayload } from '../../../electron/core/backup/age-stream';
import { decryptFile, encryptWith, startAge } from '../../../electron/core/backup/crypto';
import { tmpDir } from '../../helpers/tmp';

// The payload cipher comes from OpenSSL (Node), libsodium (Electron, whose BoringSSL lacks
// ChaCha20-Poly1305) or pure JS: every one must write the same bytes age does, and refuse the
// same damage. The age CLI test (interop.test.ts) then covers all three.

const NAMES: AeadName[] = ['openssl', 'libsodium', 'noble'];
const SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 77];
const key = crypto.createHash('sha256').update('k').digest();

async function* pieces(data: Buffer, size = 7000): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
const collect = async (it: AsyncIterable<Uint8Array>) => {
  const out: Uint8Array[] = [];
  for await (const c of it) out.push(c);
  return Buffer.concat(out);
};
const damaged = () => new Error('damaged');

describe('age payload over a native cipher', () => {
  it('OpenSSL, libsodium and the JS cipher seal identical chunks and open each other’s', async () => {
    for (const size of SIZES) {
      const data = crypto.randomBytes(size);
      const sealed = await Promise.all(NAMES.map(async (n) => collect(sealPayload(pieces(data), key, await getAead(n)))));
      for (const s of sealed) expect(s.equals(sealed[0]!), `size ${size}`).toBe(true);
      for (const n of NAMES) expect((await collect(openPayload(pieces(sealed[0]!, 4096), key, await getAead(n), damaged))).equals(data)).toBe(true);
    }
  });

  it('refuses a file cut at a chunk boundary, an extra chunk, swapped chunks and a flipped bit', async () => {
    const aead = await getAead('libsodium');
    const data = crypto.randomBytes(3 * CHUNK + 10);
    const sealed = await collect(sealPayload(pieces(data), key, aead));
    const S = CHUNK + 16;
    const first = sealed.subarray(0, S);
    const second = sealed.subarray(S, 2 * S);
    const cases: Record<string, Buffer> = {
      cut: sealed.subarray(0, 2 * S),
      extra: Buffer.concat([sealed, first]),
      swapped: Buffer.concat([second, first, sealed.subarray(2 * S)]),
      flipped: Buffer.from(sealed).fill(sealed[S + 5]! ^ 1, S + 5, S + 6),
      empty: Buffer.alloc(0),
      emptyLastAfterOthers: Buffer.concat([sealed.subarray(0, 3 * S), (await collect(sealPayload(pieces(Buffer.alloc(0)), key, aead)))]),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      await expect(collect(openPayload(pieces(bytes), key, aead, damaged)), name).rejects.toThrow('damaged');
    }
  });

  it('files we write open with age-encryption itself, and files it writes open with ours', async () => {
    const dir = tmpDir();
    const data = crypto.randomBytes(2 * CHUNK + 123);
    for (const n of NAMES) {
      const ours = await collect(encryptWith(await startAge({ passphrase: '口令 pass', scryptWorkFactor: 10, aead: n }), pieces(data)));
      const d = new Decrypter();
      d.addPassphrase('口令 pass');
      expect(Buffer.from(await d.decrypt(ours)).equals(data), n).toBe(true);

      const e = new Encrypter();
      e.setPassphrase('口令 pass');
      e.setScryptWorkFactor(10);
      const file = path.join(dir, `${n}.age`);
      fs.writeFileSync(file, await e.encrypt(data));
      expect((await collect(await decryptFile(file, '口令 pass', n))).equals(data), n).toBe(true);
    }
  });
});
