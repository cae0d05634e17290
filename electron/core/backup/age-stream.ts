import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { TAG_BYTES, type Aead } from './aead';

// age's payload (age-encryption.org/v1, "payload"): a 16-byte nonce, then the plaintext in
// 64 KiB chunks, each sealed with ChaCha20-Poly1305 under HKDF-SHA256(file key, nonce,
// "payload") and a 12-byte nonce of an 11-byte big-endian chunk counter plus a last-chunk flag.
// Written here, over a native cipher, because age-encryption's stream runs the pure-JS cipher
// (~40 MB/s with its web-stream plumbing); the header stays with the library.

export const CHUNK = 64 * 1024;
export const NONCE_BYTES = 16;
const SEALED = CHUNK + TAG_BYTES;

const PAYLOAD_LABEL = new TextEncoder().encode('payload');

export const payloadKey = (fileKey: Uint8Array, nonce: Uint8Array) => hkdf(sha256, fileKey, nonce, PAYLOAD_LABEL, 32);

function chunkNonce(counter: number, last: boolean): Uint8Array {
  const n = new Uint8Array(12);
  let c = counter;
  for (let i = 10; i >= 0 && c > 0; i--) {
    n[i] = c % 256;
    c = Math.floor(c / 256);
  }
  n[11] = last ? 1 : 0;
  return n;
}

/**
 * Cuts a byte stream into fixed-size blocks, holding the last one back until the source ends,
 * so the caller learns which block is final (age flags it). Copies into one staging buffer per
 * block instead of concatenating, so small pieces (tar headers) cost no reallocation.
 */
async function* blocks(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<{ block: Uint8Array; last: boolean }> {
  let stage = Buffer.allocUnsafe(size);
  let fill = 0;
  for await (const piece of source) {
    let at = 0;
    while (at < piece.length) {
      if (fill === size) {
        yield { block: stage, last: false }; // more bytes follow, so this block is not the last
        stage = Buffer.allocUnsafe(size);
        fill = 0;
      }
      const n = Math.min(size - fill, piece.length - at);
      stage.set(piece.subarray(at, at + n), fill);
      fill += n;
      at += n;
    }
  }
  yield { block: stage.subarray(0, fill), last: true };
}

/** Seals plaintext into age payload chunks (the nonce is written by the caller, before these). */
export async function* sealPayload(plain: AsyncIterable<Uint8Array>, key: Uint8Array, aead: Aead): AsyncGenerator<Uint8Array> {
  let counter = 0;
  for await (const { block, last } of blocks(plain, CHUNK)) yield aead.seal(key, chunkNonce(counter++, last), block);
}

/**
 * Opens age payload chunks. Throws `damaged()` on a chunk that does not verify, a truncated or
 * extended file (the last chunk then fails its flag), or an empty last chunk after others.
 */
export async function* openPayload(sealed: AsyncIterable<Uint8Array>, key: Uint8Array, aead: Aead, damaged: () => Error): AsyncGenerator<Uint8Array> {
  let counter = 0;
  for await (const { block, last } of blocks(sealed, SEALED)) {
    if (block.length < TAG_BYTES || (last && block.length === TAG_BYTES && counter > 0)) throw damaged();
    const plain = aead.open(key, chunkNonce(counter++, last), block);
    if (!plain) throw damaged();
    yield plain;
  }
}
