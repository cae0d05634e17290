import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

/** The main process's log: where the error pages and the start-failure box send the user. */
export function logFile(): string {
  try {
    return path.join(app.getPath('logs'), 'main.log');
  } catch {
    return path.join(app.getPath('temp'), 'luoshi-main.log');
  }
}

export function logError(what: string, e?: unknown): void {
  const detail = e instanceof Error ? (e.stack ?? e.message) : e === undefined ? '' : String(e);
  const line = `${new Date().toISOString()} ${what}${detail ? `: ${detail}` : ''}\n`;
  console.error(`[luoshi] ${line.trimEnd()}`);
  try {
    fs.mkdirSync(path.dirname(logFile()), { recursive: true });
    fs.appendFileSync(logFile(), line);
  } catch {
    // Nowhere to write: the console line above is all there is.
  }
}
