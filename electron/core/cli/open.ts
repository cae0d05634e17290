import { createCore, type Core } from '..';
import { defaultDataFile } from '../paths';
import { CliError, EXIT, flagString, type CliIO, type ParsedArgs } from './io';
import { AppError } from '../../../shared/result';

export const CLI_PROGRAM = '落实命令行工具';

/**
 * How a command opens the data file: `read` commands (list, status, verify) run alongside the
 * app; every other command is a writer and refuses while another process holds the file,
 * ending the message with `action` ("请先关闭它再导入").
 */
export type Access = { access: 'read' } | { access: 'write'; action: string };

/** Opens the database named by --db (or the default one) as the CLI operator. */
export function openCore(args: ParsedArgs, io: CliIO, how: Access): Core {
  const file = flagString(args, 'db') ?? defaultDataFile(io.env);
  try {
    const core = createCore({ dataFile: file, now: io.now, operator: 'cli', program: CLI_PROGRAM, ...how });
    for (const n of core.notices) io.err(n);
    return core;
  } catch (e) {
    if (e instanceof AppError) throw new CliError(e.message, ['DB_NEWER', 'DB_FOREIGN', 'IN_USE'].includes(e.code) ? EXIT.refused : EXIT.damagedFile);
    throw e;
  }
}

/** Runs fn with an open core and always closes it. */
export async function withCore<T>(args: ParsedArgs, io: CliIO, how: Access, fn: (core: Core) => Promise<T> | T): Promise<T> {
  const core = openCore(args, io, how);
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
