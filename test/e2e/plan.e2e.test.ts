import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type Session } from './harness';

const SAMPLE = fileURLToPath(new URL('../fixtures/party-group-plan-2022.txt', import.meta.url));

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

/** Another feature greets a fresh database with a setup guide; this test does not need it. */
async function skipSetupGuide(page: Session['page']) {
  await page.getByRole('button', { name: '稍后再说' }).click({ timeout: 5000 }).catch(() => undefined);
}

async function seedMembers(s: Session['core']) {
  for (const [name, partyRole, termStart] of [
    ['张建国', 'secretary', '2021-01-01'],
    ['李卫东', 'deputy', '2021-01-01'],
    ['王秀英', 'member', '2022-07-01'],
  ] as const) {
    const r = await s.dispatch('members.create', { name, partyRole, termStart });
    if (!r.ok) throw new Error(r.error.message);
  }
}

describe('工作要点 → 工作台 → 日历 through the browser host', () => {
  it('imports the sample plan, confirms its duties, and shows statuses, dashboard and calendar', async () => {
    s = await openApp({ seed: seedMembers });
    const { page, core } = s;
    await skipSetupGuide(page);

    // 1. Import through the UI: upload the .txt, check the structure, confirm the duties.
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(SAMPLE);
    await page.getByTestId('plan-preview').waitFor();
    expect(await page.getByTestId('preview-item').count()).toBe(15);
    expect(await page.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe('2022');
    await screenshot(page, 'plan-import-preview');
    await page.getByRole('button', { name: '下一步：确认职责' }).click();
    const drafts = page.getByTestId('duty-drafts').locator('tbody tr.ant-table-row');
    expect(await drafts.count()).toBe(11);
    await screenshot(page, 'plan-import-duties');
    await page.getByRole('button', { name: /保存工作要点和 11 项职责/ }).click();
    await page.getByTestId('plan-title').waitFor();
    // The first section is drawn at once, the rest of the plan a moment later.
    await page.getByTestId('plan-item').nth(14).waitFor();
    expect(await page.getByTestId('plan-item').count()).toBe(15);
    expect(core.ctx.db.prepare('SELECT count(*) n FROM duties WHERE deleted_at IS NULL').get()).toEqual({ n: 11 });

    // Importing again asks; "保留" keeps the existing plan untouched.
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    await page.locator('.ant-modal input[type=file]').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: '下一步：确认职责' }).click();
    await page.getByRole('button', { name: /保存工作要点和/ }).click();
    const keep = page.getByRole('button', { name: '保留原要点' });
    await keep.waitFor();
    expect(await page.locator('.ant-modal-confirm').innerText()).toContain('2022年已有工作要点');
    await screenshot(page, 'plan-import-replace-or-keep');
    await keep.click();
    await page.getByRole('button', { name: /取\s*消/ }).first().click();
    expect(core.ctx.db.prepare('SELECT count(*) n FROM plans').get()).toEqual({ n: 1 });

    // The lead of item 1 is editable on the 工作要点 page.
    await page.getByRole('combobox', { name: '第1条牵头领导' }).click();
    await page.locator('.ant-select-item-option', { hasText: '张建国' }).click();
    await page.getByText('已保存').first().waitFor();
    expect(core.ctx.db.prepare("SELECT lead_member_id l FROM plan_items WHERE no = '1'").get()).toEqual({ l: 1 });
    await screenshot(page, 'plan-page');

    // 2. Dashboard as of 2022-04-05 with nothing recorded.
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const picker = page.getByRole('textbox', { name: '截至日期' }).or(page.locator('.ant-picker input')).first();
    await picker.click();
    await picker.fill('2022年4月5日');
    await picker.press('Enter');
    await page.getByText('截至 2022年4月5日').waitFor();
    const rows = page.getByTestId('duty-status-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const statuses = await rows.locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toHaveLength(11);
    expect(statuses.slice(0, 2)).toEqual(['overdue', 'overdue']); // 党组会议 (Jan–Mar), 督导检查 (Q1)
    expect(statuses.every((x) => x === 'overdue' || x === 'in-progress')).toBe(true);
    expect(statuses).not.toContain('done');
    // Expanding the monthly meetings duty: past months overdue, later months not started.
    await rows.first().locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('.ls-duty-detail').first();
    expect(await detail.locator('[data-status="overdue"]').count()).toBe(3);
    expect(await detail.locator('[data-status="not-started"]').count()).toBe(8);
    expect(await page.getByTestId('member-gaps').innerText()).toContain('张建国');
    await page.getByTestId('chart-by-item').locator('canvas').first().waitFor();
    await screenshot(page, 'dashboard');

    // 3. Calendar: April 2022, 清明节 marked, 4月30日 (a 劳动节 holiday) due date flagged.
    await page.getByRole('menuitem', { name: '日历' }).click();
    expect(await page.getByTestId('calendar-heading').innerText()).toBe('2022年4月');
    const qingming = page.locator('[data-date="2022-04-05"]');
    expect(await qingming.innerText()).toContain('休');
    expect(await page.locator('[data-date="2022-04-02"]').innerText()).toContain('班');
    expect(await page.locator('[data-date="2022-04-30"]').innerText()).toContain('⚠');
    // Monday first
    expect(await page.locator('.ls-cal-head').first().innerText()).toBe('周一');
    await screenshot(page, 'calendar-month');
    // Meetings and records come from the shown weeks only (compliance.evidence).
    const talk = await s.core.dispatch('records.create', { kind: 'other', date: '2022-04-12', title: '县交通局安全生产检查', memberIds: [1] });
    expect(talk.ok ? '' : talk.error.message).toBe('');
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByRole('button', { name: '上一页' }).click();
    await page.locator('[data-date="2022-04-12"]').getByText('台账·县交通局安全生产检查').waitFor();
    await page.locator('[data-date="2022-04-30"]').click();
    await page.getByTestId('day-entries').waitFor();
    expect(await page.getByTestId('day-entries').innerText()).toContain('到期日为非工作日');
    await page.waitForTimeout(500); // let the drawer finish sliding in
    await screenshot(page, 'calendar-day');
    await page.keyboard.press('Escape');
    await page.getByText('周', { exact: true }).click();
    await page.locator('.ls-cal-week').waitFor();
    expect(await page.locator('.ls-cal-day').count()).toBe(7);
    await screenshot(page, 'calendar-week');
  });

  it('imports an unnumbered branch plan, corrects a duty in the preview and makes one from a possible duty', async () => {
    s = await openApp();
    const { page, core } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await skipSetupGuide(page);
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    const text = [
      '某党支部2022年组织生活安排',
      '发布时间：2022-02-10 来源：机关党委 浏览次数：86',
      '1、支部委员会每月召开1次。2、党小组会每学期不少于2次。3、支部书记每年讲党课不少于2次。',
      '4、班子成员每年调研时间不少于20天，撰写调研报告1篇，于12月20日前报送党委办公室。',
      '5、每三周组织一次党员志愿服务。',
      '第 1 页 共 1 页',
    ].join('\n');
    await page.locator('.ant-modal input[type=file]').setInputFiles({ name: '支部安排.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByTestId('plan-preview').waitFor();
    expect(await page.getByTestId('preview-item').count()).toBe(5);
    expect(await page.getByTestId('plan-notice').allInnerTexts()).toEqual([expect.stringContaining('网页'), expect.stringContaining('连在同一段')]);
    await page.getByRole('button', { name: '下一步：确认职责' }).click();
    const drafts = page.getByTestId('duty-drafts').locator('tbody tr.ant-table-row');
    expect(await drafts.count()).toBe(5);

    // The 党小组会 duty: its clause is highlighted in the item text; the clerk makes it quarterly, 3 times.
    const row = drafts.filter({ hasText: '党小组会' });
    await row.locator('td').first().click();
    expect(await page.getByTestId('source-highlight').innerText()).toBe('党小组会每学期不少于2次');
    await row.getByRole('combobox', { name: '周期' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '每季度' }).click();
    await row.getByRole('spinbutton', { name: '每期至少' }).fill('3');
    await row.getByRole('spinbutton', { name: '每期至少' }).press('Tab');
    expect(await row.innerText()).toContain('已修改');

    // "每三周" is not a frequency we know: listed as a possible duty, made a duty by the clerk.
    await page.getByTestId('possible-duties').getByText(/可能的职责（1）/).click();
    await page.getByTestId('possible-duties').getByRole('button', { name: '设为职责' }).click();
    expect(await drafts.count()).toBe(6);
    await screenshot(page, 'plan-import-correct-1366x768');

    await page.getByRole('button', { name: /保存工作要点和 6 项职责/ }).click();
    await page.getByTestId('plan-title').waitFor();
    const saved = core.ctx.db.prepare("SELECT frequency, min_count AS n, corrected FROM duties WHERE source = '党小组会每学期不少于2次' AND deleted_at IS NULL").get();
    expect(saved).toEqual({ frequency: 'quarter', n: 3, corrected: 1 });
    expect(core.ctx.db.prepare("SELECT kind, corrected FROM duties WHERE source = '每三周组织一次党员志愿服务'").get()).toEqual({ kind: 'other', corrected: 1 });
    expect(core.ctx.db.prepare("SELECT measure, amount FROM duties WHERE source = '班子成员每年调研时间不少于20天'").get()).toEqual({ measure: 'days', amount: 20 });
    await screenshot(page, 'plan-page-branch');
  });

  it('names the scopes after the unit\'s body: a branch reads 支部整体 and 党支部书记, not 党组', async () => {
    s = await openApp({ seed: (core) => void core.dispatch('unit.update', { name: '××县实验小学党支部' }) });
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await skipSetupGuide(page);
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    await page.getByRole('tab', { name: '粘贴正文' }).click();
    await page.getByRole('textbox', { name: '工作要点正文' }).fill('实验小学党支部2025年工作计划\n一、支部委员会每月召开1次。\n二、支部书记每年讲党课不少于2次。\n三、每名党员每年撰写学习心得2篇。');
    await page.getByRole('button', { name: /识\s*别/ }).click();
    await page.getByTestId('plan-preview').waitFor();
    await page.getByRole('button', { name: '下一步：确认职责' }).click();
    const scopes = page.getByTestId('duty-drafts').getByRole('combobox', { name: '责任主体' });
    expect(await scopes.count()).toBe(3);
    expect(await scopes.evaluateAll((els) => els.map((e) => e.closest('.ant-select')!.textContent))).toEqual(['支部整体', '党支部书记', '每位成员']);
    await scopes.first().click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(['支部整体', '每位成员', '党支部书记', '除书记外每位成员']);
    await page.keyboard.press('Escape');
    // The branch's committee meets as 支委会, not a 党组会议.
    expect(await page.getByTestId('duty-drafts').getByRole('combobox', { name: '类别' }).first().evaluate((e) => e.closest('.ant-select')!.textContent)).toBe('支委会');
    await screenshot(page, 'plan-import-branch-scopes-1366x768');
    await page.getByRole('button', { name: /保存工作要点和 3 项职责/ }).click();
    await page.getByTestId('plan-title').waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toContain('每年至少2次 · 党支部书记');
    expect(body).toContain('党支部工作台账');
    expect(body).not.toMatch(/党组会议|党组整体|每位党组成员/);
    await screenshot(page, 'plan-page-branch-words-1366x768');

    // No members entered yet: the secretary's and each member's duties are owed by nobody, not 已完成.
    const lecture = page.getByTestId('plan-item').nth(1);
    expect(await lecture.innerText()).toContain('无人承担');
    expect(await lecture.innerText()).not.toContain('已完成');
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByTestId('count-unassigned').waitFor();
    expect(await page.getByTestId('count-unassigned').innerText()).toMatch(/无人承担\s*2\s*项/);
    expect(await page.getByTestId('count-done').innerText()).toMatch(/已完成\s*0\s*项/);
    expect(await page.getByTestId('member-gaps').innerText()).toContain('有 2 项职责无人承担');
    await screenshot(page, 'dashboard-unassigned-1366x768');
    // The duty's detail says why and what to do.
    await page.locator('tr.ant-table-row', { hasText: '每年讲党课不少于2次' }).locator('.ant-table-row-expand-icon').click();
    const why = page.getByTestId('duty-unassigned');
    await why.waitFor();
    expect(await why.innerText()).toContain('由“党支部书记”承担，但“成员”中没有在任的书记');
    await screenshot(page, 'duty-detail-unassigned-1366x768');

    // The members page, the meetings page and the lock screen name the branch's own body too.
    await page.getByRole('menuitem', { name: '成员' }).click();
    await page.getByRole('heading', { name: '支部成员' }).waitFor();
    expect(await page.locator('.ant-table-thead').innerText()).toContain('支部职务');
    await screenshot(page, 'members-branch-words-1366x768');
    await page.getByRole('menuitem', { name: '会议' }).click();
    await page.getByRole('button', { name: '安排全年支委会' }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/党组会议|党组成员|党组职务/);
    await screenshot(page, 'meetings-branch-words-1366x768');
  });

  it('shows a clear message for a file with no numbering and saves nothing', async () => {
    s = await openApp();
    const { page, core } = s;
    await skipSetupGuide(page);
    await page.getByRole('menuitem', { name: '工作要点' }).click();
    await page.getByRole('button', { name: '导入工作要点' }).first().click();
    await page.locator('.ant-modal input[type=file]').setInputFiles({ name: '随笔.txt', mimeType: 'text/plain', buffer: Buffer.from('今年要加强学习。\n要抓好落实。\n') });
    await page.getByTestId('plan-import-error').waitFor();
    expect(await page.getByTestId('plan-import-error').innerText()).toContain('没有识别出任何编号的条目');
    await screenshot(page, 'plan-import-error');
    expect(core.ctx.db.prepare('SELECT count(*) n FROM plans').get()).toEqual({ n: 0 });
  });
});
