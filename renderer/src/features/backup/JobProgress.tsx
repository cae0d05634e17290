import { Progress } from 'antd';
import type { JobState } from '../../../../shared/contract/backup';

export function JobProgress({ job }: { job: JobState | null }) {
  if (!job || job.status !== 'running') return null;
  return (
    <div style={{ marginTop: 12 }} data-testid="job-progress">
      <Progress percent={Math.round(job.fraction * 100)} status="active" strokeColor="#a61b1b" />
      <span style={{ color: '#8c8c8c' }}>{job.stage}</span>
    </div>
  );
}
