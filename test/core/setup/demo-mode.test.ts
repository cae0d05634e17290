import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SetupStatus } from '../../../shared/contract/setup';
import { call, tmpCore } from '../../helpers/tmp';

const count = (core: ReturnType<typeof tmpCore>, table: string) => (core.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('first start and demo mode', () => {
  it('a fresh file shows the guide; the steps tick off as the unit, members and plan are set up', async () => {
    const core = tmpCore();
    expect(await call<SetupStatus>(core, 'setup.status', {})).toMatchObject({ show: true, demo: false, steps: { unit: false, members: false, plan: false, lock: false, backup: false } });
    await call(core, 'unit.update', { name: '某县人民政府党组' });
    await call(core, 'members.create', { name: '张建国', partyRole: 'secretary' });
    expect((await call<SetupStatus>(core, 'setup.status', {})).steps).toMatchObject({ unit: true, members: true, plan: false });
    await call(core, 'setup.dismiss', { dismissed: true });
    expect(await call<SetupStatus>(core, 'setup.status', {})).toMatchObject({ show: false, dismissed: true });
  });

  it('loads the demo unit only into an empty file, marked as demo', async () => {
    const core = tmpCore();
    const r = await call<{ counts: Record<string, number> }>(core, 'demo.load', {});
    expect(r.counts.members).toBeGreaterThanOrEqual(7);
    expect(r.counts.plans).toBe(1);
    expect(r.counts.meetings).toBeGreaterThan(10);
    expect(await call(core, 'system.info', {})).toMatchObject({ demo: true, unitName: '示例县人民政府党组' });
    const again = await core.dispatch('demo.load', {});
    expect(!again.ok && again.error.message).toMatch(/只能载入到空的数据文件中/);
  });

  it('clearing the demo takes a snapshot first, then leaves a blank unit (the audit log stays)', async () => {
    const core = tmpCore();
    await call(core, 'demo.load', {});
    const auditBefore = count(core, 'audit_log');
    const r = await call<{ snapshot: string }>(core, 'demo.clear', {});
    expect(fs.existsSync(r.snapshot)).toBe(true);
    expect(path.dirname(r.snapshot)).toBe(path.join(core.ctx.dataDir, 'snapshots'));
    for (const t of ['members', 'plans', 'duties', 'meetings', 'meeting_attendees', 'records', 'attachments']) expect(count(core, t), t).toBe(0);
    const files = fs.readdirSync(path.join(core.ctx.dataDir, 'attachments'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files).toEqual([]);
    expect(await call(core, 'system.info', {})).toMatchObject({ demo: false, unitName: '' });
    expect(count(core, 'audit_log')).toBeGreaterThan(auditBefore);
    // The snapshot brings it all back.
    await call<{ jobId: string }>(core, 'snapshots.restore', { path: r.snapshot }).then(async ({ jobId }) => {
      for (let i = 0; i < 100; i++) {
        const job = await call<{ status: string; error?: { message: string } }>(core, 'jobs.get', { jobId });
        if (job.status === 'done') return;
        if (job.status === 'failed') throw new Error(job.error?.message);
        await new Promise((res) => setTimeout(res, 50));
      }
      throw new Error('restore did not finish');
    });
    expect(count(core, 'members')).toBeGreaterThanOrEqual(7);
    expect(await call(core, 'system.info', {})).toMatchObject({ demo: true });
  });

  it('refuses to clear data that is not the demo unit', async () => {
    const core = tmpCore();
    await call(core, 'members.create', { name: '张建国' });
    const r = await core.dispatch('demo.clear', {});
    expect(!r.ok && r.error.message).toMatch(/不是演示数据/);
    expect(count(core, 'members')).toBe(1);
  });
});
