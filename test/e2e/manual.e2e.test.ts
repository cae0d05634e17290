import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeManualScreenshots } from '../../scripts/docs/screens';
import { SHOTS } from './harness';

describe('user manual', () => {
  it('its screenshots are produced from the demo unit in the browser host', async () => {
    const out = path.join(SHOTS, 'manual');
    const files = await takeManualScreenshots({ outDir: out });
    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['setup-guide.png', 'dashboard.png', 'plan.png', 'meetings.png', 'meeting-detail.png', 'reports-export.png', 'year-end.png', 'backup.png', 'app-lock.png', 'signin-sheet.png']),
    );
    for (const f of files) expect(fs.statSync(f).size).toBeGreaterThan(10_000);
  });

  it('every picture the manual shows exists in docs/images, and the manual is shipped with the app', () => {
    const manual = fs.readFileSync('docs/使用说明.md', 'utf8');
    const images = [...manual.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(12);
    for (const img of images) expect(fs.existsSync(path.join('docs', img)), img).toBe(true);
    // electron-vite copies docs/ beside the renderer (publicDir), so 帮助 works offline.
    expect(fs.existsSync('out/renderer/使用说明.md')).toBe(true);
  });
});
