import type { Migration } from './types';
import { initial } from './001-initial';

/** Ordered, append-only. The last entry's version is the schema version of this app. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
