import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { openDatabase } from './db/open';
import type { CoreContext } from './context';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { membersHandlers } from './members/handlers';
import { systemHandlers } from './system/handlers';
import { APP_VERSION } from './version';

export interface CoreOptions {
  /** Absolute path of luoshi.db; its folder becomes the data folder. */
  dataFile: string;
  now?: () => Date;
  operator?: string;
}

export interface Core {
  ctx: CoreContext;
  dispatch: Dispatch;
  close(): void;
}

/** Opens the data file and wires every domain's handlers into one dispatch. No Electron here. */
export function createCore(opts: CoreOptions): Core {
  const dataFile = path.resolve(opts.dataFile);
  fs.mkdirSync(path.dirname(dataFile), { recursive: true });
  const { db } = openDatabase(dataFile, { now: opts.now });
  const ctx: CoreContext = {
    db,
    now: opts.now ?? (() => new Date()),
    dataDir: path.dirname(dataFile),
    dataFile,
    operator: opts.operator ?? safeUserName(),
    appVersion: APP_VERSION,
  };
  return { ctx, dispatch: createDispatch(createHandlers(ctx)), close: () => db.close() };
}

/**
 * Each domain declares its own handler map (electron/core/<domain>/handlers.ts); they are merged
 * here, and the type check fails if any contract channel is left without a handler.
 */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    ...systemHandlers(ctx),
    ...membersHandlers(ctx),
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
