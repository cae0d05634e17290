import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { listAudit } from '../audit/query';
import { verifyAuditChain } from '../audit/log';
import { exportAudit } from '../audit/export';
import type { AppLock } from './lock';

export const securityHandlers = (ctx: CoreContext, lock: AppLock) =>
  ({
    'lock.status': () => lock.status(),
    'lock.unlock': (i) => lock.unlock(i.password),
    'lock.lock': () => lock.lock(),
    'lock.setPassword': (i) => lock.setPassword(i.oldPassword, i.newPassword),
    'lock.disable': (i) => lock.disable(i.password),
    'lock.setIdleMinutes': (i) => lock.setIdleMinutes(i.minutes),
    'audit.list': (i) => listAudit(ctx, i),
    'audit.verify': () => verifyAuditChain(ctx),
    'audit.export': (i) => exportAudit(ctx, i),
  }) satisfies Partial<Handlers>;
