import path from 'node:path';
import type { PlanPreview } from '../../../../shared/contract/plan';
import { PLAN_IMPORT_MAX_BYTES } from '../../../../shared/contract/plan';
import { DUTY_KIND_LABELS, DUTY_SCOPE_LABELS, FREQUENCY_LABELS } from '../../../../shared/domain/duties';
import type { PlanView } from '../../../../shared/domain/plan';
import { AppError } from '../../../../shared/result';
import { previewPlanUpload } from '../../plan/read';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, json, type ParsedArgs } from '../io';
import { readInputFile } from '../files';
import { withCore } from '../open';
import { itemLabel } from '../../../../shared/plan/item-label';

/** The JSON shape the issue fixes for scripts: do not add or rename keys. */
export function planImportJson(p: PlanPreview) {
  return {
    title: p.plan.title,
    sections: p.plan.sections.map((s) => ({ no: s.no, title: s.title, items: s.items.map((i) => ({ no: i.no, title: i.title, text: i.text })) })),
    duties: p.duties.map((d) => ({ item: d.item, kind: d.kind, frequency: d.frequency, minCount: d.minCount, scope: d.scope, deadline: d.deadline, source: d.source })),
  };
}

async function readPreview(file: string): Promise<PlanPreview> {
  const bytes = readInputFile(file, '工作要点文件', PLAN_IMPORT_MAX_BYTES);
  try {
    return await previewPlanUpload({ fileName: path.basename(file), dataBase64: bytes.toString('base64') });
  } catch (e) {
    if (e instanceof AppError) throw new CliError(`${e.message}未做任何改动。`, EXIT.refused);
    throw e;
  }
}

function yearOf(args: ParsedArgs, preview: PlanPreview): number {
  const year = flagNumber(args, 'year') ?? preview.inferredYear;
  if (year === null || year === undefined) throw new CliError('无法从文件中判断年度，请用 --year 指定，如 --year 2022。', EXIT.usage);
  if (year < 2000 || year > 2100) throw new CliError('--year 应在 2000 到 2100 之间。', EXIT.usage);
  return year;
}

function summary(p: PlanPreview): string[] {
  const lines = [`${p.plan.title || '（无标题）'}：${p.plan.sections.length} 个部分，${p.plan.sections.reduce((n, s) => n + s.items.length, 0)} 条，识别出 ${p.duties.length} 项职责`];
  for (const d of p.duties) {
    lines.push(`  ${itemLabel(d.item)}\t${DUTY_KIND_LABELS[d.kind]}\t${FREQUENCY_LABELS[d.frequency]}≥${d.minCount}\t${DUTY_SCOPE_LABELS[d.scope]}${d.deadline ? `\t${d.deadline}前` : ''}\t${d.title}`);
  }
  return lines;
}

export const planImport: Command = {
  path: ['plan', 'import'],
  usage: 'plan import FILE --year YYYY [--json] [--dry-run] [--replace] [--db PATH]',
  summary: '导入工作要点（.txt/.docx）并按识别结果确认职责；--dry-run 只解析不保存',
  booleanFlags: ['json', 'dry-run', 'replace'],
  run: async (args, io) => {
    const file = args.positionals[0];
    if (!file) throw new CliError('请给出工作要点文件，如：plan import 工作要点.txt --year 2022', EXIT.usage);
    const preview = await readPreview(file);
    const year = yearOf(args, preview);
    if (!args.flags['dry-run']) {
      await withCore(args, io, { access: 'write', action: '导入' }, async (core) => {
        const r = await core.dispatch('plan.save', {
          year,
          sourceName: path.basename(file),
          plan: preview.plan,
          duties: preview.duties,
          replace: Boolean(args.flags.replace),
        });
        if (!r.ok) {
          const hint = r.error.code === 'CONFLICT' ? '（命令行中用 --replace 替换）' : '';
          throw new CliError(`${r.error.message}${hint}`, r.error.code === 'CONFLICT' ? EXIT.refused : EXIT.problem);
        }
        if (!args.flags.json) io.err(`已保存${year}年工作要点（${(r.value as PlanView).duties.length} 项职责）。`);
      });
    }
    io.out(args.flags.json ? json(planImportJson(preview)) : summary(preview).join('\n'));
    return EXIT.ok;
  },
};
