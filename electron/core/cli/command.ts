import type { CliIO, ParsedArgs } from './io';

export interface Command {
  /** Words that select it, e.g. ['members', 'list']. */
  path: string[];
  usage: string;
  summary: string;
  /** Flags that take no value. */
  booleanFlags?: string[];
  run: (args: ParsedArgs, io: CliIO) => Promise<number> | number;
}
