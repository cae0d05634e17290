import { randomBytes, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { Stanza, type Identity, type Recipient } from 'age-encryption';

// age's passphrase ("scrypt") recipient and identity, with the key derived by the platform's
// native scrypt (Node's OpenSSL, Electron's BoringSSL — both have it) instead of the library's
// pure-JS one, which took ~1.8 s per backup at age's default cost and ran twice per backup
// (write, then read-back check). The format is age's, byte for byte (spec: age-encryption.org/v1,
// "scrypt recipient stanza"); `age -d` opening our files is tested. Wrapping the 16-byte file
// key stays in @noble/ciphers: BoringSSL has no ChaCha20-Poly1305 in createCipheriv.

const scrypt = promisify(scryptCb) as (pw: string, salt: Uint8Array, len: number, o: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const LABEL = 'age-encryption.org/v1/scrypt';
const B64_16 = /^[A-Za-z0-9+/]{22}$/;
/** The same ceiling as age: a header asking for more is refused, not obeyed. */
const MAX_LOG_N = 20;

async function wrappingKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Uint8Array> {
  const labelAndSalt = Buffer.concat([Buffer.from(LABEL, 'latin1'), salt]);
  const N = 2 ** logN;
  return scrypt(passphrase, labelAndSalt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 });
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/=+$/, '');

export class NativeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN = 18,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await wrappingKey(this.passphrase, salt, this.logN);
    const body = chacha20poly1305(key, new Uint8Array(12)).encrypt(fileKey);
    return [new Stanza(['scrypt', b64(salt), String(this.logN)], body)];
  }
}

export class NativeScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  // Error texts match age-encryption's own, so callers map them the same way.
  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const s of stanzas) {
      if (s.args[0] !== 'scrypt') continue;
      if (stanzas.length !== 1) throw Error('scrypt recipient is not the only one in the header');
      const [, salt64, logNText] = s.args;
      if (s.args.length !== 3 || !B64_16.test(salt64 ?? '') || !/^[1-9][0-9]*$/.test(logNText ?? '')) throw Error('invalid scrypt stanza');
      const logN = Number(logNText);
      if (logN > MAX_LOG_N) throw Error('scrypt work factor is too high');
      if (s.body.length !== 32) throw Error('invalid stanza');
      const key = await wrappingKey(this.passphrase, Buffer.from(salt64!, 'base64'), logN);
      try {
        return chacha20poly1305(key, new Uint8Array(12)).decrypt(s.body);
      } catch {
        return null; // wrong passphrase: the tag does not verify
      }
    }
    return null;
  }
}
