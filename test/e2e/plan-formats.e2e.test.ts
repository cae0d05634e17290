import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type Session } from './harness';
import { bigPlanFiles } from '../../scripts/bench/plan-files';

// The import dialog with the office formats a clerk brings: a PDF and a .doc of the sample
// plan give the same preview as its .txt; a scanned PDF is refused with what to do instead.

const format = (name: string) => fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe('导入工作要点 from PDF and .doc through the browser host', () => {
  it('previews the PDF and the .doc like the text file; a scan gets its message and nothing is saved', async () => {
    s = await openApp();
    const { page, core } = s;
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    const input = page.locator('.ant-modal input[type=file]');

    await input.setInputFiles(format('scan.pdf'));
    const error = page.getByTestId('plan-import-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('这个 PDF 是扫描件（图片），没有可读取的文字。请用原始的 Word/WPS 文件导入，或把文字复制粘贴到导入框中。');
    await screenshot(page, 'plan-import-scanned-pdf');

    for (const file of ['plan.pdf', 'plan.doc']) {
      await input.setInputFiles(format(file));
      await page.getByTestId('plan-preview').waitFor();
      expect(await page.getByTestId('preview-item').count()).toBe(15);
      expect(await page.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe('2022');
      await page.getByRole('button', { name: '下一步：确认职责' }).click();
      expect(await page.getByTestId('duty-drafts').locator('tbody tr.ant-table-row').count()).toBe(11);
      if (file === 'plan.pdf') await screenshot(page, 'plan-import-pdf-duties');
      await page.getByRole('button', { name: /取\s*消/ }).first().click();
      await page.getByRole('button', { name: '导入工作要点' }).first().click();
    }
    expect(core.ctx.db.prepare('SELECT (SELECT count(*) FROM plans) p, (SELECT count(*) FROM duties) d').get()).toEqual({ p: 0, d: 0 });
  });
});

describe('a large plan file shows how far the reading is', () => {
  // The bench's files: a 10 MB .doc (text and scanned pictures) and a 250-page text PDF.
  const dir = path.join(os.tmpdir(), 'luoshi-big-plan-files');
  const haveSoffice = spawnSync('soffice', ['--version']).status === 0;

  it.skipIf(!haveSoffice)('the 250-page PDF page by page, the 10 MB .doc with its stage and a moving bar, then the preview', { timeout: 600_000 }, async () => {
    fs.mkdirSync(dir, { recursive: true });
    const files = (await bigPlanFiles(dir, fs.readFileSync(path.resolve('test/fixtures/party-group-plan-2022.txt'), 'utf8')))!;
    s = await openApp();
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    const input = page.locator('.ant-modal input[type=file]');
    const progress = page.getByTestId('plan-read-progress');

    await input.setInputFiles(files.longPdf);
    // Read in one go: the page being read and its percentage, together, while reading goes on.
    await page.waitForFunction(() => /正在读取 PDF 第 \d+\/\d+ 页/.test(document.querySelector('[data-testid=plan-read-progress]')?.textContent ?? '') && /\d+%/.test(document.querySelector('[data-testid=plan-read-progress] .ant-progress-indicator')?.textContent ?? ''), null, { timeout: 60_000 });
    await screenshot(page, 'plan-import-progress-pdf');
    await page.getByTestId('plan-preview').waitFor({ timeout: 60_000 });
    expect(await progress.count()).toBe(0);

    await page.getByRole('button', { name: /取\s*消/ }).first().click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    await input.setInputFiles(files.doc);
    // Word readers say nothing on the way: the stage and an animated bar, no made-up percentage.
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid=plan-read-progress]');
      return !!el && /正在读取“big-plan\.doc”（\d+\.\d MB）|正在读取 Word 文件（\.doc）/.test(el.textContent ?? '') && !!el.querySelector('.ant-progress-status-active');
    });
    await screenshot(page, 'plan-import-progress-doc');
    await page.getByTestId('plan-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('preview-item').count()).toBe(15);
  });
});
