// Large plan files for the reading benchmark, made with the docx package and LibreOffice:
// a "10 MB" office document is the plan's text with scanned pictures pasted in (that is what
// makes real ones big), and the longest PDF we accept is 300 pages of text.

import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { Document, ImageRun, Packer, Paragraph } from 'docx';

const hasSoffice = () => spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** An uncompressed 24-bit BMP of noise: its bytes survive every re-encoding, so the size holds. */
function noiseBmp(width: number, height: number): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + row * height, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(row * height, 34);
  return Buffer.concat([header, randomBytes(row * height)]);
}

function convert(src: string, to: string, outDir: string): string {
  const r = spawnSync('soffice', ['--headless', '--convert-to', to, '--outdir', outDir, src], { encoding: 'utf8', timeout: 600_000 });
  const out = path.join(outDir, `${path.basename(src, path.extname(src))}.${to.split(':')[0]}`);
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`LibreOffice 转换失败：${r.stderr}`);
  return out;
}

export interface BigPlanFiles {
  doc: string;
  pdf: string;
  longPdf: string;
}

/** Makes the files once in `dir`; null when LibreOffice is not installed. */
export async function bigPlanFiles(dir: string, planText: string): Promise<BigPlanFiles | null> {
  if (!hasSoffice()) return null;
  const doc = path.join(dir, 'big-plan.doc');
  const pdf = path.join(dir, 'big-plan.pdf');
  const longPdf = path.join(dir, 'long-plan.pdf');
  if (![doc, pdf, longPdf].every((f) => fs.existsSync(f))) {
    const lines = planText.split('\n').filter((l) => l.trim());
    const pictures = Array.from({ length: 4 }, () => new Paragraph({ children: [new ImageRun({ type: 'bmp', data: noiseBmp(900, 900), transformation: { width: 400, height: 400 } })] }));
    const withPictures = new Document({ sections: [{ children: [...lines.map((l) => new Paragraph(l)), ...pictures] }] });
    const docx = path.join(dir, 'big-plan.docx');
    fs.writeFileSync(docx, await Packer.toBuffer(withPictures));
    convert(docx, 'doc', dir);
    // Lossless, as a scanner's PNG would be kept: JPEG would shrink the noise to a few MB.
    convert(docx, 'pdf:writer_pdf_Export:{"UseLosslessCompression":{"type":"boolean","value":"true"}}', dir);
    // ~2 pages per copy of the sample plan: 150 copies are just under the 300-page limit.
    const longTxt = path.join(dir, 'long-plan.txt');
    fs.writeFileSync(longTxt, Array.from({ length: 148 }, () => planText).join('\n'));
    convert(longTxt, 'pdf', dir);
  }
  return { doc, pdf, longPdf };
}
