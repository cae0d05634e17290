import type { ReportParams } from '../../../shared/contract/reports';
import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { attendanceDoc } from './attendance';
import type { ReportDoc } from './doc';
import { ledgerDoc } from './ledger';
import { memberFilesDoc } from './member-files';
import { quarterlyDoc } from './quarterly';
import { rankingDoc } from './ranking';
import { summaryDoc } from './summary';

/** The report a user asked for, as the one model printing and both exports share. */
export function buildReport(ctx: CoreContext, p: ReportParams): ReportDoc {
  switch (p.report) {
    case 'ledger':
      return ledgerDoc(ctx, p.year);
    case 'quarterly':
      if (p.quarter === undefined) throw new AppError('VALIDATION', '请选择季度。', { quarter: '请选择季度' });
      return quarterlyDoc(ctx, p.year, p.quarter);
    case 'member-files':
      return memberFilesDoc(ctx, p.year, p.memberId);
    case 'attendance':
      return attendanceDoc(ctx, p.year);
    case 'ranking':
      return rankingDoc(ctx, p.year);
    case 'summary':
      return summaryDoc(ctx, p.year);
  }
}
