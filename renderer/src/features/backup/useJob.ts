import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobState } from '../../../../shared/contract/backup';
import { call } from '../../api/client';

/** Starts a long job and polls its progress until it finishes. */
export function useJob<T>() {
  const [job, setJob] = useState<JobState | null>(null);
  const timer = useRef(0);
  useEffect(() => () => window.clearInterval(timer.current), []);

  const run = useCallback(
    (start: () => Promise<{ jobId: string }>) =>
      new Promise<T>((resolve, reject) => {
        start().then(({ jobId }) => {
          window.clearInterval(timer.current);
          timer.current = window.setInterval(async () => {
            try {
              const s = await call('jobs.get', { jobId });
              setJob(s);
              if (s.status === 'running') return;
              window.clearInterval(timer.current);
              if (s.status === 'done') resolve(s.result as T);
              else reject(new Error(s.error?.message ?? '任务失败'));
            } catch (e) {
              window.clearInterval(timer.current);
              reject(e as Error);
            }
          }, 300);
        }, reject);
      }),
    [],
  );
  return { job, running: job?.status === 'running', run, reset: () => setJob(null) };
}
