import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../electron/core';

const made: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const c of cores.splice(0)) {
    try {
      c.close();
    } catch {
      /* already closed by the test */
    }
  }
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tmpDir(prefix = 'luoshi-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

/** A cheap scrypt cost so lock tests run fast; production uses the default. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

export const FIXED_NOW = () => new Date('2022-06-15T08:00:00Z');

/** A core on a real SQLite file in a temporary folder, closed after the test. */
export function tmpCore(opts: { now?: () => Date; dataFile?: string } = {}): Core {
  const core = createCore({ dataFile: opts.dataFile ?? path.join(tmpDir(), 'luoshi.db'), now: opts.now ?? FIXED_NOW, operator: 'tester', scrypt: TEST_SCRYPT });
  cores.push(core);
  return core;
}

/** Calls a channel and returns its value, failing the test with the Chinese message otherwise. */
export async function call<T = unknown>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
