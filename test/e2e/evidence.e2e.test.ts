import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { dashboardAt, must, openApp, SHOTS, type Session } from './harness';

// The sample plan asks for four documents (kind 文件材料): an issued one is only suggested to the
// lists it names until the clerk confirms it in the duty's detail on the 工作台.

const SAMPLE = fileURLToPath(new URL('../fixtures/party-group-plan-2022.txt', import.meta.url));

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});


async function seedPlan(core: Core) {
  await must(core, 'members.create', { name: '张建国', title: '县长', partyRole: 'secretary', termStart: '2021-01-01' });
  const p: { plan: unknown; duties: unknown } = await must(core, 'plan.parse', { fileName: 'plan.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
  await must(core, 'plan.save', { year: 2022, plan: p.plan, duties: p.duties });
}

async function seed(core: Core) {
  await seedPlan(core);
  const doc = (title: string, date: string, docType: string) => must(core, 'records.create', { kind: 'deliverable', title, date, data: { docType } });
  await doc('县政府党组2022年党组理论学习中心组年度学习计划', '2022-02-15', 'study-plan');
  await doc('关于印发《2022年意识形态工作责任清单》的通知', '2022-03-01', 'responsibility-list');
  await doc('县政府党组2022年全面从严治党主体责任清单', '2022-03-10', 'responsibility-list');
  await must(core, 'records.create', { kind: 'report-to-committee', title: '关于2022年上半年意识形态工作情况的报告', date: '2022-07-05', reportPeriod: '2022-H1' });
}


describe('evidence matched to the duty it proves, in the browser', () => {
  it('confirms a suggested document in the duty detail: 0/1 → 1/1; rejects another and undoes it', async () => {
    s = await openApp({ seed });
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });

    await dashboardAt(page, '2022年8月1日');

    const table = page.getByTestId('duty-status-table');
    const row = (title: string) => table.locator('tr.ant-table-row', { hasText: title });
    const strict = row('制定印发党组全面从严治党主体责任清单');
    await expect.poll(() => strict.innerText()).toContain('待确认 1');
    expect(await strict.innerText()).toContain('0/1');
    // The 上半年 report dated 7月5日 counts for the first half.
    await expect.poll(() => row('每半年向县委报告').innerText()).toContain('1/2');

    await strict.locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('.ls-duty-detail', { hasText: '待确认（1）' });
    const suggestion = detail.getByTestId('suggested-evidence');
    await expect.poll(() => suggestion.innerText()).toContain('县政府党组2022年全面从严治党主体责任清单');
    await suggestion.scrollIntoViewIfNeeded();
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'evidence-suggestion-1366x768.png') });

    await suggestion.getByRole('button', { name: /^确\s?认$/ }).click();
    await page.getByText('已确认，计入该职责').waitFor();
    await expect.poll(() => strict.innerText()).not.toContain('待确认');
    expect(await strict.innerText()).toContain('1/1');
    const counted = page.locator('.ls-duty-detail').first();
    await expect.poll(() => counted.innerText()).toContain('已确认');
    await counted.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'evidence-confirmed-1366x768.png') });

    // 不是: the suggestion moves to 已排除, and 撤销 brings it back.
    const ideology = row('制定印发本年度意识形态工作责任清单');
    await ideology.locator('.ant-table-row-expand-icon').click();
    const other = page.locator('.ls-duty-detail', { hasText: '意识形态工作责任清单》的通知' });
    await other.getByTestId('suggested-evidence').getByRole('button', { name: /^不\s?是$/ }).click();
    await page.getByText('已标为不是该职责的佐证').waitFor();
    const rejected = page.getByTestId('rejected-evidence');
    await expect.poll(() => rejected.innerText()).toContain('意识形态工作责任清单》的通知');
    await rejected.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'evidence-rejected-1366x768.png') });
    await rejected.getByRole('button', { name: /^撤\s?销$/ }).click();
    await page.getByText('已撤销，不再排除').waitFor();
    await expect.poll(() => ideology.innerText()).toContain('待确认 1');
    expect(await ideology.innerText()).toContain('0/1');
  });

  it('records a 上半年 report dated 7月5日 with its 报告期 in the form: it counts for the first half', async () => {
    s = await openApp({ seed: seedPlan });
    const { page, core } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await dashboardAt(page, '2022年8月1日');
    const row = page.getByTestId('duty-status-table').locator('tr.ant-table-row', { hasText: '每半年向县委报告' });
    await expect.poll(() => row.innerText()).toContain('0/2');
    await row.getByText('去登记').click();

    const modal = page.locator('.ant-modal', { hasText: '新增台账' });
    await modal.waitFor();
    await modal.getByLabel('报告标题').fill('关于2022年上半年意识形态工作情况的报告');
    const date = modal.locator('.ant-form-item', { hasText: '报告日期' }).locator('.ant-picker input');
    await date.click();
    await date.fill('2022年7月5日');
    await date.press('Enter');
    await modal.getByRole('combobox', { name: '报告期' }).click();
    await page.locator('.ant-select-item-option', { hasText: '2022年上半年' }).click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(SHOTS, 'evidence-report-period-form-1366x768.png') });
    await modal.getByRole('button', { name: /保\s*存/ }).click();

    await page.getByRole('heading', { name: '关于2022年上半年意识形态工作情况的报告' }).waitFor();
    expect(await page.locator('.ant-descriptions').innerText()).toContain('2022年上半年');
    expect(core.ctx.db.prepare('SELECT date, report_period FROM records').all()).toEqual([{ date: '2022-07-05', report_period: '2022-H1' }]);

    await dashboardAt(page, '2022年8月1日');
    await expect.poll(() => row.innerText()).toContain('1/2');
    expect(await row.innerText()).toContain('下半年 0/1');
    await row.locator('.ant-table-row-expand-icon').click();
    const first = page.locator('.ls-duty-detail tr', { hasText: '上半年' });
    await expect.poll(() => first.innerText()).toContain('（报告期：2022年上半年）');
    expect(await first.innerText()).toContain('1/1');
  });
});
