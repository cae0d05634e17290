import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import type { JobRegistry } from '../jobs/registry';
import { backupService } from './service';
import type { DataSession } from '../db/session';
import { requirePath } from '../files/handlers';

export const backupHandlers = (ctx: CoreContext, jobs: JobRegistry, opts: { workFactor?: number; session?: DataSession }) => {
  const backup = backupService(ctx, jobs, opts);
  return {
    'backup.create': (i) => backup.create(requirePath(i.outFile), i.passphrase),
    'backup.verify': (i) => backup.verify(i.file, i.passphrase),
    'backup.restore': (i) => backup.restore(i.file, i.passphrase),
    'snapshots.list': () => backup.snapshots(),
    'snapshots.take': () => backup.snapshot('手动快照'),
    'snapshots.restore': (i) => backup.restore(i.path, '', true),
    'jobs.get': (i) => jobs.get(i.jobId),
  } satisfies Partial<Handlers>;
};
