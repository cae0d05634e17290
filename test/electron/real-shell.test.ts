import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { newMeeting, seedMembers } from '../core/meetings/fixtures';
import { pdfText } from '../helpers/pdf-text';
import { tmpDir } from '../helpers/tmp';

// The real shell in a real Electron, wherever a binary exists (release machines): start with a
// temporary profile, wait for the dashboard, print a sign-in sheet to PDF, quit, check the seal.
// better-sqlite3 must be built for Electron there: `npm run test:electron` does both switches.
const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.resolve('node_modules/electron/dist');
const binary = [path.join(dist, 'electron'), path.join(dist, 'electron.exe')].find((f) => fs.existsSync(f));
const nativeTarget = fs.existsSync('node_modules/.luoshi-native-target') ? fs.readFileSync('node_modules/.luoshi-native-target', 'utf8').trim() : 'node';
const why = !binary ? `本机没有 Electron 运行时（${dist}）；在发布机上运行 npm run test:electron，或设置 ELECTRON_OVERRIDE_DIST_PATH` : nativeTarget !== 'electron' ? 'better-sqlite3 当前为 Node 编译；请用 npm run test:electron' : null;
if (why) console.log(`跳过真实 Electron 冒烟测试：${why}`);

describe.skipIf(!!why)('the packaged shell in real Electron', () => {
  it('starts on a fresh profile, shows the dashboard, prints a sign-in sheet to PDF, quits and seals the database', async () => {
    const dir = tmpDir('luoshi-electron-');
    const dataFile = path.join(dir, 'data', 'luoshi.db');
    const seed = createCore({ dataFile, operator: 'smoke' });
    await seed.dispatch('setup.dismiss', { dismissed: true });
    await seedMembers(seed);
    const meeting = await newMeeting(seed);
    seed.close();

    const app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve('out/main/index.js'), `--user-data-dir=${path.join(dir, 'profile')}`, '--db', dataFile],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
      timeout: 60_000,
    });
    try {
      const page = await app.firstWindow();
      await page.getByText('工作台').first().waitFor({ timeout: 60_000 });
      const pdf = path.join(dir, '签到表.pdf');
      await app.evaluate(({ dialog }, out) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: out })) as never;
      }, pdf);
      const saved = await page.evaluate(async (id) => {
        const api = (window as unknown as { api: Record<string, (i: unknown) => Promise<{ ok: boolean; value: { html: string; title: string; path?: string } }>> }).api;
        const sheet = await api['print.sheet']!({ kind: 'signin', meetingId: id });
        return api['host.savePdf']!({ html: sheet.value.html, title: sheet.value.title });
      }, meeting.id);
      expect(saved).toMatchObject({ ok: true, value: { supported: true, path: pdf } });
      expect(await pdfText(pdf)).toContain('会议签到表');
    } finally {
      await app.close();
    }
    expect(fs.existsSync(`${dataFile}-seal`)).toBe(true);
  }, 180_000);
});
