import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt is in both Node's OpenSSL and Electron's BoringSSL. N=2^15 takes ~100 ms: slow to guess, quick to type. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };

interface Verifier extends ScryptParams {
  salt: string;
  hash: string;
}

const derive = (password: string, salt: Buffer, k: ScryptParams) =>
  scryptSync(password.normalize('NFC'), salt, 32, { N: k.N, r: k.r, p: k.p, maxmem: 256 * k.N * k.r });

export function makeVerifier(password: string, params: ScryptParams = DEFAULT_SCRYPT): string {
  const salt = randomBytes(16);
  const v: Verifier = { ...params, salt: salt.toString('base64'), hash: derive(password, salt, params).toString('base64') };
  return JSON.stringify(v);
}

export function checkVerifier(password: string, stored: string): boolean {
  const v = JSON.parse(stored) as Verifier;
  const expected = Buffer.from(v.hash, 'base64');
  const got = derive(password, Buffer.from(v.salt, 'base64'), v);
  return got.length === expected.length && timingSafeEqual(got, expected);
}
