import type { Handlers } from '../dispatch';
import type { CoreContext } from '../context';
import { SCHEMA_VERSION } from '../db/migrations';
import { getUnit, updateUnit } from '../unit/service';
import { getWorkingYear, setWorkingYear } from './working-year';

export const systemHandlers = (ctx: CoreContext) =>
  ({
    'system.info': () => {
      const unit = getUnit(ctx);
      return { appVersion: ctx.appVersion, schemaVersion: SCHEMA_VERSION, dataFile: ctx.dataFile, unitName: unit.name, demo: unit.demo };
    },
    'workingYear.get': () => getWorkingYear(ctx),
    'workingYear.set': (i) => setWorkingYear(ctx, i.year),
    'unit.get': () => getUnit(ctx),
    'unit.update': (i) => updateUnit(ctx, i),
  }) satisfies Partial<Handlers>;
