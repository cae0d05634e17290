import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { decodePlanBytes, MAX_PLAN_CHARS } from '../../../shared/plan/decode';
import { PlanInputError } from '../../../shared/plan/errors';

const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
const sampleText = new TextDecoder().decode(fixture('party-group-plan-2022.txt'));

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return (e as PlanInputError).code;
  }
  return undefined;
}

describe('decodePlanBytes', () => {
  it('reads UTF-8 without BOM', () => {
    const r = decodePlanBytes(fixture('party-group-plan-2022.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(sampleText);
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、总体要求')]);
    expect(decodePlanBytes(bytes)).toEqual({ text: '一、总体要求', encoding: 'utf-8' });
  });

  it('reads GB18030 (Word "save as text" on Chinese Windows)', () => {
    const r = decodePlanBytes(fixture('plan-gb18030.txt'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(sampleText);
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const text = '县政府党组2022年工作要点\r\n一、站稳政治立场';
    expect(decodePlanBytes(utf16(text, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodePlanBytes(utf16(text, true))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(codeOf(() => decodePlanBytes(new Uint8Array()))).toBe('empty');
    expect(codeOf(() => decodePlanBytes(new TextEncoder().encode(' \n\u3000\r\n')))).toBe('empty');
    expect(() => decodePlanBytes(new Uint8Array())).toThrow(/文件是空的/);
  });

  it('rejects binary content', () => {
    // A PNG header has NUL bytes.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(codeOf(() => decodePlanBytes(png))).toBe('binary');
    expect(() => decodePlanBytes(png)).toThrow(/这不是文本文件/);
    // No NUL, but full of control characters.
    const noisy = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(() => decodePlanBytes(noisy))).toBe('binary');
  });

  it('rejects text that is too big for a plan', () => {
    const big = new TextEncoder().encode('a'.repeat(MAX_PLAN_CHARS + 1));
    expect(codeOf(() => decodePlanBytes(big))).toBe('too-large');
    expect(() => decodePlanBytes(big)).toThrow(/太大/);
    // Rejected from the byte count alone, before decoding.
    expect(codeOf(() => decodePlanBytes(new Uint8Array(4 * MAX_PLAN_CHARS + 1).fill(0x41)))).toBe('too-large');
  });
});
