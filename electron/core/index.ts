import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { openDataFile, type DataSession, type OpenDataOptions } from './db/session';
import { audit } from './audit/log';
import type { CoreContext } from './context';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { membersHandlers } from './members/handlers';
import { meetingsHandlers } from './meetings/handlers';
import { printHandlers } from './print/handlers';
import { systemHandlers } from './system/handlers';
import { planHandlers, planJobHandlers } from './plan/handlers';
import { complianceHandlers } from './compliance/handlers';
import { keyworkHandlers } from './keywork/handlers';
import { reportJobHandlers, reportsHandlers } from './reports/handlers';
import { ledgerHandlers } from './ledger/handlers';
import { openAttachment, type OpenPath } from './ledger/attachments';
import { APP_VERSION } from './version';
import { AppLock } from './security/lock';
import { gateDispatch } from './security/gate';
import { securityHandlers } from './security/handlers';
import { setupHandlers } from './setup/handlers';
import { backupHandlers } from './backup/handlers';
import { dailySnapshot } from './backup/service';
import { JobRegistry } from './jobs/registry';
import { Downloads } from './files/downloads';
import { downloadHandlers } from './files/handlers';
import type { ScryptParams } from './security/verifier';
import type { AppError } from '../../shared/result';

export interface CoreOptions {
  /** Absolute path of luoshi.db; its folder becomes the data folder. */
  dataFile: string;
  now?: () => Date;
  operator?: string;
  /** Lower scrypt cost, for tests only. */
  scrypt?: ScryptParams;
  /** log2 of the backup's scrypt N; tests only (the age library's default otherwise). */
  backupWorkFactor?: number;
  /** What only the host can do (Electron: system file dialogs). */
  host?: Partial<Pick<Handlers, 'host.pickPath' | 'host.openedFile' | 'host.savePdf'>>;
  /** Opens a file with the system's default program (Electron: shell.openPath); absent in the browser host and CLI. */
  openPath?: OpenPath;
  /** Who holds the data file's lock ('落实桌面版'…), read-only access, and the refusal's last words (db/session.ts). */
  program?: OpenDataOptions['program'];
  access?: OpenDataOptions['access'];
  action?: OpenDataOptions['action'];
}

export interface Core {
  ctx: CoreContext;
  dispatch: Dispatch;
  /** The open data file: lock, identity check, restore's reopen. */
  session: DataSession;
  /** What the open found and repaired (an interrupted restore, a stray -wal), in Chinese, for the host to show. */
  notices: string[];
  /** Work the hosts run once after start (the daily snapshot). */
  startup(): Promise<void>;
  /** Resolves when no backup, restore, export or startup snapshot is running: the hosts wait for it before close(). */
  idle(): Promise<void>;
  close(): void;
}

/** Opens the data file and wires every domain's handlers into one dispatch. No Electron here. */
export function createCore(opts: CoreOptions): Core {
  const dataFile = path.resolve(opts.dataFile);
  fs.mkdirSync(path.dirname(dataFile), { recursive: true });
  const session = openDataFile(dataFile, { now: opts.now, program: opts.program, access: opts.access, action: opts.action });
  const ctx: CoreContext = {
    db: session.db,
    now: opts.now ?? (() => new Date()),
    dataDir: path.dirname(dataFile),
    dataFile,
    operator: opts.operator ?? safeUserName(),
    appVersion: APP_VERSION,
  };
  for (const n of session.notices) audit(ctx, { action: 'data.repair', objectType: 'data-file', summary: n });
  const lock = new AppLock(ctx, opts.scrypt);
  const jobs = new JobRegistry();
  const downloads = new Downloads();
  const saving = { ...securityHandlers(ctx, lock), ...backupHandlers(ctx, jobs, { workFactor: opts.backupWorkFactor, session }), ...reportJobHandlers(ctx, jobs) };
  const handlers: Handlers = {
    ...createHandlers(ctx),
    ...saving,
    ...planJobHandlers(jobs),
    ...downloadHandlers(ctx, downloads, saving),
    'host.pickPath': async () => ({ supported: false, path: null }),
    'host.openedFile': () => ({ path: null }),
    'host.savePdf': () => ({ supported: false, path: null }),
    'host.openAttachment': (i) => openAttachment(ctx, i.id, opts.openPath),
    ...opts.host,
  };
  const dispatch = gateDispatch(createDispatch(handlers), lock);
  let startup: Promise<void> = Promise.resolve();
  return {
    ctx,
    session,
    notices: session.notices,
    dispatch: async (channel, input) => {
      try {
        session.assertCurrent();
      } catch (e) {
        return { ok: false, error: (e as AppError).toJSON() };
      }
      return dispatch(channel, input);
    },
    startup: () =>
      (startup = dailySnapshot(ctx).then(
        () => undefined,
        (e: unknown) => console.error('[luoshi] daily snapshot failed:', e),
      )),
    idle: async () => {
      await startup;
      await jobs.idle();
    },
    close: () => {
      downloads.close();
      session.close();
    },
  };
}

/** Channels whose handlers hold state (the lock, running jobs) or belong to the host. */
type StatefulChannel = keyof ReturnType<typeof securityHandlers> | keyof ReturnType<typeof backupHandlers> | keyof ReturnType<typeof reportJobHandlers> | keyof ReturnType<typeof planJobHandlers> | 'host.pickPath' | 'host.openedFile' | 'host.openAttachment' | 'host.savePdf' | 'files.download';

/**
 * Each domain declares its own handler map (electron/core/<domain>/handlers.ts); they are merged
 * here, and the type check fails if any contract channel is left without a handler.
 */
export function createHandlers(ctx: CoreContext): Omit<Handlers, StatefulChannel> {
  return {
    ...systemHandlers(ctx),
    ...membersHandlers(ctx),
    ...setupHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...printHandlers(ctx),
    ...planHandlers(ctx),
    ...complianceHandlers(ctx),
    ...keyworkHandlers(ctx),
    ...reportsHandlers(ctx),
    ...ledgerHandlers(ctx),
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
