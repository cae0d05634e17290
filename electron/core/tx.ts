import type { CoreContext } from './context';

/** Every write goes through here: one transaction, so a failure leaves nothing half-written. */
export const inTransaction = <T>(ctx: CoreContext, fn: () => T): T => ctx.db.transaction(fn)();
