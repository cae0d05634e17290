import type { SheetKind } from '../../../shared/contract/print';
import type { CoreContext } from '../context';
import { loadSheetData } from './data';
import { htmlDocument, type Safe } from './html';
import { bulletinSheet } from './sheets/bulletin';
import { decisionsSheet } from './sheets/decisions';
import { minutesSheet } from './sheets/minutes';
import { noticeSheet } from './sheets/notice';
import { signinSheet } from './sheets/signin';

export interface SheetOptions {
  blankRows: number;
}

/** One printed sheet as a full HTML document; the app previews it, the CLI writes it to a file. */
export function renderSheet(ctx: CoreContext, kind: SheetKind, meetingId: number, opts: SheetOptions): { html: string; title: string } {
  const d = loadSheetData(ctx, meetingId);
  const sheet: { title: string; body: Safe; css?: string } = {
    signin: () => signinSheet(d, opts),
    notice: () => noticeSheet(d),
    bulletin: () => bulletinSheet(d),
    minutes: () => minutesSheet(d),
    decisions: () => decisionsSheet(d),
  }[kind]();
  return { html: htmlDocument(sheet.title, sheet.body, sheet.css), title: sheet.title };
}
