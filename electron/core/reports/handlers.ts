import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import type { JobRegistry } from '../jobs/registry';
import { reportSheet } from '../print/sheets/report';
import { closeYear, reopenYear, yearStatus } from '../years/service';
import { buildReport } from './build';
import { startExport } from './export';
import { memberFile } from './member-file';
import { monthlyTrend } from './monthly';
import { requirePath } from '../files/handlers';

export const reportsHandlers = (ctx: CoreContext) =>
  ({
    'reports.memberFile': (i) => memberFile(ctx, i.memberId, i.year),
    'reports.monthly': (i) => monthlyTrend(ctx, i.year),
    'reports.print': (i) => reportSheet(buildReport(ctx, i)),
    'years.status': (i) => yearStatus(ctx, i.year),
    'years.close': (i) => closeYear(ctx, i.year, i.reason),
    'years.reopen': (i) => reopenYear(ctx, i.year, i.reason),
  }) satisfies Partial<Handlers>;

/** Exports run as jobs, so they need the core's shared job registry (jobs.get polls it). */
export const reportJobHandlers = (ctx: CoreContext, jobs: JobRegistry) =>
  ({
    'reports.export': (i) => startExport(ctx, jobs, { ...i, outFile: requirePath(i.outFile) }),
  }) satisfies Partial<Handlers>;
