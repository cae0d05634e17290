import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LockStatus } from '../../../shared/contract/security';
import { passwordProblem, passwordStrength } from '../../../shared/security/password';
import { call, tmpCore, tmpDir } from '../../helpers/tmp';

/** A clock the test moves by hand. */
function fakeClock(start = '2022-06-15T08:00:00Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (minutes: number) => (t += minutes * 60_000) };
}

const GOOD = 'Luoshi#2022';

describe('app lock', () => {
  it('is off by default: everything works without a password', async () => {
    const core = tmpCore();
    expect(await call<LockStatus>(core, 'lock.status', {})).toMatchObject({ enabled: false, locked: false, idleMinutes: 15 });
    expect(await call(core, 'members.list', {})).toEqual([]);
  });

  it('enforces the password rule (8+ characters, 3 of 4 classes)', async () => {
    expect(passwordProblem('short1A')).toMatch(/至少需要 8 个字符/);
    expect(passwordProblem('alllowercase')).toMatch(/至少三类/);
    expect(passwordProblem('lower123')).toMatch(/至少三类/);
    expect(passwordProblem('Lower123')).toBeNull();
    expect(passwordStrength('aaaaaaaaaaaa').score).toBeLessThanOrEqual(1);
    expect(passwordStrength('Xq7#mv9!Lp2$zR').score).toBe(4);
    const core = tmpCore();
    const r = await core.dispatch('lock.setPassword', { newPassword: 'password' });
    expect(!r.ok && r.error.message).toMatch(/至少三类/);
  });

  it('after a restart the app is locked until the right password; nothing else answers meanwhile', async () => {
    const first = tmpCore();
    await call(first, 'lock.setPassword', { newPassword: GOOD });
    const file = first.ctx.dataFile;
    first.close();
    const core = tmpCore({ dataFile: file });
    expect(await call<LockStatus>(core, 'lock.status', {})).toMatchObject({ enabled: true, locked: true });
    const refused = await core.dispatch('members.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await call(core, 'lock.unlock', { password: GOOD });
    expect(await call(core, 'members.list', {})).toEqual([]);
  });

  it('5 wrong attempts block unlocking for 5 minutes, and the block survives a restart', async () => {
    const clock = fakeClock();
    const core = tmpCore({ now: clock.now });
    await call(core, 'lock.setPassword', { newPassword: GOOD });
    await call(core, 'lock.lock', {});
    for (let i = 1; i <= 4; i++) {
      const r = await core.dispatch('lock.unlock', { password: 'Wrong#pass1' });
      expect(!r.ok && r.error.message).toContain(`还可以再试 ${5 - i} 次`);
    }
    const fifth = await core.dispatch('lock.unlock', { password: 'Wrong#pass1' });
    expect(!fifth.ok && fifth.error.message).toMatch(/5 分钟后再试/);
    const file = core.ctx.dataFile;
    core.close();

    const restarted = tmpCore({ dataFile: file, now: clock.now });
    const stillBlocked = await restarted.dispatch('lock.unlock', { password: GOOD });
    expect(stillBlocked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    clock.advance(5.1);
    expect(await call<LockStatus>(restarted, 'lock.unlock', { password: GOOD })).toMatchObject({ locked: false });
    const failures = restarted.ctx.db.prepare("SELECT count(*) n FROM audit_log WHERE action = 'lock.unlock' AND result = 'failed'").get();
    expect(failures).toEqual({ n: 5 });
  });

  it('locks itself after the idle time (default 15 minutes), counted from the last real action', async () => {
    const clock = fakeClock();
    const core = tmpCore({ now: clock.now });
    await call(core, 'lock.setPassword', { newPassword: GOOD });
    clock.advance(10);
    await call(core, 'members.list', {});
    clock.advance(10);
    expect(await call(core, 'members.list', {})).toEqual([]);
    clock.advance(15.5);
    expect(await core.dispatch('members.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await call(core, 'lock.unlock', { password: GOOD });
    await call(core, 'lock.setIdleMinutes', { minutes: 5 });
    clock.advance(6);
    expect(await core.dispatch('members.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('changing the password needs the old one; there is no way round it', async () => {
    const core = tmpCore();
    await call(core, 'lock.setPassword', { newPassword: GOOD });
    const noOld = await core.dispatch('lock.setPassword', { newPassword: 'Another#2023' });
    expect(!noOld.ok && noOld.error.message).toMatch(/原密码不正确/);
    const wrongOld = await core.dispatch('lock.setPassword', { oldPassword: 'Guess#2022', newPassword: 'Another#2023' });
    expect(wrongOld.ok).toBe(false);
    await call(core, 'lock.setPassword', { oldPassword: GOOD, newPassword: 'Another#2023' });
    await call(core, 'lock.lock', {});
    expect((await core.dispatch('lock.unlock', { password: GOOD })).ok).toBe(false);
    expect((await core.dispatch('lock.unlock', { password: 'Another#2023' })).ok).toBe(true);
  });
});

describe('audit log', () => {
  it('lists newest first with filters, and verify detects an edited row', async () => {
    const core = tmpCore();
    await call(core, 'members.create', { name: '张建国' });
    await call(core, 'members.create', { name: '李卫东' });
    await call(core, 'unit.update', { name: '某县人民政府党组' });
    const all = await call<{ rows: { action: string }[]; total: number }>(core, 'audit.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.action)).toEqual(['unit.update', 'member.create', 'member.create']);
    const filtered = await call<{ rows: { summary: string }[] }>(core, 'audit.list', { action: 'member', text: '李卫东' });
    expect(filtered.rows).toHaveLength(1);
    expect(await call(core, 'audit.verify', {})).toEqual({ rows: 3, brokenAt: null });
    // Tampering outside the app: drop the trigger, edit a row, and the chain shows where.
    core.ctx.db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = '改过' WHERE id = 2");
    expect(await call(core, 'audit.verify', {})).toEqual({ rows: 2, brokenAt: 2 });
  });
});

describe('audit log export', () => {
  it('writes the filtered log to .xlsx with a frozen header, refuses a wrong extension, and logs the export', async () => {
    const core = tmpCore();
    await call(core, 'members.create', { name: '张建国' });
    await call(core, 'members.create', { name: '李卫东' });
    await call(core, 'unit.update', { name: '某县人民政府党组' });
    const out = path.join(tmpDir(), '日志', '操作日志.xlsx');
    const r = await call<{ file: string; rows: number }>(core, 'audit.export', { outFile: out, text: '成员' });
    expect(r).toEqual({ file: out, rows: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    const texts = ws.getSheetValues().flat().filter((v) => typeof v === 'string') as string[];
    expect(texts.some((t) => t.includes('新增成员 李卫东'))).toBe(true);
    expect(texts.some((t) => t.includes('某县人民政府党组'))).toBe(false);
    const last = await call<{ rows: { action: string }[] }>(core, 'audit.list', { pageSize: 10 });
    expect(last.rows[0]!.action).toBe('audit.export');
    const bad = await core.dispatch('audit.export', { outFile: path.join(tmpDir(), '日志.csv') });
    expect(!bad.ok && bad.error.message).toMatch(/\.xlsx 结尾/);
  });
});
