import { describe, expect, it } from 'vitest';
import { auditFileName, backupFileName, reportFileName } from '../../shared/files/names';

describe('proposed file names', () => {
  it('reports carry year, report and the unit short name; a quarter in words', () => {
    expect(reportFileName({ report: 'ledger', year: 2022, format: 'xlsx', unitShortName: '县政府党组' })).toBe('2022年度工作落实台账-县政府党组.xlsx');
    expect(reportFileName({ report: 'quarterly', year: 2022, quarter: 2, format: 'docx', unitShortName: '县政府党组' })).toBe('2022年第二季度工作进展-县政府党组.docx');
    expect(reportFileName({ report: 'summary', year: 2022, format: 'docx', unitShortName: '  ' })).toBe('2022年度工作总结素材.docx');
  });

  it('characters Windows refuses in a name are replaced', () => {
    expect(reportFileName({ report: 'attendance', year: 2023, format: 'xlsx', unitShortName: 'A/B:党组?' })).toBe('2023年度参会情况统计-A_B_党组_.xlsx');
  });

  it('backups and the audit log are dated', () => {
    expect(backupFileName('2022-12-31')).toBe('落实备份-20221231.luoshi-backup');
    expect(auditFileName('2022-12-31T08:00:00.000Z')).toBe('操作日志-20221231.xlsx');
  });
});
