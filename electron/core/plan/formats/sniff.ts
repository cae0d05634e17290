// What a file really is, from its first bytes: clerks rename files, and WPS saves .docx
// content under .doc names, so the content decides how a file is read, not its extension.

export type Sniffed = 'zip' | 'ole' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff' | 'rtf' | 'other';

const MAGIC: { kind: Exclude<Sniffed, 'other'>; bytes: number[] }[] = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

export function sniff(buf: Uint8Array): Sniffed {
  // "%PDF-" may follow a few junk bytes (some mail gateways prepend them); readers accept 1 KB.
  const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  for (const m of MAGIC) if (m.bytes.every((b, i) => buf[i] === b)) return m.kind;
  // "BM" alone could start a text; a bitmap also records its own size right after it.
  if (buf.length >= 6 && buf[0] === 0x42 && buf[1] === 0x4d && Buffer.from(buf.buffer, buf.byteOffset, buf.length).readUInt32LE(2) === buf.length) return 'bmp';
  return 'other';
}

/** Names a zip's content by the part names stored in it (zip names are not compressed). */
export function zipContent(buf: Buffer): 'word' | 'excel' | 'powerpoint' | 'ofd' | 'zip' {
  if (buf.includes('word/document.xml') || buf.includes('word/_rels')) return 'word';
  if (buf.includes('xl/workbook.xml')) return 'excel';
  if (buf.includes('ppt/presentation.xml')) return 'powerpoint';
  if (buf.includes('OFD.xml')) return 'ofd';
  return 'zip';
}

export const IMAGE_NAMES: Partial<Record<Sniffed, string>> = {
  png: '图片（PNG）',
  jpeg: '图片（JPG）',
  gif: '图片（GIF）',
  bmp: '图片（BMP）',
  tiff: '图片（TIFF）',
};
