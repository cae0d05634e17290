import { randomUUID } from 'node:crypto';
import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import type { JobRegistry } from '../jobs/registry';
import { previewPlanUpload } from './read';
import { takeSnapshot } from '../backup';
import { copyPlanFromYear, createDuty, deleteDuty, existingPlan, getPlan, listPlanYears, savePlan, updateDuty, updatePlanItem } from './service';

export const planHandlers = (ctx: CoreContext) =>
  ({
    'plan.parse': (i) => previewPlanUpload(i),
    'plan.years': () => listPlanYears(ctx),
    'plan.existing': (i) => existingPlan(ctx, i.year),
    'plan.get': (i) => getPlan(ctx, i.year),
    // A bulk import (and possibly a replace): snapshot first, so it can be undone from 设置.
    'plan.save': async (i) => {
      await takeSnapshot(ctx, i.replace ? '替换工作要点前' : '导入工作要点前');
      return savePlan(ctx, i);
    },
    'plan.copyFromYear': (i) => copyPlanFromYear(ctx, i),
    'plan.updateItem': (i) => updatePlanItem(ctx, i),
    'duties.create': (i) => createDuty(ctx, i),
    'duties.update': (i) => updateDuty(ctx, i),
    'duties.delete': (i) => deleteDuty(ctx, i.id),
  }) satisfies Partial<Handlers>;

/** Reading a large plan file runs as a job, so the import dialog can show its stage (jobs.get). */
export const planJobHandlers = (jobs: JobRegistry) =>
  ({
    // Its own kind per read: a clerk who cancels a long read and picks another file is not refused
    // until the first one ends (nothing is written, so two reads cannot conflict).
    'plan.parseStart': (i) => jobs.start(`plan-read-${randomUUID()}`, (report) => previewPlanUpload(i, report)),
  }) satisfies Partial<Handlers>;
