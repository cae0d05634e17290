import path from 'node:path';

/** `--db PATH` on the command line, then LUOSHI_DB, then luoshi.db in the user data folder. */
export function resolveDataFile(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const i = argv.indexOf('--db');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5);
  const chosen = fromArg || env.LUOSHI_DB;
  return path.resolve(chosen || path.join(userDataDir, 'luoshi.db'));
}
