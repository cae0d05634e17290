import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { evidenceOf, getCompliance, linkEvidence } from './service';

export const complianceHandlers = (ctx: CoreContext) =>
  ({
    'compliance.get': (i) => getCompliance(ctx, i),
    'compliance.evidence': (i) => evidenceOf(ctx, i),
    'compliance.link': (i) => linkEvidence(ctx, i),
  }) satisfies Partial<Handlers>;
