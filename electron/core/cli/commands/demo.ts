import { AppError } from '../../../../shared/result';
import { generateDemo } from '../../demo/generate';
import { generateAtScale, SCALE_LIMITS, type ScaleOptions } from '../../demo/scale';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, flagString, json, type ParsedArgs } from '../io';
import { withCore } from '../open';

const SCALE_FLAGS = ['years', 'records', 'meetings', 'attachments'] as const;

function bounded(args: ParsedArgs, name: keyof typeof SCALE_LIMITS): number | undefined {
  const v = flagNumber(args, name);
  const [min, max] = SCALE_LIMITS[name];
  if (v !== undefined && (v < min || v > max)) throw new CliError(`--${name} 应在 ${min} 到 ${max} 之间。`, EXIT.usage);
  return v;
}

/** Sizes given on the command line; what is left out grows with --years (about one busy year each). */
function scaleOptions(args: ParsedArgs, seed: number, lastYear: number): ScaleOptions {
  const years = bounded(args, 'years') ?? 1;
  return {
    seed,
    lastYear,
    years,
    members: bounded(args, 'members') ?? Math.min(60, 9 + 2 * (years - 1)),
    records: bounded(args, 'records') ?? 2000 * years,
    meetings: bounded(args, 'meetings') ?? 40 * years,
    attachments: bounded(args, 'attachments') ?? 5 * years,
  };
}

export const demoGenerate: Command = {
  path: ['demo', 'generate'],
  usage: 'demo generate --db PATH [--seed N] [--year YYYY] [--members N] [--years N --records N --meetings N --attachments N] [--json]',
  summary: '在新的空数据文件中生成可重复的演示单位（同一 seed 结果相同）；给出 --years 等规模参数时生成多年的大数据集',
  booleanFlags: ['json'],
  run: (args, io) => {
    if (!flagString(args, 'db')) throw new CliError('请用 --db 指定一个新的数据文件，避免把演示数据写进正式数据。', EXIT.usage);
    const members = bounded(args, 'members');
    const seed = flagNumber(args, 'seed') ?? 1;
    const year = flagNumber(args, 'year') ?? 2022;
    const atScale = SCALE_FLAGS.some((f) => args.flags[f] !== undefined);
    const scale = atScale ? scaleOptions(args, seed, year) : null;
    return withCore(args, io, { access: 'write', action: '生成演示数据' }, (core) => {
      try {
        const summary = scale ? generateAtScale(core.ctx, scale) : generateDemo(core.ctx, { seed, year, members });
        io.out(args.flags.json ? json(summary) : `已生成演示单位“${summary.unitName}”：${Object.entries(summary.counts).map(([k, v]) => `${k} ${v}`).join('，')}`);
        return EXIT.ok;
      } catch (e) {
        if (e instanceof AppError) throw new CliError(`${e.message}请用 --db 指定一个新文件。`, EXIT.refused);
        throw e;
      }
    });
  },
};
