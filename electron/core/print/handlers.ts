import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { renderSheet } from '.';

export const printHandlers = (ctx: CoreContext) =>
  ({
    'print.sheet': (i) => renderSheet(ctx, i.kind, i.meetingId, i.options),
  }) satisfies Partial<Handlers>;
