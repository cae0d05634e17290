import type { Api, Channel, InputOf, OutputOf } from '../../../shared/contract';
import { CHANNELS } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/result';
import { httpApi } from './http';
import { counted } from './writes';

declare global {
  interface Window {
    api?: Api;
    luoshiHost?: { kind: 'electron' | 'web' };
  }
}

/** window.api in Electron (from the preload); the same calls over fetch in the browser host. */
export const api: Api = window.api ?? httpApi(CHANNELS);

/** Thrown by `call` so pages can show the Chinese message from the core. */
export class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

let onLocked: () => void = () => undefined;
/** The lock feature registers here, so any call refused as LOCKED brings up the lock screen. */
export const setLockedHandler = (fn: () => void) => {
  onLocked = fn;
};

/** Calls a channel and unwraps the envelope; failures become ApiError with the user's message. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const r = await counted(channel, () => (api[channel] as (i: InputOf<C>) => Promise<Result<OutputOf<C>>>)(input));
  if (!r.ok) {
    if (r.error.code === 'LOCKED' && channel !== 'lock.unlock') onLocked();
    throw new ApiError(r.error.code, r.error.message, r.error.fields);
  }
  return r.value;
}

/** base64 of a picked file, for channels that take uploads. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
