import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { generateDemo } from '../../electron/core/demo/generate';
import type { WorkingYear } from '../../shared/contract/system';
import { call, tmpCore, tmpDir, TEST_SCRYPT } from '../helpers/tmp';

const in2026 = () => new Date('2026-12-03T08:00:00Z');

describe('working year', () => {
  it('opens at this year on an empty file', async () => {
    const core = tmpCore({ now: in2026 });
    expect(await call<WorkingYear>(core, 'workingYear.get', {})).toEqual({ year: 2026, planYears: [] });
  });

  it('opens at the newest plan year when the data is 2022’s, though today is 2026', async () => {
    const core = tmpCore({ now: in2026 });
    generateDemo(core.ctx, { seed: 1, year: 2022, members: 7 });
    expect(await call<WorkingYear>(core, 'workingYear.get', {})).toEqual({ year: 2022, planYears: [2022] });
  });

  it('keeps the year last chosen across a restart of the core', async () => {
    const dataFile = path.join(tmpDir(), 'luoshi.db');
    const a = createCore({ dataFile, now: in2026, operator: 't', scrypt: TEST_SCRYPT });
    expect(await call<WorkingYear>(a, 'workingYear.set', { year: 2024 })).toMatchObject({ year: 2024 });
    a.close();
    const b = createCore({ dataFile, now: in2026, operator: 't', scrypt: TEST_SCRYPT });
    try {
      expect(await call<WorkingYear>(b, 'workingYear.get', {})).toMatchObject({ year: 2024 });
    } finally {
      b.close();
    }
  });

  it('refuses an impossible year with a Chinese message and keeps the saved one', async () => {
    const core = tmpCore({ now: in2026 });
    await call(core, 'workingYear.set', { year: 2023 });
    const r = await core.dispatch('workingYear.set', { year: 1900 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!r.ok && r.error.message).toMatch(/年度不能早于2000年/);
    expect(await call<WorkingYear>(core, 'workingYear.get', {})).toMatchObject({ year: 2023 });
  });
});
