import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ROUTES } from '../../renderer/src/app/route-list';
import { MEMBER_IMPORT_MAX_ROWS } from '../../shared/members/import-limit';
import { tmpDir } from '../helpers/tmp';
import { openApp, screenshot, SHOTS, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

async function memberListXlsx(rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组成员');
  ws.addRow(['县政府党组成员名单']); // a title row above the header, as offices often have
  ws.addRow(['姓名', '职务', '党组职务', '分管领域', '所在支部']);
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(tmpDir(), '成员名单.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('成员 page through the browser host', () => {
  it('adds a member, edits them, and they are still there after a reload', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('menuitem', { name: '成员' }).click();
    await page.getByRole('button', { name: '新增成员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写姓名').waitFor();
    await dialog.getByLabel('姓名', { exact: true }).fill('张建国');
    await dialog.getByLabel('职务', { exact: true }).fill('县委副书记、县长');
    await dialog.getByLabel('党组职务').click();
    await page.locator('.ant-select-item-option', { hasText: '书记' }).first().click();
    await dialog.getByLabel('分管领域').fill('主持县政府全面工作');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('cell', { name: '张建国', exact: true }).waitFor();

    await page.getByRole('row', { name: /张建国/ }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('dialog').getByLabel('职务', { exact: true }).fill('县长');
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('cell', { name: '县长', exact: true }).waitFor();

    await page.reload();
    await page.getByRole('cell', { name: '张建国', exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /张建国/ }).innerText()).toContain('县长');
    expect(await page.getByRole('row', { name: /张建国/ }).innerText()).toContain('书记');
    await screenshot(page, 'members');
  });

  it('imports an .xlsx with one bad row: the row shows its error and nothing is saved', async () => {
    s = await openApp();
    const { page, core } = s;
    const file = await memberListXlsx([
      ['张建国', '县委副书记、县长', '书记', '全面工作', '县政府办党支部'],
      ['李卫东', '常务副县长', '副书记', '财政、审计', '县政府办党支部'],
      ['王秀英', '副县长', '组长', '教育、卫健', '县教育局党支部'],
    ]);
    await page.goto(s.host.url.replace('/?', '/?') + '#/members');
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toContain('1 行有错误');
    expect(await page.getByRole('row', { name: /王秀英/ }).innerText()).toContain('党组职务“组长”无法识别');
    expect(await page.getByRole('button', { name: /导入 2 名成员/ }).isDisabled()).toBe(true);
    await screenshot(page, 'members-import-error');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    expect(core.ctx.db.prepare('SELECT count(*) n FROM members').get()).toEqual({ n: 0 });

    // Fixed file: all three import in one go, in the sheet's order.
    const fixed = await memberListXlsx([
      ['张建国', '县委副书记、县长', '书记', '全面工作', '县政府办党支部'],
      ['李卫东', '常务副县长', '副书记', '财政、审计', '县政府办党支部'],
      ['王秀英', '副县长', '成员', '教育、卫健', '县教育局党支部'],
    ]);
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    await page.locator('input[type=file]').setInputFiles(fixed);
    await page.getByRole('button', { name: /导入 3 名成员/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: '王秀英', exact: true }).waitFor();
    const names = await page.locator('.ls-page tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(names).toEqual(['张建国', '李卫东', '王秀英']);
    fs.rmSync(file);
  });

  it('a 10,000-row sheet is refused with the limit; a sheet at the limit previews page by page and imports', async () => {
    s = await openApp();
    const { page, core } = s;
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`成员${i + 1}`, '副县长', '成员', '财政', '机关党支部']);
    const big = await memberListXlsx(rows(10_000));
    await page.goto(s.host.url + '#/members');
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    await page.locator('input[type=file]').setInputFiles(big);
    await page.getByTestId('import-error').waitFor();
    expect(await page.getByTestId('import-error').innerText()).toContain('文件“成员名单.xlsx”有 10002 行，超过了成员名单一次最多 1000 行的限制，未导入任何成员。');
    expect(core.ctx.db.prepare('SELECT count(*) n FROM members').get()).toEqual({ n: 0 });

    const full = await memberListXlsx(rows(MEMBER_IMPORT_MAX_ROWS));
    await page.locator('input[type=file]').setInputFiles(full);
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').innerText()).toContain(`共 ${MEMBER_IMPORT_MAX_ROWS} 行，全部可以导入`);
    expect(await page.locator('.ant-modal .ant-table-row').count()).toBe(100);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: path.join(SHOTS, 'members-import-at-limit-1366x768.png') });
    await page.getByRole('button', { name: new RegExp(`导入 ${MEMBER_IMPORT_MAX_ROWS} 名成员`) }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(core.ctx.db.prepare('SELECT count(*) n FROM members').get()).toEqual({ n: MEMBER_IMPORT_MAX_ROWS });
  });

  it('ending a term before meetings the member attended asks what to do; the covering date ends the term there, attendance untouched', async () => {
    s = await openApp({
      seed: async (core) => {
        await core.dispatch('members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
        await core.dispatch('members.create', { name: '李明', termStart: '2021-01-01' });
        for (const date of ['2022-03-10', '2022-05-10']) {
          const m = await core.dispatch('meetings.create', { typeId: 1, date, status: 'held', place: '县政府三楼会议室' });
          if (!m.ok) throw new Error(m.error.message);
          await core.dispatch('meetings.markAllPresent', { id: (m.value as { id: number }).id });
        }
      },
    });
    const { page, core } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    const attendance = () => core.ctx.db.prepare('SELECT meeting_id, member_id, role, status FROM meeting_attendees ORDER BY id').all();
    const before = attendance();
    const li = () => core.ctx.db.prepare("SELECT term_end FROM members WHERE name = '李明'").get();

    await page.goto(s.host.url + '#/members');
    await page.getByRole('row', { name: /李明/ }).getByRole('button', { name: '任职结束' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '任职结束：李明' });
    const date = dialog.getByLabel('任职结束日期');
    await date.click();
    await date.fill('2022-03-01');
    await date.press('Enter');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();

    const question = page.getByTestId('term-conflict');
    await question.waitFor();
    const text = await question.innerText();
    expect(text).toContain('李明以党组成员身份参加了以下 2 次会议，任职结束日期填 2022-03-01 会使这些会议落在任期之外');
    expect(text).toContain('2022年第2次党组会议（2022-05-10）');
    expect(text).toContain('2022年第1次党组会议（2022-03-10）');
    await page.waitForFunction(() => !document.querySelector('[class*="-zoom-enter"], [class*="-zoom-appear"], [class*="-fade-enter"], [class*="-fade-appear"]'));
    await page.screenshot({ path: path.join(SHOTS, 'members-term-conflict-1366x768.png') });
    expect(li()).toEqual({ term_end: null });

    // 返回修改日期: the question goes, the dialog and its date stay, nothing is saved.
    await page.getByRole('button', { name: '返回修改日期' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);
    expect(li()).toEqual({ term_end: null });

    // Asked again, the covering date ends the term on the last meeting attended.
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByRole('button', { name: '改用 2022-05-10' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(li()).toEqual({ term_end: '2022-05-10' });
    expect(attendance()).toEqual(before);
  });

  it('moving a term start past a meeting attended asks too, and the covering date is saved with the other edits', async () => {
    s = await openApp({
      seed: async (core) => {
        await core.dispatch('members.create', { name: '赵新', termStart: '2022-05-01' });
        const m = await core.dispatch('meetings.create', { typeId: 1, date: '2022-05-10', status: 'held', place: '县政府三楼会议室' });
        if (!m.ok) throw new Error(m.error.message);
        await core.dispatch('meetings.markAllPresent', { id: (m.value as { id: number }).id });
      },
    });
    const { page, core } = s;
    await page.goto(s.host.url + '#/members');
    await page.getByRole('row', { name: /赵新/ }).getByRole('button', { name: '编辑' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '编辑成员：赵新' });
    await dialog.getByLabel('职务', { exact: true }).fill('副县长');
    const date = dialog.getByLabel('任职开始日期');
    await date.click();
    await date.fill('2022-06-01');
    await date.press('Enter');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const question = page.getByTestId('term-conflict');
    await question.waitFor();
    expect(await question.innerText()).toContain('任职开始日期填 2022-06-01 会使这些会议落在任期之外');
    expect(core.ctx.db.prepare("SELECT title, term_start FROM members WHERE name = '赵新'").get()).toEqual({ title: '', term_start: '2022-05-01' });
    await page.getByRole('button', { name: '改用 2022-05-10' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(core.ctx.db.prepare("SELECT title, term_start FROM members WHERE name = '赵新'").get()).toEqual({ title: '副县长', term_start: '2022-05-10' });
  });

  it('every page of the shell renders in Chinese (screenshots for review)', async () => {
    s = await openApp();
    const { page } = s;
    for (const r of ROUTES) {
      await page.getByRole('menuitem', { name: r.label }).click();
      await page.locator('.ls-page-title').first().waitFor();
      await screenshot(page, `page-${r.key}`);
    }
    expect(await page.locator('.ls-brand').innerText()).toContain('落实');
  });
});
