import os from 'node:os';
import path from 'node:path';

/** Electron's productName; its userData folder is named after it. */
export const PRODUCT_FOLDER = '落实';

/**
 * The same folder Electron's app.getPath('userData') gives the desktop app, so the CLI and the
 * browser host find the office's data without being told.
 */
export function defaultDataFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LUOSHI_DB) return path.resolve(env.LUOSHI_DB);
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, PRODUCT_FOLDER, 'luoshi.db');
}
