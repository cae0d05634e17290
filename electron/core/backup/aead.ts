import { createCipheriv, createDecipheriv, getCiphers } from 'node:crypto';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';

// ChaCha20-Poly1305 (RFC 8439), the cipher of age's payload, from the fastest source the
// runtime has. Node's OpenSSL has it (CLI, browser host, tests: ~2 GB/s here); Electron's
// BoringSSL does not expose it to createCipheriv, so the app uses libsodium through
// sodium-native (prebuilt N-API binaries for win32/linux x64/arm64, ~1.2 GB/s). The pure-JS
// @noble/ciphers (~110 MB/s) is the last resort if neither loads. All three give identical
// bytes; which one ran is reported by backups and the benchmark.

export type AeadName = 'openssl' | 'libsodium' | 'noble';

export const TAG_BYTES = 16;

export interface Aead {
  name: AeadName;
  /** ciphertext || tag */
  seal(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Uint8Array;
  /** The plaintext, or null when the tag does not verify. */
  open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Uint8Array | null;
}

const CIPHER = 'chacha20-poly1305';

const openssl: Aead = {
  name: 'openssl',
  seal(key, nonce, plain) {
    const c = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
  },
  open(key, nonce, sealed) {
    const d = createDecipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
    d.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG_BYTES)), d.final()]);
    } catch {
      return null;
    }
  },
};

type Sodium = typeof import('sodium-native');

const libsodium = (s: Sodium): Aead => ({
  name: 'libsodium',
  seal(key, nonce, plain) {
    const out = Buffer.allocUnsafe(plain.length + TAG_BYTES);
    s.crypto_aead_chacha20poly1305_ietf_encrypt(out, plain, null, null, nonce, key);
    return out;
  },
  open(key, nonce, sealed) {
    const out = Buffer.allocUnsafe(sealed.length - TAG_BYTES);
    try {
      s.crypto_aead_chacha20poly1305_ietf_decrypt(out, null, sealed, null, nonce, key);
      return out;
    } catch {
      return null;
    }
  },
});

const noble: Aead = {
  name: 'noble',
  seal: (key, nonce, plain) => chacha20poly1305(key, nonce).encrypt(plain),
  open(key, nonce, sealed) {
    try {
      return chacha20poly1305(key, nonce).decrypt(sealed);
    } catch {
      return null;
    }
  },
};

async function loadSodium(): Promise<Aead | null> {
  try {
    const mod = (await import('sodium-native')) as Sodium & { default?: Sodium };
    return libsodium(mod.default ?? mod);
  } catch {
    return null; // no prebuilt binary for this platform: fall through to the JS cipher
  }
}

let chosen: Promise<Aead> | null = null;

/** The fastest available implementation, or the named one (tests and the benchmark compare them). */
export function getAead(name?: AeadName): Promise<Aead> {
  if (name === 'openssl') return Promise.resolve(openssl);
  if (name === 'noble') return Promise.resolve(noble);
  if (name === 'libsodium') return loadSodium().then((a) => a ?? Promise.reject(new Error('sodium-native 不可用')));
  chosen ??= getCiphers().includes(CIPHER) ? Promise.resolve(openssl) : loadSodium().then((a) => a ?? noble);
  return chosen;
}
