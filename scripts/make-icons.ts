// Renders build/icon.svg to the PNG sizes the installers need, in Chromium (found as the tests find it).
// Run after changing the SVG: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser';
import { cjkFontEnv } from './cjk-font-env';

const svg = fs.readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: (await findBrowser()).path, env: cjkFontEnv(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  const file = path.join('build/icons', `${size}x${size}.png`);
  await page.screenshot({ path: file, omitBackground: true });
  if (size === 512) fs.copyFileSync(file, 'build/icon.png');
}
await browser.close();
