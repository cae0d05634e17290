import type { z } from 'zod';
import type { ChannelDef } from './define';
import { systemChannels } from './system';
import { membersChannels } from './members';
import { securityChannels } from './security';
import { setupChannels } from './setup';
import { backupChannels } from './backup';
import { meetingsChannels } from './meetings';
import { printChannels } from './print';
import { planChannels } from './plan';
import { complianceChannels } from './compliance';
import { ledgerChannels } from './ledger';
import { keyworkChannels } from './keywork';
import { reportsChannels } from './reports';
import { filesChannels } from './files';
import type { Result } from '../result';

/**
 * The one IPC contract. Each domain declares its channels in its own file; they are
 * merged here. Main, the browser host, the preload and the renderer all derive from it.
 */
export const contract = {
  ...systemChannels,
  ...membersChannels,
  ...securityChannels,
  ...setupChannels,
  ...backupChannels,
  ...meetingsChannels,
  ...printChannels,
  ...planChannels,
  ...complianceChannels,
  ...ledgerChannels,
  ...keyworkChannels,
  ...reportsChannels,
  ...filesChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

/** What the renderer sees as `window.api`: one named async call per channel. */
export type Api = { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export { CHANNELS } from './channels';
