// Screenshots for the user manual (docs/images), taken from the browser host on the demo unit.
// Used by `npm run docs:screenshots` (writes docs/images) and by an e2e test (writes to
// test-results), so the manual's pictures are produced by the same code the tests run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createCore } from '../../electron/core';
import { generateDemo } from '../../electron/core/demo/generate';
import { startWebHost } from '../../electron/web-host/server';
import { findBrowser } from '../find-browser';
import { cjkFontEnv } from '../cjk-font-env';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Mid-year, so the dashboard shows a mix of done, due and overdue. */
const AS_OF = new Date('2022-06-15T10:00:00+08:00');

export interface ScreensOptions {
  outDir: string;
  rendererDir?: string;
  chromium?: string;
}

export async function takeManualScreenshots(o: ScreensOptions): Promise<string[]> {
  fs.mkdirSync(o.outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-docs-'));
  const demo = createCore({ dataFile: path.join(work, 'demo', 'luoshi.db'), now: () => AS_OF, operator: '截图' });
  const empty = createCore({ dataFile: path.join(work, 'empty', 'luoshi.db'), now: () => AS_OF, operator: '截图' });
  generateDemo(demo.ctx, { seed: 1, year: 2022 });
  const rendererDir = o.rendererDir ?? path.resolve('out/renderer');
  const demoHost = await startWebHost({ dispatch: demo.dispatch, rendererDir });
  const emptyHost = await startWebHost({ dispatch: empty.dispatch, rendererDir });
  const browser = await chromium.launch({ executablePath: o.chromium ?? (await findBrowser()).path, env: cjkFontEnv(), args: CHROMIUM_ARGS });
  const written: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    await page.waitForTimeout(600); // let charts finish their entry animation
    const file = path.join(o.outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    written.push(file);
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'zh-CN' });
    await page.clock.setFixedTime(AS_OF);

    await page.goto(emptyHost.url);
    await page.getByText('欢迎使用落实').waitFor();
    await shot(page, 'setup-guide');

    await page.goto(`${demoHost.url}#/dashboard`);
    await page.locator('.ls-page-title', { hasText: '工作台' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await shot(page, 'dashboard');

    for (const [route, title] of [
      ['plan', '工作要点'],
      ['calendar', '日历'],
      ['meetings', '会议'],
      ['ledger', '台账'],
      ['members', '党组成员'],
      ['reports', '报表'],
    ] as const) {
      await page.goto(`${demoHost.url.split('?')[0]}#/${route}`);
      await page.locator('.ls-page-title', { hasText: title }).first().waitFor();
      await shot(page, route);
    }

    const base = demoHost.url.split('?')[0];
    const visit = async (hash: string, title: string) => {
      await page.goto(`${base}${hash}`);
      await page.locator('.ls-page-title', { hasText: title }).first().waitFor();
    };
    // One held 党组会议 with its attendance and topics; one record with an attachment if there is one.
    const meeting = demo.ctx.db.prepare("SELECT m.id FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE t.name = '党组会议' AND m.status = 'held' ORDER BY m.date LIMIT 1").get() as { id: number };
    await visit(`#/meetings?id=${meeting.id}`, '党组会议');
    await shot(page, 'meeting-detail');
    const record = demo.ctx.db.prepare("SELECT r.id FROM records r WHERE r.deleted_at IS NULL AND r.kind = 'party-lecture' ORDER BY r.date LIMIT 1").get() as { id: number } | undefined;
    if (record) {
      await page.goto(`${base}#/ledger?id=${record.id}`);
      await page.getByRole('button', { name: '返回列表' }).waitFor();
      await shot(page, 'record-detail');
    }

    await visit('#/reports', '报表');
    await page.getByRole('button', { name: '导出年度落实台账' }).click();
    await page.getByRole('dialog').getByTestId('export-name').waitFor();
    await shot(page, 'reports-export');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '年终' }).click();
    await page.getByTestId('year-end').waitFor();
    await shot(page, 'year-end');

    await visit('#/settings?tab=backup', '设置');
    await page.getByRole('button', { name: '生成备份' }).waitFor();
    await shot(page, 'backup');
    await visit('#/settings?tab=lock', '设置');
    await shot(page, 'app-lock');

    // The printed sign-in sheet of the first 党组会议, as it comes out of the printer.
    const sheet = await demo.dispatch('print.sheet', { kind: 'signin', meetingId: meeting.id, options: {} });
    if (!sheet.ok) throw new Error(sheet.error.message);
    const a4 = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await a4.setContent((sheet.value as { html: string }).html);
    await shot(a4, 'signin-sheet');
  } finally {
    await browser.close();
    await demoHost.close();
    await emptyHost.close();
    demo.close();
    empty.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return written;
}
