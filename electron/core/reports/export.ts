import type { ExportFormat, ReportParams } from '../../../shared/contract/reports';
import type { CoreContext } from '../context';
import type { JobRegistry } from '../jobs/registry';
import { buildReport } from './build';
import { toDocx } from './docx';
import { toXlsx } from './xlsx';
import { prepareTarget, writeAtomic } from './write';

export interface ExportResult {
  file: string;
  format: ExportFormat;
  title: string;
  bytes: number;
  /** Section (sheet) titles, in order. */
  sections: string[];
}

/** Builds the report and writes it; the path is checked before any work is done. */
export async function exportReport(ctx: CoreContext, p: ReportParams & { format: ExportFormat; outFile: string }, report: (f: number, stage: string) => void = () => undefined): Promise<ExportResult> {
  const file = prepareTarget(p.outFile, p.format);
  report(0.1, '汇总台账数据');
  const doc = buildReport(ctx, p);
  report(0.5, p.format === 'xlsx' ? '生成 Excel 文件' : '生成 Word 文件');
  const data = p.format === 'xlsx' ? await toXlsx(doc) : await toDocx(doc);
  report(0.9, '写入文件');
  writeAtomic(file, data);
  return { file, format: p.format, title: doc.title, bytes: data.length, sections: doc.sections.map((s) => s.title) };
}

/** The same as a background job; a bad path is refused at once, before the job starts. */
export function startExport(ctx: CoreContext, jobs: JobRegistry, p: ReportParams & { format: ExportFormat; outFile: string }): { jobId: string } {
  prepareTarget(p.outFile, p.format);
  return jobs.start('report-export', (report) => exportReport(ctx, p, report));
}
