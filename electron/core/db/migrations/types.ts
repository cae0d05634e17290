import type { Database } from 'better-sqlite3';

export interface Migration {
  /** user_version after this migration; consecutive from 1. */
  version: number;
  name: string;
  up: (db: Database) => void;
}
