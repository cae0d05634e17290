import type { ExportFormat, ReportKind } from '../contract/reports';

// The file names a clerk is offered when saving: Chinese, dated or by year, with the unit's
// short name so files from several units do not mix on one USB drive.

/** Characters no file system accepts (Windows is the strictest). */
export const safeFileName = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120);

const REPORT_STEMS: Record<ReportKind, string> = {
  ledger: '年度工作落实台账',
  quarterly: '季度工作进展',
  'member-files': '年度成员履职档案',
  attendance: '年度参会情况统计',
  ranking: '年度重点工作排名',
  summary: '年度工作总结素材',
};

const QN = ['一', '二', '三', '四'];

/** 2022年度工作落实台账-示例县政府党组.xlsx; 2022年第二季度工作进展-….docx */
export function reportFileName(p: { report: ReportKind; year: number; quarter?: number; format: ExportFormat; unitShortName: string }): string {
  const stem = p.report === 'quarterly' ? `${p.year}年第${QN[(p.quarter ?? 1) - 1]}${REPORT_STEMS.quarterly}` : `${p.year}${REPORT_STEMS[p.report]}`;
  const unit = p.unitShortName.trim() ? `-${p.unitShortName.trim()}` : '';
  return safeFileName(`${stem}${unit}`) + `.${p.format}`;
}

const compactDate = (isoDay: string) => isoDay.slice(0, 10).replace(/-/g, '');

/** 落实备份-20221231.luoshi-backup */
export const backupFileName = (isoDay: string) => `落实备份-${compactDate(isoDay)}.luoshi-backup`;

/** 操作日志-20221231.xlsx */
export const auditFileName = (isoDay: string) => `操作日志-${compactDate(isoDay)}.xlsx`;
