import { z } from 'zod';
import { channel } from './define';

export interface SetupStatus {
  /** Show the first-start guide (nothing set up yet and not dismissed). */
  show: boolean;
  dismissed: boolean;
  steps: { unit: boolean; members: boolean; plan: boolean; lock: boolean; backup: boolean };
  demo: boolean;
}

export const setupChannels = {
  'setup.status': channel<SetupStatus>()(z.object({}).strict()),
  'setup.dismiss': channel<SetupStatus>()(z.object({ dismissed: z.boolean() }).strict()),
  'demo.load': channel<{ counts: Record<string, number>; year: number }>()(z.object({}).strict()),
  'demo.clear': channel<{ snapshot: string }>()(z.object({}).strict()),
};
