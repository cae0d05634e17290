import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { previewPlanUpload } from './read';
import { copyPlanFromYear, createDuty, deleteDuty, existingPlan, getPlan, listPlanYears, savePlan, updateDuty, updatePlanItem } from './service';

export const planHandlers = (ctx: CoreContext) =>
  ({
    'plan.parse': (i) => previewPlanUpload(i),
    'plan.years': () => listPlanYears(ctx),
    'plan.existing': (i) => existingPlan(ctx, i.year),
    'plan.get': (i) => getPlan(ctx, i.year),
    'plan.save': (i) => savePlan(ctx, i),
    'plan.copyFromYear': (i) => copyPlanFromYear(ctx, i),
    'plan.updateItem': (i) => updatePlanItem(ctx, i),
    'duties.create': (i) => createDuty(ctx, i),
    'duties.update': (i) => updateDuty(ctx, i),
    'duties.delete': (i) => deleteDuty(ctx, i.id),
  }) satisfies Partial<Handlers>;
