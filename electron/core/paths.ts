import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Electron's productName; its userData folder is named after it. */
export const PRODUCT_FOLDER = '落实';

/**
 * The data folder. Windows: local app data (%LOCALAPPDATA%), never the roaming profile, which a
 * domain may copy to a server at every logon. Linux: ~/.config, like Electron's userData.
 */
export function dataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, PRODUCT_FOLDER);
}

/** Where versions before 0.1.x kept the data on Windows (the roaming profile); null elsewhere. */
export function legacyDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  if (platform !== 'win32') return null;
  return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_FOLDER);
}

/**
 * LUOSHI_DB, else luoshi.db in the data folder, so the CLI and the browser host find the
 * office's data without being told. Until the desktop app has moved a roaming-profile database
 * (electron/core/db/relocate.ts), that one is used where it is.
 */
export function defaultDataFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LUOSHI_DB) return path.resolve(env.LUOSHI_DB);
  const current = path.join(dataFolder(env, platform), 'luoshi.db');
  const legacy = legacyDataFolder(env, platform);
  if (legacy && !fs.existsSync(current) && fs.existsSync(path.join(legacy, 'luoshi.db'))) return path.join(legacy, 'luoshi.db');
  return current;
}
