import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { clearDemo, dismissSetup, loadDemo, setupStatus } from './service';

export const setupHandlers = (ctx: CoreContext) =>
  ({
    'setup.status': () => setupStatus(ctx),
    'setup.dismiss': (i) => dismissSetup(ctx, i.dismissed),
    'demo.load': () => loadDemo(ctx),
    'demo.clear': () => clearDemo(ctx),
  }) satisfies Partial<Handlers>;
