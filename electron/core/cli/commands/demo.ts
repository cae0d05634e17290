import { AppError } from '../../../../shared/result';
import { generateDemo } from '../../demo/generate';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, flagString, json } from '../io';
import { withCore } from '../open';

export const demoGenerate: Command = {
  path: ['demo', 'generate'],
  usage: 'demo generate --db PATH [--seed N] [--year YYYY] [--members N] [--json]',
  summary: '在新的空数据文件中生成可重复的演示单位（同一 seed 结果相同）',
  booleanFlags: ['json'],
  run: (args, io) => {
    if (!flagString(args, 'db')) throw new CliError('请用 --db 指定一个新的数据文件，避免把演示数据写进正式数据。', EXIT.usage);
    const members = flagNumber(args, 'members');
    if (members !== undefined && (members < 1 || members > 60)) throw new CliError('--members 应在 1 到 60 之间。', EXIT.usage);
    return withCore(args, io, (core) => {
      try {
        const summary = generateDemo(core.ctx, { seed: flagNumber(args, 'seed') ?? 1, year: flagNumber(args, 'year') ?? 2022, members });
        io.out(args.flags.json ? json(summary) : `已生成演示单位“${summary.unitName}”：${Object.entries(summary.counts).map(([k, v]) => `${k} ${v}`).join('，')}`);
        return EXIT.ok;
      } catch (e) {
        if (e instanceof AppError) throw new CliError(`${e.message}请用 --db 指定一个新文件。`, EXIT.refused);
        throw e;
      }
    });
  },
};
