import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { call, tmpCore } from '../helpers/tmp';
import { newMeeting } from '../core/meetings/fixtures';
import { SHOTS } from './harness';
import { findBrowser } from '../../scripts/find-browser';
import { cjkFontEnv } from '../../scripts/cjk-font-env';
import { pdfPages } from '../helpers/pdf-text';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: (await findBrowser()).path, env: cjkFontEnv(), args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
});

const TITLES = ['县委副书记、县长', '县委常委、常务副县长', '副县长', '副县长、县公安局局长', '县政府办公室党组书记、主任'];

/** A unit with n members (long and short titles) and one meeting everyone is expected at. */
async function meetingWith(core: Core, n: number): Promise<number> {
  await call(core, 'unit.update', { name: '示例县人民政府党组', shortName: '示例县政府党组' });
  for (let i = 0; i < n; i++) await call(core, 'members.create', { name: `成员${String(i + 1).padStart(2, '0')}`, title: TITLES[i % TITLES.length], partyRole: i === 0 ? 'secretary' : 'member', termStart: '2020-01-01' });
  return (await newMeeting(core)).id;
}

/** Prints the sheet as Chromium prints it (A4 from the CSS @page) and reads the PDF back. */
async function printed(core: Core, kind: string, meetingId: number, name: string) {
  const { html } = await call<{ html: string }>(core, 'print.sheet', { kind, meetingId, options: {} });
  const page = await browser.newPage();
  await page.setContent(html);
  fs.mkdirSync(SHOTS, { recursive: true });
  const pdf = path.join(SHOTS, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.close();
  const r = await pdfPages(pdf);
  // A picture for review where poppler is installed; the assertions need only pdf.js.
  try {
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(SHOTS, name)]);
  } catch {
    /* no poppler: no PNG */
  }
  return { pages: r.texts.length, text: (p: number) => r.texts[p - 1] ?? '', size: r.size };
}

describe('printed sheets on A4, as Chromium prints them', () => {
  it('a sign-in sheet for 20 members with the default 5 blank rows is one A4 page, titled with the unit', async () => {
    const core = tmpCore();
    const id = await meetingWith(core, 20);
    const r = await printed(core, 'signin', id, 'print-signin-20');
    expect(r.size.map(Math.round)).toEqual([595, 842]); // A4 in points
    expect(r.pages).toBe(1);
    const text = r.text(1).replace(/\s+/g, '');
    expect(text).toContain('示例县人民政府党组会议签到表');
    expect(text).toContain('成员20');
    expect(text).toContain('25'); // the last blank row
    expect(text).toContain('请参会人员本人签名');
  });

  it('7 members get taller rows and still one page (no footnote spilling over)', async () => {
    const core = tmpCore();
    const r = await printed(core, 'signin', await meetingWith(core, 7), 'print-signin-7');
    expect(r.pages).toBe(1);
  });

  it('40 members continue on a second page under the repeated header row', async () => {
    const core = tmpCore();
    const r = await printed(core, 'signin', await meetingWith(core, 40), 'print-signin-40');
    expect(r.pages).toBe(2);
    const second = r.text(2);
    expect(second).toMatch(/序号\s+姓名\s+职务\s+签名\s+备注/);
    expect(second).toContain('成员40');
  });

  it('notice, 通报, minutes and 议定事项 carry the unit full name', async () => {
    const core = tmpCore();
    const id = await meetingWith(core, 7);
    for (const kind of ['notice', 'bulletin', 'minutes', 'decisions']) {
      const r = await printed(core, kind, id, `print-${kind}`);
      expect(r.text(1).replace(/\s+/g, ''), kind).toContain('示例县人民政府党组');
    }
  });
});
