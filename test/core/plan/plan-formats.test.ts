import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanPreview } from '../../../shared/contract/plan';
import { call, tmpCore } from '../../helpers/tmp';

// Every office format of one document goes through the real plan.parse channel and must
// give the same duties; every unreadable file gets a Chinese message and writes nothing.
// Fixtures and how they were made: test/fixtures/formats/README.md.

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
const format = (name: string) => fixture(`formats/${name}`);
const upload = (fileName: string, bytes: Buffer | Uint8Array) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });
const sampleText = fixture('party-group-plan-2022.txt').toString('utf8');

const counts = (core: ReturnType<typeof tmpCore>) =>
  core.ctx.db.prepare('SELECT (SELECT count(*) FROM plans) p, (SELECT count(*) FROM plan_items) i, (SELECT count(*) FROM duties) d').get();

/** What a duty is, without the phrase it was read from (a PDF may break a paragraph at a line end). */
const dutyKeys = (p: PlanPreview) => p.duties.map(({ item, kind, frequency, minCount, scope, deadline }) => ({ item, kind, frequency, minCount, scope, deadline }));

describe('one plan in every office format gives the same duties', () => {
  it('.txt (UTF-8, GB18030, UTF-16 with and without BOM), .docx, .doc, .wps, PDF and pasted text', async () => {
    const core = tmpCore();
    const parse = (fileName: string, bytes: Buffer) => call<PlanPreview>(core, 'plan.parse', upload(fileName, bytes));
    const utf16le = Buffer.from(sampleText, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    const reference = await parse('要点.txt', fixture('party-group-plan-2022.txt'));
    expect(reference.duties.length).toBeGreaterThanOrEqual(10);

    const variants: [string, Buffer, PlanPreview['encoding']][] = [
      ['要点-gb18030.txt', format('plan-gb18030.txt'), 'gb18030'],
      ['要点-utf16le-无BOM.txt', utf16le, 'utf-16le'],
      ['要点-utf16be-无BOM.txt', utf16be, 'utf-16be'],
      ['要点-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), 'utf-16le'],
      ['要点.docx', format('plan.docx'), 'docx'],
      ['要点.doc', format('plan.doc'), 'doc'],
      ['要点.wps', format('plan.wps'), 'doc'],
      ['要点.pdf', format('plan.pdf'), 'pdf'],
      // WPS often saves .docx content under a .doc name: the content decides.
      ['其实是docx.doc', format('plan.docx'), 'docx'],
    ];
    for (const [name, bytes, encoding] of variants) {
      const p = await parse(name, bytes);
      expect({ name, encoding: p.encoding }).toEqual({ name, encoding });
      expect({ name, duties: dutyKeys(p) }).toEqual({ name, duties: dutyKeys(reference) });
      expect(p.plan.sections.flatMap((s) => s.items).map((i) => i.no)).toEqual(reference.plan.sections.flatMap((s) => s.items).map((i) => i.no));
    }
    const pasted = await call<PlanPreview>(core, 'plan.parse', { text: sampleText });
    expect(pasted.encoding).toBe('pasted');
    expect(dutyKeys(pasted)).toEqual(dutyKeys(reference));
    expect(counts(core)).toEqual({ p: 0, i: 0, d: 0 });
  });

  it('a PDF keeps Chinese text whole: wrapped lines joined, no spaces between 2022 and 年', async () => {
    const core = tmpCore();
    const p = await call<PlanPreview>(core, 'plan.parse', upload('要点.pdf', format('plan.pdf')));
    const item13 = p.plan.sections.flatMap((s) => s.items).find((i) => i.no === '13')!;
    // In the PDF this sentence is broken across two lines after “蜗牛”.
    expect(item13.text).toContain('用好“红旗”“蜗牛”评选和考核奖惩办法');
    expect(p.plan.preamble).toContain('2022年是全面实施“十四五”规划的关键之年');
    expect(p.inferredYear).toBe(2022);
  });
});

describe('files that cannot be read: a Chinese message saying what to do, nothing written', () => {
  const corruptOle = Buffer.concat([format('plan.doc').subarray(0, 1536), Buffer.alloc(600, 0xab)]);
  const bmp = Buffer.alloc(70);
  bmp.write('BM', 0, 'latin1');
  bmp.writeUInt32LE(bmp.length, 2);
  const cases: [string, string, Buffer, RegExp][] = [
    ['a password-protected .doc', '要点.doc', format('password.doc'), /设有打开密码.*取消密码/],
    ['a password-protected .docx', '要点.docx', format('password.docx'), /设有打开密码/],
    ['a password-protected PDF', '要点.pdf', format('password.pdf'), /设有打开密码.*原始的 Word\/WPS 文件/],
    ['a corrupt OLE file', '要点.doc', corruptOle, /已损坏.*另存为新的 \.docx/],
    ['a scanned PDF (pictures only)', '扫描件.pdf', format('scan.pdf'), /^这个 PDF 是扫描件（图片），没有可读取的文字。请用原始的 Word\/WPS 文件导入，或把文字复制粘贴到导入框中。$/],
    ['a 0-byte .doc', '要点.doc', Buffer.alloc(0), /是空的（0 字节）/],
    ['a 0-byte PDF', '要点.pdf', Buffer.alloc(0), /是空的（0 字节）/],
    ['an Excel file renamed to .doc', '要点.doc', format('table-renamed.doc'), /实际上是 Excel 表格（\.xlsx）/],
    ['an old Excel .xls renamed to .doc', '要点.doc', format('xls-renamed.doc'), /实际上是 Excel 表格（\.xls）/],
    ['an Excel file renamed to .docx', '要点.docx', format('table-renamed.docx'), /实际上是 Excel 表格（\.xlsx）/],
    ['an OLE file without a Word document named .wps (early WPS)', '要点.wps', format('xls-renamed.doc'), /早期版本 WPS.*另存为 \.docx 或 \.doc/],
    ['a PNG renamed to .pdf', '要点.pdf', format('picture-renamed.pdf'), /实际上是图片（PNG）/],
    ['a bitmap renamed to .doc', '要点.doc', bmp, /实际上是图片（BMP）/],
    ['a truncated PDF', '要点.pdf', format('plan.pdf').subarray(0, 2000), /不是完整的 PDF 文件/],
    ['text saved as .doc', '要点.doc', Buffer.from('一、加强学习\n1.每月召开党组会议。', 'utf8'), /不是有效的 Word（\.doc）文件/],
    ['an unsupported extension', '要点.xlsx', format('table-renamed.docx'), /不支持“\.xlsx”文件/],
  ];
  for (const [name, fileName, bytes, message] of cases) {
    it(name, async () => {
      const core = tmpCore();
      const r = await core.dispatch('plan.parse', upload(fileName, bytes));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('BAD_FILE');
      expect(!r.ok && r.error.message).toMatch(message);
      expect(counts(core)).toEqual({ p: 0, i: 0, d: 0 });
    });
  }
});
