import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEVEN } from '../core/meetings/fixtures';
import { pdfText } from '../helpers/pdf-text';
import { SHOTS, openApp, screenshot, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

/** The sheet HTML the preview shows, printed to PDF by Chromium; returns the PDF's text and a PNG of the sheet. */
async function sheetToPdf(s: Session, html: string, name: string): Promise<{ text: string; png: string }> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const pdf = path.join(SHOTS, `${name}.pdf`);
  const page = await s.browser.newPage();
  await page.setContent(html);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const png = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: png });
  await page.close();
  return { text: await pdfText(pdf), png };
}

async function openPrint(page: Page, label: string): Promise<string> {
  await page.getByRole('button', { name: '打印' }).first().hover();
  await page.getByRole('menuitem', { name: label }).click();
  const frame = page.getByTestId('sheet-preview');
  await frame.waitFor();
  return (await frame.getAttribute('srcdoc'))!;
}

describe('会议 page through the browser host', () => {
  it('creates a 党组会议 with 7 members and one 列席, records a leave, prints the sign-in sheet and the 通报', async () => {
    s = await openApp({
      seed: async (core) => {
        await core.dispatch('setup.dismiss', { dismissed: true }); // no first-start guide over the page
        for (const [name, title, partyRole] of SEVEN) await core.dispatch('members.create', { name, title, partyRole, termStart: '2020-01-01' });
      },
    });
    const { page } = s;
    await page.getByRole('menuitem', { name: '会议' }).click();
    await page.getByRole('button', { name: '新建会议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('结束时间').fill('08:00');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('结束时间（08:00）应晚于开始时间（09:00）').first().waitFor();
    await dialog.getByLabel('结束时间').fill('11:30');
    await dialog.getByLabel('会议地点').fill('县政府三楼会议室');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('tab', { name: /参会人员（7）/ }).waitFor();

    await page.getByRole('button', { name: '添加列席人员' }).click();
    const guest = page.getByRole('dialog', { name: '添加列席人员' });
    await guest.getByLabel('姓名').fill('周明远');
    await guest.getByLabel('单位').fill('县政府办公室');
    await guest.getByLabel('职务').fill('副主任');
    await guest.getByRole('button', { name: /添\s*加/ }).click();
    await page.getByRole('tab', { name: /参会人员（8）/ }).waitFor();

    await page.getByRole('button', { name: '未登记的全部出席' }).click();
    await page.getByRole('row', { name: /刘海燕/ }).getByText('请假', { exact: true }).click();
    const leave = page.getByRole('dialog', { name: /刘海燕 请假/ });
    await leave.getByRole('button', { name: /保\s*存/ }).click();
    await leave.getByText('请填写请假事由').waitFor();
    await leave.getByLabel('请假事由').fill('赴省参加培训');
    await leave.getByLabel('批准人').fill('张建国');
    await leave.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('row', { name: /刘海燕/ }).getByText('张建国已批准').waitFor();
    await screenshot(page, 'meetings-detail');

    const signin = await openPrint(page, '会议签到表');
    await screenshot(page, 'meetings-print-preview');
    const sheet = await sheetToPdf(s, signin, 'meetings-signin');
    const rows = sheet.text.split('\n').map((l) => l.trim()).filter((l) => /^\d+(\s|$)/.test(l));
    expect(rows.slice(0, 8).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      ...SEVEN.map(([name], i) => `${i + 1} ${name}`),
      '8 周明远',
    ]);
    // The 备注 cell may wrap; compare without the layout's spaces and line breaks.
    expect(sheet.text.replace(/\s+/g, '')).toContain('5刘海燕副县长、县公安局局长请假（赴省参加培训）6陈国栋');
    expect(rows.slice(8)).toEqual(['9', '10', '11', '12', '13']); // blank rows for 列席
    expect(sheet.text).toContain('会议签到表');
    expect(sheet.text).toMatch(/第1次党组会议/);
    expect(sheet.text).toContain('县政府三楼会议室');
    expect(fs.statSync(sheet.png).size).toBeGreaterThan(1000);

    await page.getByRole('dialog').getByText('参会情况通报').click();
    await expect.poll(async () => (await page.getByTestId('sheet-preview').getAttribute('srcdoc')) ?? '').toContain('参会情况的通报');
    const bulletinHtml = (await page.getByTestId('sheet-preview').getAttribute('srcdoc'))!;
    const bulletin = await sheetToPdf(s, bulletinHtml, 'meetings-bulletin');
    const flat = bulletin.text.replace(/\s+/g, '');
    expect(flat).toContain('应到党组成员7人，实到6人，请假1人，缺席0人');
    expect(flat).toContain('刘海燕：请假（赴省参加培训），已经张建国批准');
    expect(flat).toContain('张建国、李卫东、王秀英、赵志强、陈国栋、杨立新');
    expect(flat).toContain('周明远（县政府办公室副主任）');
  });
});
