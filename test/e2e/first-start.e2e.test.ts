import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe('first start', () => {
  it('the guide asks for the unit name, offers the demo unit, and the demo is clearly marked and removable', async () => {
    s = await openApp({ showSetupGuide: true });
    const { page, core } = s;
    const guide = page.getByRole('dialog');
    await guide.getByText('欢迎使用落实').waitFor();
    await guide.getByRole('button', { name: '下一步' }).click();
    await guide.getByText('请填写单位名称').waitFor();
    await guide.getByLabel('单位名称').fill('某县人民政府党组');
    await guide.getByRole('button', { name: '下一步' }).click();
    await guide.getByRole('button', { name: '去添加成员' }).waitFor();
    expect(await page.getByTestId('unit-name').innerText()).toBe('某县人民政府党组');
    await screenshot(page, 'first-start-guide-step2');

    await guide.getByRole('button', { name: '载入演示数据' }).click();
    await page.getByText('演示数据：当前为示例单位').waitFor({ timeout: 60_000 });
    await page.locator('.ls-page-title', { hasText: '工作台' }).waitFor();
    expect((core.ctx.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBeGreaterThanOrEqual(7);
    await screenshot(page, 'first-start-demo');

    await page.goto(`${s.host.url.split('?')[0]}#/settings?tab=about`);
    await page.getByRole('button', { name: '清除演示数据' }).click();
    await page.getByRole('button', { name: /清\s*除/ }).last().click();
    await page.getByText('欢迎使用落实').waitFor({ timeout: 60_000 });
    expect((core.ctx.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(0);
    expect(await page.getByText('演示数据：当前为示例单位').count()).toBe(0);
  });
});
