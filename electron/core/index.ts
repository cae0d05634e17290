import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { openDatabase } from './db/open';
import { SCHEMA_VERSION } from './db/migrations';
import type { CoreContext } from './context';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { createMember, endTerm, getMember, listMembers, reinstate, reorder, updateMember } from './members/service';
import { commitMemberImport, previewMemberImport } from './members/xlsx-import';
import { getUnit, updateUnit } from './unit/service';
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

export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'system.info': () => {
      const unit = getUnit(ctx);
      return { appVersion: ctx.appVersion, schemaVersion: SCHEMA_VERSION, dataFile: ctx.dataFile, unitName: unit.name, demo: unit.demo };
    },
    'unit.get': () => getUnit(ctx),
    'unit.update': (i) => updateUnit(ctx, i),
    'members.list': (i) => listMembers(ctx, i),
    'members.get': (i) => getMember(ctx, i.id),
    'members.create': (i) => createMember(ctx, i),
    'members.update': (i) => updateMember(ctx, i),
    'members.endTerm': (i) => endTerm(ctx, i),
    'members.reinstate': (i) => reinstate(ctx, i.id),
    'members.reorder': (i) => reorder(ctx, i.ids),
    'members.importPreview': (i) => previewMemberImport(ctx, i.fileName, i.dataBase64),
    'members.importCommit': (i) => commitMemberImport(ctx, i.fileName, i.dataBase64),
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
