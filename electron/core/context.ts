import type { DB } from './db/open';

/** What every core service receives. Nothing here comes from Electron. */
export interface CoreContext {
  db: DB;
  /** The clock; tests and the demo generator pass a fixed one. */
  now: () => Date;
  /** Folder of the database file; attachments and snapshots live beside it. */
  dataDir: string;
  /** Absolute path of luoshi.db. */
  dataFile: string;
  /** Who is acting, for the audit log (the OS user in the desktop app, 'cli' for the CLI). */
  operator: string;
  appVersion: string;
}

export const isoNow = (ctx: Pick<CoreContext, 'now'>) => ctx.now().toISOString();

/** Today on the office's own calendar (the PC's time zone), as 2022-03-05; not the UTC date. */
export const localToday = (ctx: Pick<CoreContext, 'now'>) => {
  const d = ctx.now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
