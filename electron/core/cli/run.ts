import { COMMANDS } from './commands';
import type { Command } from './command';
import { CliError, EXIT, parseArgv, type CliIO } from './io';

function help(io: CliIO): void {
  io.out('用法：npm run cli -- <命令> [参数]\n');
  for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(64)} ${c.summary}`);
  io.out('\n通用参数：--db PATH 指定数据文件（默认与桌面程序相同；也可用环境变量 LUOSHI_DB）');
}

/** Finds the longest command path matching the first words. */
function findCommand(words: string[]): Command | undefined {
  return [...COMMANDS].sort((a, b) => b.path.length - a.path.length).find((c) => c.path.every((p, i) => words[i] === p));
}

/** Options every command takes, with a value; accepted before the command as well as after. */
const GLOBAL_OPTIONS = ['db'];

/** Moves global options (`--db FILE`, `--db=FILE`) after the command words, so `--db FILE plan import …` reads as `plan import … --db FILE`. */
function globalsLast(argv: string[]): string[] {
  const rest: string[] = [];
  const globals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2).split('=')[0]! : '';
    if (!GLOBAL_OPTIONS.includes(name)) rest.push(a);
    else if (a.includes('=')) globals.push(a);
    else if (i + 1 < argv.length) globals.push(a, argv[++i]!);
    else throw new CliError(`参数 --${name} 缺少取值。`, EXIT.usage);
  }
  return [...rest, ...globals];
}

export async function runCli(rawArgv: string[], io: CliIO): Promise<number> {
  let argv: string[];
  try {
    argv = globalsLast(rawArgv);
  } catch (e) {
    io.err((e as Error).message);
    return EXIT.usage;
  }
  // Command words come before the first option; after it, bare words are option values or arguments.
  const firstOption = argv.findIndex((a) => a.startsWith('--'));
  const words = firstOption === -1 ? argv : argv.slice(0, firstOption);
  if (argv.length === 0 || argv.includes('--help') || argv[0] === 'help') {
    help(io);
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const command = findCommand(words);
  if (!command) {
    io.err(`未知命令：${words.join(' ') || argv.join(' ')}。运行 npm run cli -- help 查看全部命令。`);
    return EXIT.usage;
  }
  try {
    const args = parseArgv(argv, new Set(command.booleanFlags ?? []));
    args.positionals = args.positionals.slice(command.path.length);
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`出错了：${(e as Error).message}`);
    return EXIT.problem;
  }
}
