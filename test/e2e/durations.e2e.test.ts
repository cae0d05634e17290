import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { dashboardAt, must, openApp, SHOTS, type Session } from './harness';

// A duty measured in time ("全年累计集中学习不少于12天") is the sum of the days its records state:
// the clerk records a 1.5-day 中心组学习 with its 时长 in the meeting form and sees 3/12 天 become 4.5/12 天.

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});


const DUTY = '全年累计集中学习不少于12天';

async function seed(core: Core) {
  await must(core, 'members.create', { name: '张建国', title: '县长', partyRole: 'secretary', termStart: '2021-01-01' });
  await must(core, 'plan.save', {
    year: 2022,
    plan: { title: '县政府党组2022年工作要点', preamble: '', sections: [{ no: '一', title: '加强理论武装', items: [{ no: '1', title: '抓好中心组学习', text: `党组理论学习中心组${DUTY}。` }] }] },
    duties: [{ item: '1', kind: 'study-group', title: DUTY, frequency: 'year', minCount: 1, scope: 'group', measure: 'days', amount: 12 }],
  });
  await must(core, 'records.create', { kind: 'study-group', title: '读书班', date: '2022-03-14', durationDays: 3 });
  await must(core, 'records.create', { kind: 'study-group', title: '学习党章', date: '2022-04-11' });
}


describe('a duty measured in days, in the browser', () => {
  it('records a 1.5-day 中心组学习 with its 时长 in the form: 3/12 天 → 4.5/12 天, the detail lists what each added', async () => {
    s = await openApp({ seed });
    const { page, core } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await dashboardAt(page, '2022年8月1日');
    const row = page.getByTestId('duty-status-table').locator('tr.ant-table-row', { hasText: DUTY });
    await expect.poll(() => row.innerText()).toContain('3/12 天');
    // 去登记 opens the form of a 中心组学习 meeting (the dashboard sends meeting kinds to 会议).
    await row.getByText('去登记').click();
    const modal = page.locator('.ant-modal', { hasText: '新建会议' });
    await modal.waitFor();
    const date = modal.locator('.ant-form-item', { hasText: '会议日期' }).locator('.ant-picker input');
    await date.click();
    await date.fill('2022年7月12日');
    await date.press('Enter');
    await modal.locator('.ant-form-item', { hasText: '状态' }).locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '已召开' }).click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await modal.getByLabel('时长（天）').fill('1.5');
    await modal.getByLabel('时长（天）').scrollIntoViewIfNeeded();
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'duration-form-1366x768.png') });
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(/已新建2022年第1次理论学习中心组学习/).waitFor();
    expect(core.ctx.db.prepare('SELECT date, status, duration_days, duration_hours FROM meetings').all()).toEqual([{ date: '2022-07-12', status: 'held', duration_days: 1.5, duration_hours: null }]);

    await dashboardAt(page, '2022年8月1日');
    await expect.poll(() => row.innerText()).toContain('4.5/12 天');
    await row.locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('.ls-duty-detail');
    await expect.poll(() => detail.getByTestId('period-figure').innerText()).toBe('4.5/12 天');
    expect(await detail.getByTestId('unstated-durations').innerText()).toContain('1 条记录未填时长（天），未计入');
    const pieces = await detail.getByTestId('evidence-duration').allInnerTexts();
    expect(pieces).toEqual([
      expect.stringMatching(/读书班.*3 天/),
      expect.stringMatching(/学习党章.*未填时长，未计入/),
      expect.stringMatching(/理论学习中心组学习.*1\.5 天/),
    ]);
    await detail.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'duration-duty-detail-1366x768.png') });

    // 工作要点 shows the same figure.
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await expect.poll(() => page.getByTestId('duty-figure').first().innerText()).toBe('4.5/12 天');
    await page.screenshot({ path: path.join(SHOTS, 'duration-plan-1366x768.png') });
  });

  it('records a 调研报告 with 2.5 days in the 台账 form: the member’s 调研 duty shows 2.5/20 天 and the record shows its 时长', async () => {
    const RESEARCH = '班子成员每年调研时间不少于20天';
    s = await openApp({
      seed: async (core) => {
        await must(core, 'members.create', { name: '张建国', title: '县长', partyRole: 'secretary', termStart: '2021-01-01' });
        await must(core, 'plan.save', {
          year: 2022,
          plan: { title: '县政府党组2022年工作要点', preamble: '', sections: [{ no: '一', title: '大兴调查研究', items: [{ no: '1', title: '调查研究', text: `${RESEARCH}。` }] }] },
          duties: [{ item: '1', kind: 'research-report', title: RESEARCH, frequency: 'year', minCount: 1, scope: 'each-member', measure: 'days', amount: 20 }],
        });
      },
    });
    const { page, core } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await dashboardAt(page, '2022年8月1日');
    const row = page.getByTestId('duty-status-table').locator('tr.ant-table-row', { hasText: RESEARCH });
    await expect.poll(() => row.innerText()).toContain('0/20 天');
    await row.getByText('去登记').click();

    const modal = page.locator('.ant-modal', { hasText: '新增台账' });
    await modal.waitFor();
    await modal.getByLabel('报告标题').fill('关于全县农村人居环境整治的调研报告');
    const date = modal.locator('.ant-form-item', { hasText: '提交日期' }).locator('.ant-picker input');
    await date.click();
    await date.fill('2022年6月20日');
    await date.press('Enter');
    await modal.getByRole('combobox', { name: '执笔/牵头领导' }).click();
    await page.locator('.ant-select-item-option', { hasText: '张建国' }).click();
    await modal.locator('.ant-modal-title').click(); // close the dropdown (Escape would close the dialog)
    await modal.getByLabel('时长（天）').fill('2.5');
    await modal.getByLabel('时长（天）').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'duration-record-form-1366x768.png') });
    await modal.getByRole('button', { name: /保\s*存/ }).click();

    await page.getByRole('heading', { name: '关于全县农村人居环境整治的调研报告' }).waitFor();
    expect(await page.locator('.ant-descriptions').innerText()).toContain('2.5 天');
    expect(core.ctx.db.prepare('SELECT duration_days, duration_hours FROM records').all()).toEqual([{ duration_days: 2.5, duration_hours: null }]);

    await dashboardAt(page, '2022年8月1日');
    await expect.poll(() => row.innerText()).toContain('2.5/20 天');
    await row.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.getByTestId('member-progress').innerText()).toContain('张建国 2.5/20 天');
  });
});
