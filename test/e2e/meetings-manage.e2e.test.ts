import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { MeetingDetail, Topic } from '../../shared/domain/meetings';
import { SEVEN } from '../core/meetings/fixtures';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

const value = async <T,>(core: Core, channel: string, input: unknown): Promise<T> => {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

// The page shows the current year (the browser's clock); seed into it, with dates already past.
const year = new Date().getFullYear();
const d = (md: string) => `${year}-${md}`;
const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** antd keeps its a11y options hidden; click the visible item of the open dropdown. */
const openOptions = (page: Page) => page.locator('.ant-select-dropdown:visible .ant-select-item-option');
async function pick(page: Page, text: string) {
  await openOptions(page).filter({ hasText: new RegExp(`^${text}$`) }).click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0); // closed before the next one opens
}

async function seed(core: Core) {
  for (const [name, title, partyRole] of SEVEN) await value(core, 'members.create', { name, title, partyRole, termStart: '2020-01-01' });
  const held = await value<MeetingDetail>(core, 'meetings.create', { typeId: 1, date: d('01-05'), startTime: '09:00', place: '县政府三楼会议室', status: 'held' });
  await value(core, 'meetings.markAllPresent', { id: held.id });
  const topic = await value<Topic>(core, 'meetings.saveTopic', { meetingId: held.id, title: '研究城区老旧小区改造方案' });
  await value(core, 'meetings.saveFollowup', { topicId: topic.id, task: '制定改造实施方案', responsible: '李卫东', dueDate: d('01-02') }); // overdue
  await value(core, 'meetings.saveFollowup', { topicId: topic.id, task: '开展入户调查', responsible: '王秀英', dueDate: null, status: 'in-progress' });
  // Enough finished ones to need a second page.
  for (let i = 1; i <= 20; i++) await value(core, 'meetings.saveFollowup', { topicId: topic.id, task: `已办结事项${i}`, dueDate: d('01-03'), status: 'done' });
  // Planned for today: recording attendance should turn it 已召开.
  await value(core, 'meetings.create', { typeId: 2, date: iso(new Date()), startTime: '15:00', place: '县政府五楼会议室' });
}

describe('会议 page: types, 督办, attendance on a planned meeting, delete and restore', () => {
  it('manages meeting types, lists 督办 across meetings, marks a planned meeting held, deletes with a question and restores', async () => {
    s = await openApp({ seed });
    const { page } = s;
    await page.getByRole('menuitem', { name: '会议' }).click();

    // 1. 会议类型: add a custom type, refuse a duplicate, rename and hide it.
    await page.getByRole('button', { name: '会议类型' }).click();
    const types = page.getByRole('dialog', { name: '会议类型' });
    await types.getByLabel('新类型名称').fill('党组会议');
    await types.getByRole('button', { name: /添\s*加/ }).click();
    await page.getByText('已有会议类型“党组会议”，请换一个名称。').first().waitFor();
    await types.getByLabel('新类型名称').fill('党风廉政建设专题会');
    await types.getByRole('button', { name: /添\s*加/ }).click();
    const row = types.getByRole('row', { name: /党风廉政建设专题会/ });
    await row.getByText('自定义').waitFor();
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('其他');
    await row.getByRole('button', { name: '修改' }).click();
    await types.getByLabel('新名称').fill('廉政专题会');
    await types.getByRole('button', { name: '保存' }).click();
    const renamed = types.getByRole('row', { name: /廉政专题会/ });
    await renamed.getByRole('button', { name: '隐藏' }).click();
    await renamed.getByText('已隐藏').waitFor();
    // A type with meetings cannot be changed: the buttons say why.
    await expect.poll(() => types.getByRole('row', { name: /理论学习中心组学习/ }).getByRole('button').count()).toBe(0); // built-in
    await screenshot(page, 'meetings-types');
    await types.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '新建会议' }).click();
    const form = page.getByRole('dialog', { name: '新建会议' });
    await form.getByLabel('会议类型').click();
    const offered = openOptions(page);
    await offered.filter({ hasText: '专题会议' }).waitFor();
    expect(await offered.allTextContents()).not.toContain('廉政专题会'); // hidden: not offered
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: /取\s*消/ }).click();

    // 2. 督办事项 across the year's meetings: overdue flagged, filter, inline status, pages.
    await page.getByRole('tab', { name: '督办事项' }).click();
    const late = page.getByRole('row', { name: /制定改造实施方案/ });
    await late.getByText('逾期').waitFor();
    await expect.poll(() => late.textContent()).toContain(`${year}年第1次党组会议`);
    expect(await late.textContent()).toContain('研究城区老旧小区改造方案');
    expect(await page.getByText('共 22 项').count()).toBe(1);
    await page.getByRole('listitem', { name: '2' }).click(); // second page of 20
    await page.getByRole('row', { name: /已办结事项20/ }).waitFor();
    await page.getByRole('listitem', { name: '1' }).click();
    await page.getByLabel('办理状态', { exact: true }).click();
    await pick(page, '未开始');
    await expect.poll(() => page.getByTestId('followups').locator('.ant-table-tbody tr.ant-table-row').allTextContents()).toEqual([expect.stringContaining('制定改造实施方案')]);
    await screenshot(page, 'meetings-followups');
    await page.getByLabel('制定改造实施方案的办理状态').click();
    await pick(page, '已办结');
    await page.getByText('“制定改造实施方案”已改为已办结').waitFor();
    await page.getByText('没有符合条件的督办事项。').waitFor(); // no open ones left

    // 3. Attendance on today's planned meeting turns it 已召开, with a message.
    await page.getByRole('tab', { name: '会议列表' }).click();
    await page.getByText(`${year}年第1次理论学习中心组学习`).click();
    await page.getByRole('row', { name: /张建国/ }).getByText('出席', { exact: true }).click();
    await page.getByText('会议状态已改为“已召开”').waitFor();
    await page.locator('.ls-page-head').getByText('已召开', { exact: true }).waitFor();
    await screenshot(page, 'meetings-auto-held');
    await page.getByRole('button', { name: '返回' }).click();

    // 4. Deleting a meeting that proves a duty asks first; it goes to 已删除 and comes back.
    await page.getByText(`${year}年第1次党组会议`).click();
    await page.getByRole('button', { name: /^删\s*除$/ }).click();
    const ask = page.getByRole('dialog').filter({ hasText: `删除${year}年第1次党组会议？` });
    await ask.getByText(/是工作要点中“党组会议”职责的完成依据/).waitFor();
    await ask.getByRole('button', { name: /删\s*除/ }).click({ trial: true }); // waits until the dialog has stopped moving
    await screenshot(page, 'meetings-delete-confirm');
    await ask.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText(`已删除${year}年第1次党组会议`).waitFor();
    await page.getByRole('button', { name: '新建会议' }).waitFor(); // back on the list
    expect(await page.getByRole('row', { name: /党组会议/ }).count()).toBe(0);
    await page.getByLabel('显示已删除').click();
    await page.getByRole('row', { name: /党组会议/ }).click();
    await page.locator('.ls-page-head').getByText('已删除', { exact: true }).waitFor();
    await screenshot(page, 'meetings-deleted-detail');
    await page.getByRole('button', { name: /^恢\s*复$/ }).click();
    await page.getByText('已恢复').first().waitFor();
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByLabel('显示已删除').click();
    await page.getByRole('row', { name: new RegExp(`${year}年第1次党组会议`) }).waitFor();
    const live = await value<{ id: number }[]>(s.core, 'meetings.list', { year });
    expect(live).toHaveLength(2);
  });
});
