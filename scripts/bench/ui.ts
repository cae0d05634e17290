// The app at scale in the browser host: Chromium (found as the tests find it) via playwright-core. The dashboard is
// timed from navigation (and from the load event) to the duty table showing its rows; switching
// pages from the menu click to the new page's title with no spinner left. Printed, never asserted.

import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { Core } from '../../electron/core';
import { startWebHost } from '../../electron/web-host/server';
import { findBrowser } from '../find-browser';
import { cjkFontEnv } from '../cjk-font-env';

const RENDERER = path.resolve('out/renderer');

/** Menu label → the title its page shows. */
const SWITCHES: [string, string][] = [
  ['会议', '会议'],
  ['台账', '台账'],
  ['成员', '党组成员'],
  ['工作要点', '工作要点'],
  ['日历', '日历'],
  ['报表', '报表'],
  ['设置', '设置'],
  ['工作台', '工作台'],
];

async function withBrowser<T>(core: Core, fn: (page: Page, url: string) => Promise<T>): Promise<T | string> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) return '没有 out/renderer，请先 npm run build';
  let chromiumPath: string;
  try {
    chromiumPath = (await findBrowser()).path;
  } catch (e) {
    return (e as Error).message;
  }
  const host = await startWebHost({ dispatch: core.dispatch, rendererDir: RENDERER });
  const browser = await chromium.launch({ executablePath: chromiumPath, env: cjkFontEnv(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    return await fn(await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' }), host.url);
  } finally {
    await browser.close();
    await host.close();
  }
}

/** What the clerk reads first: the figures (the status counts) and the duty table's rows; the charts and the members' list follow. */
const dutyRowsShown = (page: Page) =>
  page.waitForFunction(
    () => document.querySelectorAll('[data-testid="duty-status-table"] .ant-table-row').length > 0 && document.querySelector('[data-testid="count-overdue"] .ant-statistic-content') !== null,
    undefined,
    { timeout: 60_000 },
  );

export function dashboardRender(core: Core, runs: number): Promise<{ afterLoad: number[]; fromNavigation: number[] } | string> {
  return withBrowser(core, async (page, url) => {
    const afterLoad: number[] = [];
    const fromNavigation: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await page.goto(url, { waitUntil: 'load' });
      await dutyRowsShown(page);
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { now: performance.now(), load: nav.loadEventEnd };
      });
      if (i === 0) continue; // warm-up (first compile of the bundle)
      afterLoad.push(t.now - t.load);
      fromNavigation.push(t.now);
    }
    return { afterLoad, fromNavigation };
  });
}

/** Each switch of the round, timed in the page (click → title shown, no spinner); the first round warms the page chunks. */
export function pageSwitches(core: Core, rounds: number): Promise<Record<string, number[]> | string> {
  return withBrowser(core, async (page, url) => {
    await page.goto(url, { waitUntil: 'load' });
    await dutyRowsShown(page);
    const times: Record<string, number[]> = {};
    for (let round = 0; round <= rounds; round++) {
      for (const [menu, title] of SWITCHES) {
        // Inline arrows only: tsx names declared functions with a helper the page does not have.
        const ms = await page.evaluate(async ([menu, title]) => {
          const item = Array.from(document.querySelectorAll('[role="menuitem"]')).find((e) => e.textContent?.trim() === menu) as HTMLElement;
          const start = performance.now();
          item.click();
          for (;;) {
            const h = document.querySelector('.ls-page-title');
            if (h?.textContent === title && !document.querySelector('.ant-spin-spinning')) return performance.now() - start;
            await new Promise((r) => requestAnimationFrame(() => r(0)));
          }
        }, [menu, title] as const);
        if (round > 0) (times[menu] ??= []).push(ms);
      }
    }
    return times;
  });
}
