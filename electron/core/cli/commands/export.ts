import path from 'node:path';
import type { JobState } from '../../../../shared/contract/backup';
import { REPORT_KINDS, REPORT_LABELS, type ReportKind } from '../../../../shared/contract/reports';
import type { Command } from '../command';
import { CliError, EXIT, flagNumber, flagString, json } from '../io';
import type { Core } from '../..';
import { dispatchOrThrow, withCore } from '../open';
import type { ExportResult } from '../../reports/export';

/** Runs the same background job the app runs and waits for it. */
async function waitJob<T>(core: Core, jobId: string): Promise<T> {
  for (;;) {
    const s = await dispatchOrThrow<JobState>(core, 'jobs.get', { jobId });
    if (s.status === 'done') return s.result as T;
    if (s.status === 'failed') throw new CliError(s.error?.message ?? '导出失败。', EXIT.problem);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const exportReport: Command = {
  path: ['export'],
  usage: `export <${REPORT_KINDS.join('|')}> --year YYYY --out FILE.xlsx|FILE.docx [--quarter N] [--member ID] [--json] [--db PATH]`,
  summary: `把报表（${REPORT_KINDS.map((k) => REPORT_LABELS[k]).join('、')}）导出为 Excel 或 Word 文件，格式由扩展名决定`,
  booleanFlags: ['json'],
  run: (args, io) => {
    const report = args.positionals[0] as ReportKind | undefined;
    if (!report || !REPORT_KINDS.includes(report)) throw new CliError(`请指定报表：${REPORT_KINDS.map((k) => `${k}（${REPORT_LABELS[k]}）`).join('、')}。`, EXIT.usage);
    const year = flagNumber(args, 'year');
    if (year === undefined) throw new CliError('请用 --year 指定年度，如 --year 2022。', EXIT.usage);
    const out = flagString(args, 'out');
    if (!out) throw new CliError('请用 --out 指定要写入的文件，扩展名为 .xlsx（Excel）或 .docx（Word）。', EXIT.usage);
    const format = path.extname(out).toLowerCase().slice(1);
    if (format !== 'xlsx' && format !== 'docx') throw new CliError(`--out 的扩展名应为 .xlsx 或 .docx，收到“${path.basename(out)}”。`, EXIT.usage);
    return withCore(args, io, { access: 'write', action: '导出' }, async (core) => {
      const { jobId } = await dispatchOrThrow<{ jobId: string }>(core, 'reports.export', {
        report,
        year,
        format,
        outFile: path.resolve(out),
        quarter: flagNumber(args, 'quarter'),
        memberId: flagNumber(args, 'member'),
      });
      const r = await waitJob<ExportResult>(core, jobId);
      // Stable output: no sizes or times, which differ from run to run.
      if (args.flags.json) io.out(json({ file: r.file, format: r.format, title: r.title, sections: r.sections }));
      else io.out(`已导出“${r.title}”（${r.sections.length}个部分）：${r.file}`);
      return EXIT.ok;
    });
  },
};
