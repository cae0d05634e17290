import { AppError } from '../../../shared/result';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { auditFileName, backupFileName, reportFileName } from '../../../shared/files/names';
import { localToday, type CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { getUnit } from '../unit/service';
import type { Downloads } from './downloads';

/** For handlers that write where the user chose: the wrapper below fills the path in for downloads. */
export function requirePath(outFile: string | undefined): string {
  if (!outFile) throw new AppError('VALIDATION', '请选择保存位置。', { outFile: '请选择保存位置' });
  return outFile;
}

type Saving = 'backup.create' | 'reports.export' | 'audit.export';

/**
 * Every channel that saves a file takes an optional outFile: given (Electron's save dialog, the
 * CLI), the file goes there; omitted (the browser host), the core writes it under a download id
 * with the proposed Chinese name, and the answer carries downloadId for GET /downloads/<id>.
 */
export function downloadHandlers(ctx: CoreContext, downloads: Downloads, inner: Pick<Handlers, Saving>) {
  const today = () => localToday(ctx); // the office's date in the name, not UTC's (08:00 in Beijing)
  const names: { [C in Saving]: (i: ParsedInputOf<C>) => string } = {
    'backup.create': () => backupFileName(today()),
    'reports.export': (i) => reportFileName({ ...i, unitShortName: getUnit(ctx).shortName || getUnit(ctx).name }),
    'audit.export': () => auditFileName(today()),
  };
  const wrap =
    <C extends Saving>(c: C) =>
    async (i: ParsedInputOf<C>): Promise<OutputOf<C>> => {
      if (i.outFile) return (await inner[c](i as never)) as OutputOf<C>;
      const { id, file } = downloads.reserve(names[c](i));
      const r = (await inner[c]({ ...i, outFile: file } as never)) as object;
      return { ...r, downloadId: id } as OutputOf<C>;
    };
  return {
    'backup.create': wrap('backup.create'),
    'reports.export': wrap('reports.export'),
    'audit.export': wrap('audit.export'),
    'files.download': (i) => downloads.locate(i.id),
  } satisfies Partial<Handlers>;
}
