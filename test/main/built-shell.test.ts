import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract/channels';
import { tmpDir } from '../helpers/tmp';

// The shell as it ships: the bundled out/main/index.js (not the sources), started under plain
// Node with `electron` resolved to a stub (test/main/stub). `npm test` builds out/ first.
const MAIN = path.resolve('out/main/index.js');

interface Run {
  errors: string[];
  exitCode: number | null;
  channels: string[];
  schemes: unknown;
  windowUrl: string | null;
  preload: string | null;
  preloadExists: boolean;
  index: { status: number; type: string; csp: string; body: string } | null;
  assets: { path: string; status: number; type: string; csp: string; bytes: number }[];
  missing: { status: number } | null;
  beforeQuitWaited: boolean;
  quitAfterJobs: boolean;
  sealed: boolean;
  walLeft: boolean;
}

function runBuiltShell(dataFile: string): Run {
  const r = spawnSync(process.execPath, ['--import', path.resolve('test/main/stub/register.mjs'), path.resolve('test/main/stub/drive.mjs'), MAIN], {
    encoding: 'utf8',
    env: { ...process.env, LUOSHI_DB: dataFile, STUB_LOGS: tmpDir() },
    timeout: 60_000,
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`the built shell did not run (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(last) as Run;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

describe('the built shell (out/main) under plain Node', () => {
  it('starts without an error box, registers every channel, serves index.html and each asset it names, and seals the database on quit', () => {
    expect(fs.existsSync(MAIN), 'out/main/index.js is missing: run `npm run build` first (npm test does)').toBe(true);
    const dataFile = path.join(tmpDir(), 'luoshi.db');
    const run = runBuiltShell(dataFile);

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBeNull();
    expect(run.channels).toEqual([...CHANNELS]);
    expect(run.windowUrl).toBe('app://luoshi/index.html');
    expect(run.preload).toBe(path.resolve('out/preload/index.cjs'));
    expect(run.preloadExists).toBe(true);

    expect(run.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(run.index!.csp).toContain("script-src 'self'");
    expect(run.index!.body).toContain('<!doctype html>');
    expect(run.assets.length).toBeGreaterThanOrEqual(2);
    for (const a of run.assets) {
      expect(a, a.path).toMatchObject({ status: 200, type: TYPES[path.extname(a.path)] ?? expect.any(String) });
      expect(a.bytes, a.path).toBeGreaterThan(0);
    }
    expect(run.assets.map((a) => path.extname(a.path)).sort()).toEqual(expect.arrayContaining(['.css', '.js']));
    expect(run.missing).toEqual({ status: 404 });

    // Quit waits for the startup snapshot, then will-quit closes the database and writes the seal.
    expect(run.beforeQuitWaited).toBe(true);
    expect(run.quitAfterJobs).toBe(true);
    expect(run.sealed).toBe(true);
    expect(run.walLeft).toBe(false);
  });
});
