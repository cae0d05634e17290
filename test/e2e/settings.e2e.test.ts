import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, tmpDir } from '../helpers/tmp';
import { openApp, screenshot, type Session } from './harness';

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe('设置 through the browser host', () => {
  it('app lock: set a password, reload, wrong password refused, right one unlocks', async () => {
    s = await openApp();
    const { page } = s;
    await page.goto(`${s.host.url}#/settings`);
    await page.getByRole('tab', { name: '应用锁' }).click();
    await page.getByLabel('设置密码').fill('short');
    await page.getByLabel('再次输入').fill('short');
    await page.getByRole('button', { name: '启用应用锁' }).click();
    await page.getByText('密码至少需要 8 个字符').waitFor();
    await page.getByLabel('设置密码').fill('Luoshi#2022');
    await page.getByLabel('再次输入').fill('Luoshi#2022');
    await page.getByText(/强度：/).waitFor();
    await screenshot(page, 'settings-lock');
    await page.getByRole('button', { name: '启用应用锁' }).click();
    await page.getByText('应用锁已启用').waitFor();

    // The core stays unlocked for this session until locked (a restart locks it: see the unit tests).
    await page.getByRole('button', { name: '立即锁定' }).click();
    await page.getByLabel('应用锁密码').waitFor();
    await page.reload();
    await page.getByLabel('应用锁密码').waitFor();
    await page.getByLabel('应用锁密码').fill('Wrong#2022');
    await page.getByRole('button', { name: '解 锁' }).click();
    await page.getByText(/密码错误，还可以再试 4 次/).waitFor();
    await screenshot(page, 'lock-screen');
    await page.getByLabel('应用锁密码').fill('Luoshi#2022');
    await page.getByRole('button', { name: '解 锁' }).click();
    await page.getByRole('tab', { name: '应用锁' }).waitFor();
    expect(s.core.ctx.db.prepare("SELECT result FROM audit_log WHERE action = 'lock.unlock' ORDER BY id").all()).toEqual([{ result: 'failed' }, { result: 'ok' }]);
  });

  it('backup: downloaded under a dated name, chosen again with the file chooser, verified, restored with a confirmation', async () => {
    s = await openApp({ seed: async (core) => void (await call(core, 'members.create', { name: '张建国', partyRole: 'secretary' })) });
    const { page } = s;
    const dir = tmpDir();
    await page.goto(`${s.host.url}#/settings`);
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    await page.getByText(/由浏览器下载“落实备份-\d{8}\.luoshi-backup”/).waitFor();
    await page.getByLabel('备份口令', { exact: true }).fill('Backup#2022');
    await page.getByLabel('再次输入口令').fill('Backup#2023');
    await page.getByRole('button', { name: '生成备份' }).click();
    await page.getByText('两次输入的口令不一致').waitFor();
    await page.getByLabel('再次输入口令').fill('Backup#2022');
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '生成备份' }).click();
    const download = await downloading;
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    expect(download.suggestedFilename()).toBe(`落实备份-${today}.luoshi-backup`);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText(/备份已生成，保存在浏览器的“下载”文件夹/).waitFor({ timeout: 60_000 });
    // The download is a real age file: the age command decrypts it with the passphrase.
    expect(fs.readFileSync(file).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    await call(s.core, 'members.create', { name: '李明', partyRole: 'member' });
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择备份文件…' }).click();
    await (await choosing).setFiles(file);
    await page.getByTestId('backup-file-name').getByText(download.suggestedFilename()).waitFor();
    await page.getByLabel('备份口令（恢复）').fill('not-it');
    await page.getByRole('button', { name: '校验备份' }).click();
    await page.getByTestId('backup-error').getByText(/口令不正确/).waitFor({ timeout: 60_000 });
    await page.getByLabel('备份口令（恢复）').fill('Backup#2022');
    await page.getByRole('button', { name: '校验备份' }).click();
    await page.getByText('备份完好：口令正确').waitFor({ timeout: 60_000 });
    expect(await page.locator('.ant-descriptions').last().innerText()).toContain('成员 1');
    await screenshot(page, 'settings-backup');

    await page.getByRole('button', { name: '从此备份恢复…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '恢 复' }).click();
    await page.getByTestId('restore-done').getByText(/已从备份恢复/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'settings-restored');
    expect((await call<{ name: string }[]>(s.core, 'members.list', {})).map((m) => m.name)).toEqual(['张建国']);
  });
});
