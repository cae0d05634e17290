import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../electron/core';
import { TEST_SCRYPT } from '../helpers/tmp';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { tmpDir } from '../helpers/tmp';
import { findBrowser } from '../../scripts/find-browser';
import { cjkFontEnv } from '../../scripts/cjk-font-env';

export const SHOTS = path.resolve('test-results/screenshots');
const RENDERER = path.resolve('out/renderer');

export interface Session {
  core: Core;
  host: WebHost;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** The browser host on a fresh real database, and a Chromium (see find-browser.ts) pointed at it. */
export async function openApp(opts: { now?: () => Date; seed?: (core: Core) => void | Promise<void>; showSetupGuide?: boolean } = {}): Promise<Session> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  const core = createCore({ dataFile: path.join(tmpDir('luoshi-e2e-'), 'luoshi.db'), now: opts.now, operator: 'e2e', scrypt: TEST_SCRYPT, backupWorkFactor: 12 });
  // The first-start guide is tested on its own; elsewhere it would cover the page under test.
  if (!opts.showSetupGuide) await core.dispatch('setup.dismiss', { dismissed: true });
  await opts.seed?.(core);
  const host = await startWebHost({ dispatch: core.dispatch, rendererDir: RENDERER });
  const browser = await chromium.launch({
    executablePath: (await findBrowser()).path,
    env: cjkFontEnv(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  await page.goto(host.url);
  return {
    core,
    host,
    browser,
    page,
    async close() {
      await browser.close();
      await host.close();
      core.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  // A dialog caught while it zooms in is a half-transparent blur: let Ant Design's motions finish first.
  await page
    .waitForFunction(() => !document.querySelector('[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]'), null, { timeout: 2000 })
    .catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A core call in a seed that must succeed (a failed seed is the test's fault, not the app's). */
export async function must(core: Core, channel: string, input: unknown) {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as never;
}

/** Opens the 工作台 and sets its 截至 date as a clerk types it. */
export async function dashboardAt(page: Page, date: string) {
  await page.getByRole('menuitem', { name: '工作台' }).click();
  const picker = page.getByRole('textbox', { name: '截至日期' }).or(page.locator('.ant-picker input')).first();
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
  await page.getByText(`截至 ${date}`).waitFor();
}

/**
 * Every confirmation toast (antd message) shown on the page from now on, in order. A toast lasts
 * 3 s; on a loaded CI machine a poll can miss it, a MutationObserver does not.
 */
export async function recordToasts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __toasts?: string[] };
    if (w.__toasts) return;
    const seen: string[] = (w.__toasts = []);
    new MutationObserver(() => {
      document.querySelectorAll('.ant-message-notice').forEach((el) => {
        const text = (el.textContent ?? '').trim();
        if (text && !el.hasAttribute('data-recorded')) {
          el.setAttribute('data-recorded', '');
          seen.push(text);
        }
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __toasts: string[] }).__toasts.slice());
}
