// The dashboard at scale in the browser host: Debian's Chromium via playwright-core, timed
// from the page's load event to the duty table showing its rows. Printed, never asserted.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Core } from '../../electron/core';
import { startWebHost } from '../../electron/web-host/server';

const RENDERER = path.resolve('out/renderer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function dashboardRender(core: Core, runs: number): Promise<{ afterLoad: number[]; fromNavigation: number[] } | string> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) return '没有 out/renderer，请先 npm run build';
  if (!fs.existsSync(CHROMIUM)) return `找不到 Chromium（${CHROMIUM}）`;
  const host = await startWebHost({ dispatch: core.dispatch, rendererDir: RENDERER });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
    const afterLoad: number[] = [];
    const fromNavigation: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await page.goto(host.url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="duty-status-table"] .ant-table-row').length > 0, undefined, { timeout: 60_000 });
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { now: performance.now(), load: nav.loadEventEnd };
      });
      if (i === 0) continue; // warm-up (first compile of the bundle)
      afterLoad.push(t.now - t.load);
      fromNavigation.push(t.now);
    }
    return { afterLoad, fromNavigation };
  } finally {
    await browser.close();
    await host.close();
  }
}
