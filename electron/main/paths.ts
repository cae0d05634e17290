import path from 'node:path';
import { dataFolder, legacyDataFolder } from '../core/paths';
import { relocateDataFolder, type Relocation } from '../core/db/relocate';

/**
 * `--db PATH` on the command line, then LUOSHI_DB, then luoshi.db in the data folder — after
 * moving it there once from the Windows roaming profile, where earlier versions kept it.
 */
export function resolveDataFile(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): { file: string; relocated: Relocation | null } {
  const i = argv.indexOf('--db');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5);
  const chosen = fromArg || env.LUOSHI_DB;
  if (chosen) return { file: path.resolve(chosen), relocated: null };
  const folder = dataFolder(env, platform);
  const legacy = legacyDataFolder(env, platform);
  return { file: path.join(folder, 'luoshi.db'), relocated: legacy ? relocateDataFolder(legacy, folder) : null };
}
