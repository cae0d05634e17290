import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { dashboardAt, must, openApp, screenshot, type Session } from './harness';

const SAMPLE = fileURLToPath(new URL('../fixtures/party-group-plan-2022.txt', import.meta.url));

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});


/** Two members and the sample plan, imported with the core (the plan e2e covers the import UI). */
async function seed(core: Core) {
  await must(core, 'members.create', { name: '张建国', title: '县长', partyRole: 'secretary', termStart: '2021-01-01' });
  await must(core, 'members.create', { name: '李明', title: '副县长', partyRole: 'member', termStart: '2021-01-01' });
  const p: { plan: unknown; duties: unknown } = await must(core, 'plan.parse', { fileName: 'plan.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
  await must(core, 'plan.save', { year: 2022, plan: p.plan, duties: p.duties });
}


async function pickDate(page: Session['page'], label: string, date: string) {
  const input = page.locator('.ant-modal .ant-form-item', { hasText: label }).locator('.ant-picker input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('台账 through the browser host', () => {
  it('records a 党课 from the dashboard link: 李明’s 党课 moves 0/2 → 1/2; attaches a file; finds it by a 2-character search', async () => {
    s = await openApp({ seed });
    const { page, core } = s;

    await dashboardAt(page, '2022年6月15日');
    const liMing = page.getByTestId('member-gaps').locator('.ls-gap-row', { hasText: '李明' });
    await expect.poll(() => liMing.innerText()).toContain('党课 0/2');
    await screenshot(page, 'ledger-dashboard-before');

    // The dashboard's tag links to #/ledger?new=party-lecture: the form opens for a 党课.
    await liMing.getByText('党课 0/2').click();
    const modal = page.locator('.ant-modal', { hasText: '新增台账' });
    await modal.waitFor();
    expect(await modal.locator('.ant-form-item', { hasText: '台账类型' }).innerText()).toContain('党课');
    await modal.getByLabel('党课题目').fill('学习贯彻党的二十大精神专题党课');
    await pickDate(page, '授课日期', '2022年3月5日');
    await modal.getByRole('combobox', { name: '授课人' }).click();
    await page.locator('.ant-select-item-option', { hasText: '李明' }).click();
    await modal.locator('.ant-modal-title').click(); // close the dropdown (Escape would close the dialog)
    await modal.getByLabel('地点', { exact: true }).fill('县政府三楼会议室');
    await modal.getByLabel('听课对象（支部）').fill('县政府办公室机关党支部全体党员');
    await screenshot(page, 'ledger-form-lecture');
    await modal.getByRole('button', { name: /保\s*存/ }).click();

    // The record opens, proving the 党课 duty automatically.
    await page.getByRole('heading', { name: '学习贯彻党的二十大精神专题党课' }).waitFor();
    expect(await page.locator('.ant-descriptions').innerText()).toContain('2022年3月5日');
    await page.getByText('自动匹配').waitFor();
    const rec = core.ctx.db.prepare("SELECT id, kind, data FROM records WHERE title LIKE '学习贯彻%'").get() as { id: number; kind: string; data: string };
    expect(rec.kind).toBe('party-lecture');
    expect(JSON.parse(rec.data)).toMatchObject({ place: '县政府三楼会议室', audience: '县政府办公室机关党支部全体党员' });

    // Attach a scan; it is stored under its hash and listed.
    await page.getByTestId('attachments').locator('input[type=file]').setInputFiles({ name: '党课签到表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 签到表') });
    await page.getByTestId('attachments').getByText('党课签到表.pdf').waitFor();
    expect(await page.getByTestId('attachments').innerText()).toContain('下载');
    const att = core.ctx.db.prepare('SELECT sha256, name FROM attachments WHERE owner_id = ?').get(rec.id) as { sha256: string; name: string };
    expect(att.name).toBe('党课签到表.pdf');
    await screenshot(page, 'ledger-record-detail');

    // The browser host serves it as a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attachments').getByRole('button', { name: /下载/ }).click()]);
    expect(download.suggestedFilename()).toBe('党课签到表.pdf');
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe('%PDF-1.4 签到表');

    // Back on the dashboard: 李明’s 党课 is 1/2.
    await dashboardAt(page, '2022年6月15日');
    await expect.poll(() => liMing.innerText()).toContain('党课 1/2');
    await screenshot(page, 'ledger-dashboard-after');

    // A 2-character search finds it, marked, grouped, and clicks through to the record.
    await page.getByRole('searchbox', { name: '搜索' }).or(page.getByPlaceholder('搜索台账、会议、议题、督办事项')).first().fill('支部');
    await page.keyboard.press('Enter');
    const results = page.getByTestId('search-results');
    await results.getByText('学习贯彻党的二十大精神专题党课', { exact: true }).waitFor();
    expect(await results.locator('mark').first().innerText()).toBe('支部');
    expect(await results.innerText()).toContain('台账');
    await page.waitForTimeout(400); // drawer animation
    await screenshot(page, 'ledger-search');
    await results.getByText('学习贯彻党的二十大精神专题党课', { exact: true }).click();
    await page.getByRole('heading', { name: '学习贯彻党的二十大精神专题党课' }).waitFor();

    // Delete → recycle bin → restore.
    await page.getByRole('button', { name: /删\s*除/ }).first().click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /删\s*除/ }).click();
    await page.getByRole('tab', { name: '回收站' }).click();
    await page.getByRole('cell', { name: '学习贯彻党的二十大精神专题党课' }).waitFor();
    await screenshot(page, 'ledger-recycle-bin');
    await page.locator('.ant-table-row', { hasText: '学习贯彻党的二十大精神专题党课' }).getByText('恢复').click();
    await page.getByText('回收站是空的').waitFor();
    expect(core.ctx.db.prepare('SELECT deleted_at FROM records WHERE id = ?').get(rec.id)).toEqual({ deleted_at: null });

    // The list, filtered to 2022 and 党课.
    await page.getByRole('tab', { name: '台账列表' }).click();
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.locator('.ant-select-item-option', { hasText: '2022年' }).click();
    await page.locator('.ant-table-row', { hasText: '学习贯彻党的二十大精神专题党课' }).waitFor();
    await screenshot(page, 'ledger-list');
  });
});
