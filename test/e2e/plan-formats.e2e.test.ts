import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type Session } from './harness';

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
