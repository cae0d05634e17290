import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDocx } from '../core/reports/docx-check';
import { pdfText } from '../helpers/pdf-text';
import { tmpDir } from '../helpers/tmp';
import { SHOTS, openApp, screenshot, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

/** Exports through the dialog; the browser host hands the file over as a download. */
async function exportVia(page: Page, buttonLabel: string, format: 'Excel（.xlsx）' | 'Word（.docx）', dir: string) {
  await page.getByRole('button', { name: buttonLabel }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(format).click();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: /导\s*出/ }).click();
  const download = await downloading;
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { dialog, file, name: download.suggestedFilename() };
}

describe('报表 through the browser host', () => {
  it('shows charts, downloads the ledger as .xlsx and .docx under the proposed names, prints a member file to PDF', async () => {
    s = await openApp({ seed: async (core) => void (await core.dispatch('demo.load', {})) });
    const { page } = s;
    const year = new Date().getFullYear(); // demo.load fills the current year
    const out = tmpDir('luoshi-e2e-export-');

    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('combobox', { name: '年度' }).waitFor();
    for (const id of ['report-chart-item', 'report-chart-member', 'report-chart-monthly']) {
      await page.getByTestId(id).locator('canvas').first().waitFor();
      const box = await page.getByTestId(id).locator('canvas').first().boundingBox();
      expect(box!.height).toBeGreaterThan(150);
    }
    await page.waitForTimeout(600); // let the chart animation finish before the screenshot
    await screenshot(page, 'reports-overview');

    const { dialog, file: xlsx, name: xlsxName } = await exportVia(page, '导出年度落实台账', 'Excel（.xlsx）', out);
    expect(xlsxName).toBe(`${year}年度工作落实台账-县政府党组.xlsx`);
    await dialog.getByTestId('export-done').getByText('浏览器的“下载”文件夹').waitFor();
    await screenshot(page, 'reports-export-done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(wb.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    await page.keyboard.press('Escape');

    const docx = await exportVia(page, '导出年度落实台账', 'Word（.docx）', out);
    await docx.dialog.getByTestId('export-done').waitFor();
    expect(docx.name).toBe(`${year}年度工作落实台账-县政府党组.docx`);
    const { text } = await readDocx(fs.readFileSync(docx.file));
    expect(text).toContain(`示例县人民政府党组${year}年度工作要点落实台账`);
    expect(text).toContain('第2条 严肃党内政治生活');
    await page.keyboard.press('Escape');


    // 成员档案 from the 成员 page row, then printed to PDF as Chromium prints it
    await page.getByRole('menuitem', { name: '成员' }).click();
    const first = page.getByRole('button', { name: /的档案$/ }).first();
    const name = (await first.getAttribute('aria-label'))!.replace(/的档案$/, '');
    await first.click();
    await page.getByTestId('member-file-duties').waitFor();
    await page.getByText('党课').first().waitFor();
    await screenshot(page, 'reports-member-file');
    await page.getByRole('button', { name: '打印档案' }).click();
    const frame = page.getByTestId('sheet-preview');
    await frame.waitFor();
    const html = (await frame.getAttribute('srcdoc'))!;
    await screenshot(page, 'reports-member-file-print');
    fs.mkdirSync(SHOTS, { recursive: true });
    const pdf = path.join(SHOTS, 'reports-member-file.pdf');
    const printPage = await s.browser.newPage();
    await printPage.setContent(html);
    await printPage.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await printPage.screenshot({ path: path.join(SHOTS, 'reports-member-file-pdf.png') });
    await printPage.close();
    const printed = await pdfText(pdf);
    expect(printed.replace(/\s+/g, '')).toContain(`示例县人民政府党组${year}年度成员履职档案（${name}）`);
    expect(printed).toContain('个人职责');
    expect(printed).toContain('参加会议');
  });

  it('重点工作 tab: projects with overdue milestones flagged and the ranking', async () => {
    s = await openApp({ seed: async (core) => void (await core.dispatch('demo.load', {})) });
    const { page } = s;
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('tab', { name: '重点工作' }).click();
    await page.getByText('县中医院迁建项目').first().waitFor();
    await page.getByTestId('ranking').getByRole('row').nth(8).waitFor();
    await screenshot(page, 'keywork-list');
    await page.getByText('县中医院迁建项目').first().click();
    await page.getByTestId('rating-history').waitFor();
    await page.getByText('已被更正').first().waitFor();
    await screenshot(page, 'keywork-detail');
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('tab', { name: '重点工作排名' }).click();
    await page.getByTestId('ranking').getByText('县中医院迁建项目').waitFor();
    await page.getByRole('tab', { name: '年终' }).click();
    await page.getByTestId('year-end').getByText('未关账').waitFor();
    await screenshot(page, 'reports-year-end');
  });
});
