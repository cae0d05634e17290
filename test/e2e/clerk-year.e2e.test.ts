// A 2022 unit used in 2026 (the machine's date): one working year across the pages, dates typed
// the ways clerks type them, the calendar of planned and held work, leave and topic defaults.
// Browser host + Debian Chromium at the common office screen, 1366×768.

import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateDemo } from '../../electron/core/demo/generate';
import { openApp, recordToasts, screenshot, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

/** Every uncaught page error and failed request, so a test can require none. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`页面错误：${e.message}`));
  // A reload aborts what the page had in flight (net::ERR_ABORTED): the test's doing, not the app's.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`请求失败：${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}：${r.url()}`));
  // The browser's own requests (the tab's icon) raise no 'response' event: their failures show only here.
  page.on('console', (m) => m.type() === 'error' && problems.push(`控制台错误：${m.text()}`));
  return problems;
}

async function open2022Unit(): Promise<{ page: Page; problems: string[] }> {
  s = await openApp({ seed: (core) => void generateDemo(core.ctx, { seed: 1, year: 2022, members: 6 }) });
  const { page } = s;
  await page.setViewportSize({ width: 1366, height: 768 });
  const problems = watchProblems(page);
  await page.getByTestId('working-year').waitFor();
  return { page, problems };
}

const yearSwitcher = (page: Page) => page.getByTestId('working-year');
const go = (page: Page, menu: string) => page.getByRole('menuitem', { name: menu }).click();

async function typeDate(page: Page, label: string | RegExp, text: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.press('Control+a');
  await input.pressSequentially(text);
  await input.press('Tab');
}

describe('one working year, in a 2022 unit opened in 2026', () => {
  it('opens at 2022, every page shows 2022, the calendar moves the year for all pages, and the year survives a restart', async () => {
    const { page, problems } = await open2022Unit();
    expect(new Date().getFullYear()).toBeGreaterThan(2022); // the point of the test: today is not in the data's year
    await expect.poll(() => yearSwitcher(page).textContent()).toContain('2022年度');

    // 工作台: the 2022 plan's duties, as of the year's last day.
    await page.getByTestId('duty-status-table').waitFor();
    expect(await page.getByLabel('截至日期').inputValue()).toBe('2022年12月31日');
    await screenshot(page, 'clerk-year-dashboard-2022');

    await go(page, '会议');
    await page.locator('.ant-table-row', { hasText: '2022年第1次' }).first().waitFor();
    expect(await page.getByText(/年还没有会议/).count()).toBe(0);
    await go(page, '台账');
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByText(/年还没有符合条件的台账/).count()).toBe(0);
    await go(page, '工作要点');
    await page.getByText('2022年').first().waitFor();
    expect(await page.getByText(/还没有工作要点/).count()).toBe(0);
    await go(page, '报表');
    await page.getByTestId('report-chart-item').locator('canvas').first().waitFor();

    // 日历 opens in December 2022; paging into January moves the whole app to 2023, visibly.
    await go(page, '日历');
    await expect.poll(() => page.getByTestId('calendar-heading').textContent()).toBe('2022年12月');
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(() => page.getByTestId('calendar-heading').textContent()).toBe('2023年1月');
    await expect.poll(() => yearSwitcher(page).textContent()).toContain('2023年度');
    await go(page, '工作台');
    await page.getByText('2023年还没有工作要点').waitFor();

    // The header switches back, and every page follows.
    await yearSwitcher(page).click();
    await page.locator('.ant-select-item-option', { hasText: '2022年度' }).click();
    await page.getByTestId('duty-status-table').waitFor();
    await go(page, '会议');
    await page.locator('.ant-table-row', { hasText: '2022年第1次' }).first().waitFor();

    // A restart (a reload here; the core keeps the year) opens at 2022 again.
    expect(s!.core.ctx.db.prepare("SELECT value FROM settings WHERE key = 'working_year'").get()).toEqual({ value: '2022' });
    await page.reload();
    await expect.poll(() => yearSwitcher(page).textContent()).toContain('2022年度');
    await page.locator('.ant-table-row', { hasText: '2022年第1次' }).first().waitFor();
    await screenshot(page, 'clerk-year-meetings-2022');
    expect(problems).toEqual([]);
  });
});

describe('dates typed as people type them', () => {
  it('keeps 2022-03-15, 2022/3/15, 2022.3.15, 20220315 and 2022年3月15日; refuses the unreadable; asks before another year', async () => {
    const { page, problems } = await open2022Unit();
    await go(page, '会议');
    await page.getByRole('button', { name: '新建会议' }).click();
    const dialog = page.getByRole('dialog');
    // Not today (2026): the working year's first working day.
    expect(await dialog.getByLabel('会议日期').inputValue()).toBe('2022年1月4日');

    for (const [typed, shown] of [
      ['2022-03-15', '2022年3月15日'],
      ['2022/3/16', '2022年3月16日'],
      ['2022.3.17', '2022年3月17日'],
      ['20220318', '2022年3月18日'],
      ['2022年3月19日', '2022年3月19日'],
    ]) {
      await typeDate(page, '会议日期', typed!);
      await expect.poll(() => dialog.getByLabel('会议日期').inputValue(), { message: typed }).toBe(shown);
    }

    const before = (s!.core.ctx.db.prepare('SELECT count(*) n FROM meetings').get() as { n: number }).n;
    await typeDate(page, '会议日期', '三月十五');
    await dialog.getByText('无法识别日期“三月十五”').waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('无法识别日期“三月十五”').waitFor();
    await screenshot(page, 'clerk-year-date-refused');
    expect(await dialog.getByLabel('会议日期').inputValue()).not.toMatch(/2026/);

    // Another year's date: asked, and 返回修改 saves nothing.
    await typeDate(page, '会议日期', '2023-01-05');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const ask = page.locator('.ant-modal-confirm', { hasText: '该日期属于2023年度，仍要保存吗？' });
    await ask.waitFor();
    await screenshot(page, 'clerk-year-other-year-question');
    await ask.getByRole('button', { name: '返回修改' }).click();
    expect((s!.core.ctx.db.prepare('SELECT count(*) n FROM meetings').get() as { n: number }).n).toBe(before);

    await typeDate(page, '会议日期', '2022-03-15');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(/已新建2022年第\d+次/).waitFor();
    expect(s!.core.ctx.db.prepare('SELECT date FROM meetings ORDER BY id DESC LIMIT 1').get()).toEqual({ date: '2022-03-15' });
    expect(problems).toEqual([]);
  });
});

describe('the calendar of what is planned and what is done', () => {
  it('shows a legend, fits a 6-week month, schedules the rest of this year only, and adds a record on a clicked day', async () => {
    const { page, problems } = await open2022Unit();
    await go(page, '日历');
    await page.getByTestId('calendar-legend').getByText('计划·计划召开的会议').waitFor();

    // Held 2022 meetings and records show; a 6-week month (May 2022 starts on a Sunday) fits 768 px.
    await page.getByLabel('选择年月').click();
    await page.getByLabel('选择年月').fill('2022年5月');
    await page.getByLabel('选择年月').press('Enter');
    await expect.poll(() => page.getByTestId('calendar-heading').textContent()).toBe('2022年5月');
    expect(await page.locator('.ls-cal-day').count()).toBe(42);
    const box = (await page.getByTestId('calendar').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await page.locator('[data-entry="meeting"], [data-entry="record"]').first().waitFor();
    await screenshot(page, 'clerk-year-calendar-2022-05');

    // 今天 goes to this year; 安排全年 asks, and leaves the months already past alone.
    await page.getByRole('button', { name: /今\s*天/ }).click();
    const thisYear = new Date().getFullYear();
    await expect.poll(() => yearSwitcher(page).textContent()).toContain(`${thisYear}年度`);
    await page.getByRole('button', { name: '安排全年党组会议' }).click();
    const ask = page.locator('.ant-modal-confirm', { hasText: `安排${thisYear}年每月党组会议？` });
    await ask.getByText('也安排已经过去的月份').waitFor();
    await screenshot(page, 'clerk-year-schedule-question');
    await ask.getByRole('button', { name: /安\s*排/ }).click();
    await page.getByText(/已安排 \d+ 次/).waitFor();
    const planned = s!.core.ctx.db.prepare("SELECT date FROM meetings WHERE status = 'planned' AND substr(date, 1, 4) = ?").all(String(thisYear)) as { date: string }[];
    const today = new Date();
    const todayIso = `${thisYear}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(planned.every((m) => m.date >= todayIso)).toBe(true);
    expect(planned.length).toBe(12 - today.getMonth() - (planned.length && planned[0]!.date.slice(5, 7) === String(today.getMonth() + 1).padStart(2, '0') ? 0 : 1));
    if (planned.length) {
      await page.locator(`[data-date="${planned[0]!.date}"] [data-entry="planned"]`).waitFor();
      await screenshot(page, 'clerk-year-calendar-planned');
    }

    // A day offers a meeting or a record on that date.
    const day = `${thisYear}-${String(today.getMonth() + 1).padStart(2, '0')}-15`;
    await page.locator(`[data-date="${day}"]`).click();
    await page.getByRole('link', { name: '在这一天新增台账' }).click();
    const form = page.getByRole('dialog', { name: '新增台账' });
    await form.waitFor();
    expect(await form.getByLabel(/日期|时间/).first().inputValue()).toBe(`${thisYear}年${today.getMonth() + 1}月15日`);
    await screenshot(page, 'clerk-year-record-from-calendar');
    expect(problems).toEqual([]);
  });
});

describe('leave and topics', () => {
  it('dates leave on the meeting’s day with the secretary as approver, and sets 全体同意 in one click', async () => {
    const { page, problems } = await open2022Unit();
    const db = s!.core.ctx.db;
    const m = db.prepare("SELECT id, date FROM meetings WHERE status = 'held' AND deleted_at IS NULL AND locked = 0 ORDER BY date LIMIT 1").get() as { id: number; date: string };
    const secretary = (db.prepare("SELECT name FROM members WHERE party_role = 'secretary'").get() as { name: string }).name;
    await page.evaluate((id) => (window.location.hash = `#/meetings?id=${id}`), m.id);
    await page.getByRole('tab', { name: /参会人员/ }).click();
    const row = page.locator('.ant-table-row').filter({ hasNotText: secretary }).filter({ hasText: '请假' }).first();
    await row.getByText('请假', { exact: true }).click();
    const leave = page.getByRole('dialog', { name: /请假/ });
    const [y, mo, d] = m.date.split('-').map(Number);
    expect(await leave.getByLabel('请假时间').inputValue()).toBe(`${y}年${mo}月${d}日`);
    expect(await leave.getByLabel('批准人').inputValue()).toBe(secretary);
    await screenshot(page, 'clerk-year-leave');
    await leave.getByLabel('请假事由').fill('赴市参加专题会议');
    await leave.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(/已登记.+请假/).waitFor();

    await page.getByRole('tab', { name: /议题/ }).click();
    await page.getByRole('button', { name: '新增议题' }).click();
    const topic = page.getByRole('dialog', { name: '新增议题' });
    await topic.getByLabel('议题名称').fill('审议县城区道路改造项目资金安排');
    await topic.getByLabel('类别').click();
    await page.locator('.ant-select-item-option', { hasText: '重大项目' }).click();
    await topic.getByRole('button', { name: '全体同意' }).click();
    await screenshot(page, 'clerk-year-topic-all-agree');
    await topic.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已新增议题“审议县城区道路改造项目资金安排”').waitFor();
    const opinions = db.prepare("SELECT o.opinion FROM meeting_topics t JOIN topic_opinions o ON o.topic_id = t.id WHERE t.title = '审议县城区道路改造项目资金安排'").all() as { opinion: string }[];
    expect(opinions.length).toBeGreaterThan(0);
    expect(opinions.every((o) => o.opinion === 'agree')).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('forms at 1366×768', () => {
  it('keeps the 新增成员 form’s 保存 on screen, and a blank name is a message beside the field, not a page error', async () => {
    const { page, problems } = await open2022Unit();
    await go(page, '成员');
    await page.getByRole('button', { name: '新增成员' }).click();
    const dialog = page.getByRole('dialog');
    const save = dialog.getByRole('button', { name: /保\s*存/ });
    const box = (await save.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await save.click();
    await dialog.getByText('请填写姓名').waitFor();
    await typeDate(page, '任职开始日期', '2021.6.28');
    await expect.poll(() => dialog.getByLabel('任职开始日期').inputValue()).toBe('2021年6月28日');
    await screenshot(page, 'clerk-year-member-form-768');
    expect(problems).toEqual([]);
  });
});

describe('a pasted member list', () => {
  it('previews and imports a list pasted one per line, and downloads the .xlsx template', async () => {
    const { page, problems } = await open2022Unit();
    await go(page, '成员');
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入成员名单' });
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载 Excel 模板' }).click()]);
    expect(file.suggestedFilename()).toBe('党组成员名单模板.xlsx');

    await dialog.getByRole('tab', { name: '粘贴名单' }).click();
    await dialog.getByLabel('成员名单').fill('周立新 副县长 成员 农业农村 县农业农村局党支部\n孙海波\t县政府办公室主任\t成员');
    await dialog.getByRole('button', { name: /预\s*览/ }).click();
    await dialog.getByTestId('import-summary').getByText('共 2 行，全部可以导入。').waitFor();
    await screenshot(page, 'clerk-year-member-paste');
    await dialog.getByRole('button', { name: '导入 2 名成员' }).click();
    await page.getByText('已导入 2 名成员').waitFor();
    const names = (s!.core.ctx.db.prepare("SELECT name, title FROM members WHERE name IN ('周立新', '孙海波') ORDER BY name").all() as { name: string; title: string }[]);
    expect(names).toEqual([{ name: '周立新', title: '副县长' }, { name: '孙海波', title: '县政府办公室主任' }]);
    expect(problems).toEqual([]);
  });
});

describe('a confirmation after every save', () => {
  it('a new 重点工作, a guest added, a guest removed and a topic deleted each say what was done', async () => {
    const { page, problems } = await open2022Unit();
    await go(page, '工作要点');
    await page.getByRole('tab', { name: '重点工作' }).click();
    await page.getByRole('button', { name: '新增重点工作' }).click();
    const project = page.getByRole('dialog', { name: '新增重点工作' });
    const toasts = await recordToasts(page);
    await project.getByLabel('项目名称').fill('县城区道路改造');
    await project.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(toasts, { timeout: 15_000 }).toContain('已新增重点工作“县城区道路改造”');

    const db = s!.core.ctx.db;
    const m = db.prepare("SELECT m.id FROM meetings m WHERE m.status = 'held' AND m.deleted_at IS NULL AND m.locked = 0 AND EXISTS (SELECT 1 FROM meeting_topics t WHERE t.meeting_id = m.id) ORDER BY m.date LIMIT 1").get() as { id: number };
    await page.evaluate((id) => (window.location.hash = `#/meetings?id=${id}`), m.id);
    await page.getByRole('tab', { name: /参会人员/ }).click();
    await page.getByRole('button', { name: '添加列席人员' }).click();
    const guest = page.getByRole('dialog', { name: '添加列席人员' });
    await guest.getByLabel('姓名').fill('孙立平');
    await guest.getByRole('button', { name: /添\s*加/ }).click();
    await page.getByText('已添加列席人员孙立平').waitFor();
    await page.locator('.ant-table-row', { hasText: '孙立平' }).getByText('移除').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /移\s*除/ }).click();
    await page.getByText('已从本次会议移除孙立平').waitFor();

    const topic = db.prepare('SELECT title FROM meeting_topics WHERE meeting_id = ? ORDER BY id LIMIT 1').get(m.id) as { title: string };
    await page.getByRole('tab', { name: /议题/ }).click();
    await page.locator('.ant-card', { hasText: topic.title }).getByRole('button', { name: /删\s*除/ }).first().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText(`已删除议题“${topic.title}”`).waitFor();
    expect(problems).toEqual([]);
  });
});
