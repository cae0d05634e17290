import type { Core } from '../../../electron/core';

/** Every row of every table, to show a refused call changed nothing at all. */
export function everyTable(core: Core): Record<string, unknown[]> {
  const tables = core.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, core.ctx.db.prepare(`SELECT * FROM "${name}"`).all()]));
}

/** Calls the channel, expects it refused with exactly this message, and the file unchanged. */
export async function refusedUnchanged(core: Core, channel: string, input: unknown, message: string | RegExp, code?: string): Promise<void> {
  const before = everyTable(core);
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} should have been refused`);
  if (typeof message === 'string') {
    if (r.error.message !== message) throw new Error(`${channel}: expected “${message}”, got “${r.error.message}”`);
  } else if (!message.test(r.error.message)) throw new Error(`${channel}: expected ${message}, got “${r.error.message}”`);
  if (code && r.error.code !== code) throw new Error(`${channel}: expected code ${code}, got ${r.error.code}`);
  const after = everyTable(core);
  for (const t of Object.keys(before)) {
    if (JSON.stringify(after[t]) !== JSON.stringify(before[t])) throw new Error(`${channel} was refused but changed table ${t}`);
  }
}
