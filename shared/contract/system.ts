import { z } from 'zod';
import { channel, patchOf, requiredText, text, year } from './define';
import { LIMITS } from '../limits';

export interface SystemInfo {
  appVersion: string;
  schemaVersion: number;
  dataFile: string;
  unitName: string;
  /** true when the database holds the demo unit (shown as a banner). */
  demo: boolean;
}

export interface Unit {
  name: string;
  shortName: string;
  updatedAt: string | null;
}

const unitFields = z
  .object({
    name: requiredText('单位名称', LIMITS.shortText),
    shortName: text('单位简称', LIMITS.name).default(''),
  })
  .strict();

/** The one year every page shows; see electron/core/system/working-year.ts for how it is chosen. */
export interface WorkingYear {
  year: number;
  /** Years that have a plan, newest first (offered first in the switcher). */
  planYears: number[];
}

export const systemChannels = {
  'system.info': channel<SystemInfo>()(z.object({}).strict()),
  'workingYear.get': channel<WorkingYear>()(z.object({}).strict()),
  'workingYear.set': channel<WorkingYear>()(z.object({ year: year() }).strict()),
  'unit.get': channel<Unit>()(z.object({}).strict()),
  'unit.update': channel<Unit>()(patchOf(unitFields)),
};
