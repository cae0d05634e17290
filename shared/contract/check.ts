// Compile-time guard: CHANNELS lists exactly the contract's channels.
import type { Channel } from './index';
import type { CHANNELS } from './channels';

type Listed = (typeof CHANNELS)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const channelsMatchContract: Same<Listed, Channel> = true;
