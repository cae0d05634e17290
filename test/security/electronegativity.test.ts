import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';

// Electronegativity (Doyensec) reviews the Electron code for misconfigurations. It runs on a
// copy of the main/preload sources, the renderer's HTML (for its CSP) and package.json. The two
// checks that download Electron's release list are excluded: this machine, like the offices'
// PCs, has no network, and the Electron version is pinned and checked elsewhere.
describe('Electronegativity', () => {
  it('finds nothing of HIGH severity', () => {
    const dir = tmpDir();
    const src = path.join(dir, 'src');
    fs.cpSync('electron/main', path.join(src, 'electron/main'), { recursive: true });
    fs.cpSync('electron/preload', path.join(src, 'electron/preload'), { recursive: true });
    fs.copyFileSync('renderer/index.html', path.join(src, 'index.html'));
    fs.copyFileSync('package.json', path.join(src, 'package.json'));
    const out = path.join(dir, 'result.csv');
    execFileSync(
      process.execPath,
      [require.resolve('@doyensec/electronegativity/dist/index.js'), '-i', src, '-o', out, '-r', '-x', 'AvailableSecurityFixesGlobalCheck,ElectronVersionJSONCheck'],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const rows = fs.readFileSync(out, 'utf8').trim().split('\n').slice(1);
    const high = rows.filter((r) => /^[A-Z_]+,"(HIGH|CRITICAL)"/.test(r));
    expect(high).toEqual([]);
    // The checker must have actually looked at our window code.
    expect(rows.some((r) => r.includes('electron/main/window.ts'))).toBe(true);
  });
});
