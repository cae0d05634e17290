import { randomUUID } from 'node:crypto';
import type { JobState } from '../../../shared/contract/backup';
import { AppError } from '../../../shared/result';

/** How long a finished job can still be polled: far longer than any poll interval. */
const FINISHED_KEPT_MS = 10 * 60_000;

type Report = (fraction: number, stage: string) => void;

/**
 * Long jobs run in the background; the UI polls `jobs.get` for progress. Polling keeps one
 * request/response contract for Electron IPC and the browser host alike (no event channel).
 */
export class JobRegistry {
  private jobs = new Map<string, JobState>();
  private running = new Set<string>();
  private settling = new Set<Promise<unknown>>();

  /** One job of a kind at a time: two restores at once would fight over the same files. */
  start<T>(kind: string, run: (report: Report) => Promise<T>): { jobId: string } {
    if (this.running.has(kind)) throw new AppError('CONFLICT', '上一个同类任务还在进行中，请等它完成后再试。');
    const id = randomUUID();
    const job: JobState = { id, kind, status: 'running', fraction: 0, stage: '准备中' };
    this.jobs.set(id, job);
    this.running.add(kind);
    const done = run((fraction, stage) => Object.assign(job, { fraction: Math.max(job.fraction, Math.min(1, fraction)), stage }))
      .then(
        (result) => Object.assign(job, { status: 'done', fraction: 1, stage: '完成', result }),
        (e: unknown) =>
          Object.assign(job, {
            status: 'failed',
            error: e instanceof AppError ? e.toJSON() : { code: 'INTERNAL', message: `任务失败：${(e as Error)?.message ?? String(e)}。数据没有改动。` },
          }),
      )
      .finally(() => {
        this.running.delete(kind);
        this.settling.delete(done);
        // A finished job's result (a whole plan preview, for a plan read) is not kept for the app's life.
        setTimeout(() => this.jobs.delete(id), FINISHED_KEPT_MS).unref?.();
      });
    this.settling.add(done);
    return { jobId: id };
  }

  /** Resolves once every running job has finished or failed (a failed job has rolled back). */
  async idle(): Promise<void> {
    while (this.settling.size) await Promise.allSettled([...this.settling]);
  }

  get(id: string): JobState {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', '找不到该任务（程序可能已重启），请重新操作。');
    return { ...job };
  }
}
