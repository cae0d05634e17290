import { runCli } from '../../electron/core/cli/run';

/** Runs the CLI in-process and captures what it prints. */
export async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: async () => stdin,
    now: () => new Date('2022-06-15T08:00:00Z'),
    env: {},
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
