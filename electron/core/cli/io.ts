/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Promise<string>;
  now: () => Date;
  env: NodeJS.ProcessEnv;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean>;
}

/** Exit codes are part of the CLI's contract (documented in the README). */
export const EXIT = {
  ok: 0,
  problem: 1,
  usage: 2,
  wrongPassphrase: 3,
  damagedFile: 4,
  refused: 5,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode: number = EXIT.problem,
  ) {
    super(message);
  }
}

/** `--flag value`, `--flag=value` and bare `--flag`; everything else is positional. */
export function parseArgv(argv: string[], booleanFlags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) flags[name] = inline;
    else if (booleanFlags.has(name)) flags[name] = true;
    else if (i + 1 < argv.length) flags[name] = argv[++i]!;
    else throw new CliError(`参数 --${name} 缺少取值。`, EXIT.usage);
  }
  return { positionals, flags };
}

export const flagString = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
};

export const flagNumber = (args: ParsedArgs, name: string): number | undefined => {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new CliError(`参数 --${name} 应为整数，收到“${v}”。`, EXIT.usage);
  return n;
};

/** Stable JSON for scripts: two-space indent, one trailing newline. */
export const json = (value: unknown) => JSON.stringify(value, null, 2);
