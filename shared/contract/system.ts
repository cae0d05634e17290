import { z } from 'zod';
import { channel, patchOf, requiredText, text } from './define';
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

export const systemChannels = {
  'system.info': channel<SystemInfo>()(z.object({}).strict()),
  'unit.get': channel<Unit>()(z.object({}).strict()),
  'unit.update': channel<Unit>()(patchOf(unitFields)),
};
