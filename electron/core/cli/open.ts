import { createCore, type Core } from '..';
import { defaultDataFile } from '../paths';
import { CliError, EXIT, flagString, type CliIO, type ParsedArgs } from './io';
import { AppError } from '../../../shared/result';

/** Opens the database named by --db (or the default one) as the CLI operator. */
export function openCore(args: ParsedArgs, io: CliIO): Core {
  const file = flagString(args, 'db') ?? defaultDataFile(io.env);
  try {
    return createCore({ dataFile: file, now: io.now, operator: 'cli' });
  } catch (e) {
    if (e instanceof AppError) throw new CliError(e.message, e.code === 'DB_NEWER' || e.code === 'DB_FOREIGN' ? EXIT.refused : EXIT.damagedFile);
    throw e;
  }
}

/** Runs fn with an open core and always closes it. */
export async function withCore<T>(args: ParsedArgs, io: CliIO, fn: (core: Core) => Promise<T> | T): Promise<T> {
  const core = openCore(args, io);
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

/** Unwraps a dispatch result for the CLI: the Chinese message on failure. */
export async function dispatchOrThrow<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new CliError(r.error.message, r.error.code === 'VALIDATION' ? EXIT.usage : EXIT.problem);
  return r.value as T;
}
