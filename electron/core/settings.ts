import type { DB } from './db/open';

/** Small key/value settings stored in the database (so they travel with backups). */
export const settings = {
  get(db: DB, key: string): string | null {
    const r = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? null;
  },
  set(db: DB, key: string, value: string | null): void {
    if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  },
};
