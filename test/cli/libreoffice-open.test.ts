import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missing } from '../helpers/needs';
import { pdfText } from '../helpers/pdf-text';
import { tmpDir } from '../helpers/tmp';
import { cli } from './helpers';

// The exports must open in a real office suite, not only in the library that wrote them.
// LibreOffice (installed by .ci/run) converts each to PDF; the PDF's text proves it was read.
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
// Writer alone (libreoffice-writer-nogui) cannot open the .xlsx: Calc's library must be beside soffice.
const program = soffice ? path.dirname(fs.realpathSync(spawnSync('which', [soffice], { encoding: 'utf8' }).stdout.trim())) : '';
const suite = soffice && ['libswlo.so', 'libsclo.so'].every((lib) => fs.existsSync(path.join(program, lib))) ? soffice : undefined;

describe.skipIf(missing(suite, '导出文件在 LibreOffice（Writer 与 Calc）中打开', 'libreoffice-writer-nogui libreoffice-calc-nogui'))('exports open in LibreOffice', () => {
  it('the annual ledger as .xlsx and .docx converts to PDF with its content', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'demo.db');
    expect((await cli(['demo', 'generate', '--db', db, '--seed', '5'])).code).toBe(0);
    const outputs: string[] = [];
    for (const ext of ['xlsx', 'docx']) {
      const file = path.join(dir, `台账-${ext}.${ext}`);
      expect((await cli(['export', 'ledger', '--year', '2022', '--out', file, '--db', db])).code).toBe(0);
      outputs.push(file);
    }
    const profile = path.join(dir, 'lo-profile');
    execFileSync(suite!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'pdf'), ...outputs], { timeout: 180_000, stdio: 'pipe' });
    for (const ext of ['xlsx', 'docx']) {
      const pdf = path.join(dir, 'pdf', `台账-${ext}.pdf`);
      expect(fs.existsSync(pdf), pdf).toBe(true);
      // Table cells wrap in the PDF: compare with the line breaks taken out.
      const text = (await pdfText(pdf)).replace(/\s+/g, '');
      expect(text, ext).toContain('站稳政治立场');
      expect(text, ext).toContain('严守政治纪律规矩');
      expect(text, ext).toContain('每月至少召开一次党组会议');
    }
  }, 240_000);
});
