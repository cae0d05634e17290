import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { cli } from './helpers';

describe('npm run cli: meetings and print', () => {
  it('the demo has a year of meetings; meetings list --json and print signin write what the app prints', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'demo.db');
    expect((await cli(['demo', 'generate', '--db', db, '--seed', '3'])).code).toBe(0);
    const list = await cli(['meetings', 'list', '--year', '2022', '--json', '--db', db]);
    expect(list.code).toBe(0);
    const meetings = JSON.parse(list.out) as { id: number; displayName: string; status: string; counts: { expected: number } }[];
    const monthly = meetings.filter((m) => m.displayName.endsWith('党组会议'));
    expect(monthly.map((m) => m.displayName)).toEqual(Array.from({ length: 12 }, (_, i) => `2022年第${i + 1}次党组会议`));
    expect(meetings.some((m) => m.displayName.includes('民主生活会'))).toBe(true);
    expect(meetings.every((m) => m.counts.expected > 0)).toBe(true);

    const out = path.join(dir, 'sheets', 'signin.html');
    const printed = await cli(['print', 'signin', '--meeting', String(monthly[2]!.id), '--out', out, '--blank-rows', '3', '--db', db]);
    expect(printed.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('会议签到表');
    expect(html).toContain('2022年第3次党组会议');
    expect(html.match(/class="blank"/g)).toHaveLength(3);

    expect((await cli(['print', 'poster', '--meeting', '1', '--out', out, '--db', db])).code).toBe(2);
    const missing = await cli(['print', 'signin', '--meeting', '999', '--out', out, '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到编号为 999 的会议');
  });
});
