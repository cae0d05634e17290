import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { deleteMilestone, deleteProject, getProject, listProjects, rateProject, ranking, restoreProject, saveMilestone, saveProgress, saveProject } from './service';

export const keyworkHandlers = (ctx: CoreContext) =>
  ({
    'keywork.list': (i) => listProjects(ctx, i),
    'keywork.get': (i) => getProject(ctx, i.id),
    'keywork.save': (i) => saveProject(ctx, i),
    'keywork.delete': (i) => deleteProject(ctx, i.id),
    'keywork.restore': (i) => restoreProject(ctx, i.id),
    'keywork.saveMilestone': (i) => saveMilestone(ctx, i),
    'keywork.deleteMilestone': (i) => deleteMilestone(ctx, i.id),
    'keywork.saveProgress': (i) => saveProgress(ctx, i),
    'keywork.rate': (i) => rateProject(ctx, i),
    'keywork.ranking': (i) => ranking(ctx, i.year, i.period),
  }) satisfies Partial<Handlers>;
