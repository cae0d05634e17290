import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { JobState } from '../../../shared/contract/backup';
import { call, tmpCore } from '../../helpers/tmp';

// The import dialog reads a chosen file through plan.parseStart and polls jobs.get, so it can
// show how far the reading is; the answer must be plan.parse's.
const upload = (name: string) => ({ fileName: name, dataBase64: fs.readFileSync(`test/fixtures/formats/${name}`).toString('base64') });

async function finished(core: ReturnType<typeof tmpCore>, jobId: string): Promise<JobState> {
  for (;;) {
    const s = await call<JobState>(core, 'jobs.get', { jobId });
    if (s.status !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('plan.parseStart', () => {
  it('gives plan.parse’s preview; a second file chosen while the first is read is not refused', async () => {
    const core = tmpCore();
    const pdf = await call<{ jobId: string }>(core, 'plan.parseStart', upload('plan.pdf'));
    const doc = await call<{ jobId: string }>(core, 'plan.parseStart', upload('plan.doc'));
    const direct = await call<PlanPreview>(core, 'plan.parse', upload('plan.pdf'));
    for (const id of [pdf.jobId, doc.jobId]) {
      const s = await finished(core, id);
      expect(s.status).toBe('done');
      expect((s.result as PlanPreview).duties).toEqual(direct.duties);
    }
  });

  it('a scanned PDF fails the job with the scan message, as plan.parse refuses it', async () => {
    const core = tmpCore();
    const { jobId } = await call<{ jobId: string }>(core, 'plan.parseStart', upload('scan.pdf'));
    const s = await finished(core, jobId);
    expect(s.status).toBe('failed');
    expect(s.error?.message).toContain('扫描件');
  });
});
