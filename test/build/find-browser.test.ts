import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../scripts/find-browser';
import { tmpDir } from '../helpers/tmp';

const touch = (file: string) => (fs.mkdirSync(path.dirname(file), { recursive: true }), fs.writeFileSync(file, ''), file);

describe('the e2e browser', () => {
  it('CHROMIUM_PATH, then PLAYWRIGHT_CHROMIUM, wins; a path that does not exist is a clear error', async () => {
    const a = touch(path.join(tmpDir(), 'my-chromium'));
    const b = touch(path.join(tmpDir(), 'other'));
    expect(await findBrowser({ CHROMIUM_PATH: a, PLAYWRIGHT_CHROMIUM: b, PATH: '' }, 'linux')).toEqual({ path: a, source: 'CHROMIUM_PATH' });
    expect(await findBrowser({ PLAYWRIGHT_CHROMIUM: b, PATH: '' }, 'linux')).toEqual({ path: b, source: 'PLAYWRIGHT_CHROMIUM' });
    await expect(findBrowser({ CHROMIUM_PATH: '/nope/chromium' }, 'linux')).rejects.toThrow('CHROMIUM_PATH=/nope/chromium 不存在');
  });

  it('then an installed Chromium or Chrome on PATH', async () => {
    const bin = tmpDir();
    const chrome = touch(path.join(bin, 'google-chrome'));
    expect(await findBrowser({ PATH: `/nonexistent${path.delimiter}${bin}` }, 'linux')).toEqual({ path: chrome, source: 'installed' });
  });

  it("on Windows, the installed Edge in Program Files", async () => {
    const pf = 'C:\\Program Files (x86)';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const onDisk = new Set([edge]);
    expect(await findBrowser({ 'PROGRAMFILES(X86)': pf }, 'win32', (f) => onDisk.has(f))).toEqual({ path: edge, source: 'installed' });
  });

  it.skipIf(process.platform !== 'linux' || process.arch !== 'x64')('else the Chromium that @sparticuz/chromium ships (no browser installed)', async () => {
    const found = await findBrowser({ PATH: '' }, 'linux');
    expect(found.source).toBe('@sparticuz/chromium');
    expect(fs.statSync(found.path).size).toBeGreaterThan(10_000_000);
  });
});
