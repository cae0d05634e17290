// Per-connection memo of what compliance reads and computes, valid while the data is unchanged.
//
// The version is PRAGMA data_version (moves when another connection commits) plus
// total_changes() (rows this connection changed, whoever in the process wrote them: handlers,
// jobs, the CLI, tests writing directly). Nothing is cached inside a transaction, whose writes
// may still roll back. A reopened connection (restore) is a new key of the WeakMap.

import type { DB } from '../db/open';

interface Entry {
  version: string;
  value: unknown;
}

const memo = new WeakMap<DB, Map<string, Entry>>();
const totalChanges = new WeakMap<DB, () => number>();

/** Cheap (two tiny statements); null inside a transaction. */
export function dataVersion(db: DB): string | null {
  if (db.inTransaction) return null;
  let changes = totalChanges.get(db);
  if (!changes) {
    const st = db.prepare('SELECT total_changes()').pluck();
    totalChanges.set(db, (changes = () => st.get() as number));
  }
  return `${String(db.pragma('data_version', { simple: true }))}:${changes()}`;
}

/**
 * `compute()` once per data version and key; keeps the `max` most recently used keys.
 * Callers must treat the value as read-only: it is shared.
 */
export function cached<T>(db: DB, key: string, compute: () => T, max = 6): T {
  const version = dataVersion(db);
  if (version === null) return compute();
  let entries = memo.get(db);
  if (!entries) memo.set(db, (entries = new Map()));
  const hit = entries.get(key);
  entries.delete(key); // re-inserted below: Map order is the recency order
  if (hit && hit.version === version) {
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  entries.set(key, { version, value });
  for (const old of entries.keys()) {
    if (entries.size <= max) break;
    entries.delete(old);
  }
  return value;
}
