import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { JobState } from '../../../shared/contract/backup';
import { neutralise, sheetName } from '../../../electron/core/reports/xlsx';
import type { Core } from '../../../electron/core';
import { call, tmpDir } from '../../helpers/tmp';
import { failure } from '../meetings/fixtures';
import { readDocx } from './docx-check';
import { heldMeeting, record, seededYear } from './fixtures';

async function exportTo(core: Core, input: Record<string, unknown>): Promise<JobState> {
  const { jobId } = await call<{ jobId: string }>(core, 'reports.export', input);
  for (;;) {
    const s = await call<JobState>(core, 'jobs.get', { jobId });
    if (s.status !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function year() {
  const s = await seededYear();
  const li = s.members[1]!.id;
  record(s.core, 'party-lecture', '2022-04-20', '专题党课：学习六中全会精神', [li]);
  record(s.core, 'talk', '2022-03-03', '=HYPERLINK("http://evil","点我")', [li]);
  record(s.core, 'talk', '2022-03-04', '+86 提醒谈话', [li]);
  await heldMeeting(s.core, '2022-01-10');
  return { ...s, li };
}

describe('exports', () => {
  it('the ledger .xlsx: one sheet per plan section, frozen header, widths, real dates, no formulas', async () => {
    const { core } = await year();
    const file = path.join(tmpDir(), '台账.xlsx');
    const job = await exportTo(core, { report: 'ledger', year: 2022, format: 'xlsx', outFile: file });
    expect(job.status).toBe('done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '一、站稳政治立场，始终把党的政治建设摆在突出位置'.slice(0, 31),
      '二、深化理论武装，学懂弄通做实习近平新时代中国特色社会主义思想'.slice(0, 31),
      '三、坚持挺纪在前，全面从严落实管党治党政治责任'.slice(0, 31),
      '四、狠抓自身建设，进一步提高党组工作的实效性'.slice(0, 31),
      '五、服务发展大局，在践行宗旨中厚植为民情怀'.slice(0, 31),
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).values).toEqual([undefined, '要点条目', '职责', '频次', '应完成', '已完成', '状态', '佐证日期', '佐证材料', '成员完成情况']);
      expect(ws.columns.map((c) => c.width)).toEqual([18, 26, 8, 8, 8, 10, 15, 34, 26]);
      ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
    const first = wb.worksheets[0]!;
    expect(first.getCell('A2').value).toBe('第1条 严守政治纪律规矩');
    const meetingRow = first.getRows(2, first.rowCount - 1)!.find((r) => String(r.getCell(8).value).includes('党组会议'))!;
    expect(meetingRow.getCell(7).value).toEqual(new Date(Date.UTC(2022, 0, 10)));
    expect(meetingRow.getCell(7).numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(typeof meetingRow.getCell(4).value).toBe('number');
    const lecture = wb.worksheets[0]!.getRows(2, first.rowCount - 1)!.find((r) => String(r.getCell(8).value).includes('专题党课'))!;
    expect(lecture.getCell(8).value).toBe('【台账】专题党课：学习六中全会精神（李卫东）');
  });

  it('formula-looking text is neutralised in the member files .xlsx', async () => {
    const { core } = await year();
    const file = path.join(tmpDir(), 'sub', 'dir', '档案.xlsx'); // missing folders are created
    expect((await exportTo(core, { report: 'member-files', year: 2022, format: 'xlsx', outFile: file })).status).toBe('done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['张建国', '李卫东', '王秀英', '赵志强']);
    const texts: string[] = [];
    wb.getWorksheet('李卫东')!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain(`'=HYPERLINK("http://evil","点我")`);
    expect(texts).toContain("'+86 提醒谈话");
    expect(texts.some((t) => /^[=+@-]/.test(t))).toBe(false);
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('正常文字')).toBe('正常文字');
    expect(sheetName('a/b:c?[d]', new Set())).toBe('a b c  d');
  });

  it('the ledger .docx opens: required parts, well-formed XML, headings, tables and evidence text', async () => {
    const { core } = await year();
    const file = path.join(tmpDir(), '台账.docx');
    expect((await exportTo(core, { report: 'ledger', year: 2022, format: 'docx', outFile: file })).status).toBe('done');
    const { text } = await readDocx(fs.readFileSync(file));
    expect(text).toContain('县人民政府党组2022年度工作要点落实台账');
    expect(text).toContain('一、站稳政治立场，始终把党的政治建设摆在突出位置');
    expect(text).toContain('第2条 严肃党内政治生活');
    expect(text).toContain('【台账】专题党课：学习六中全会精神（李卫东）');
    expect(text).toContain('2022年4月20日');
    const xml = fs.readFileSync(file);
    expect(xml.subarray(0, 2).toString()).toBe('PK');
  });

  it('the year-end summary .docx lists per item what was done, with counts and dates', async () => {
    const { core } = await year();
    const file = path.join(tmpDir(), '总结素材.docx');
    expect((await exportTo(core, { report: 'summary', year: 2022, format: 'docx', outFile: file })).status).toBe('done');
    const { text } = await readDocx(fs.readFileSync(file));
    expect(text).toContain('县人民政府党组2022年度工作总结（素材）');
    expect(text).toMatch(/第1条 严守政治纪律规矩：全年党组会议1次（1月10日）/);
    expect(text).toMatch(/第2条 严肃党内政治生活：全年党课1次（4月20日）.*尚未完成/);
  });

  it('every report prints and exports to both formats', async () => {
    const { core } = await year();
    const dir = tmpDir();
    for (const report of ['ledger', 'quarterly', 'member-files', 'attendance', 'ranking', 'summary']) {
      const extra = report === 'quarterly' ? { quarter: 1 } : {};
      const sheet = await call<{ html: string; title: string }>(core, 'reports.print', { report, year: 2022, ...extra });
      expect(sheet.html).toContain(`<h1>${sheet.title}</h1>`);
      for (const format of ['xlsx', 'docx']) {
        const job = await exportTo(core, { report, year: 2022, format, outFile: path.join(dir, `${report}.${format}`), ...extra });
        expect(job.error).toBeUndefined();
      }
      await readDocx(fs.readFileSync(path.join(dir, `${report}.docx`)));
    }
  });

  it('a folder that cannot be written, or a wrong extension, is refused at once with a clear message', async () => {
    const { core } = await year();
    const dir = tmpDir();
    const notAFolder = path.join(dir, 'file.txt');
    fs.writeFileSync(notAFolder, 'x');
    const bad = await failure(core, 'reports.export', { report: 'ledger', year: 2022, format: 'xlsx', outFile: path.join(notAFolder, 'a.xlsx') });
    expect(bad.message).toContain('不是文件夹');
    const ext = await failure(core, 'reports.export', { report: 'ledger', year: 2022, format: 'xlsx', outFile: path.join(dir, 'a.docx') });
    expect(ext.message).toBe('文件名应以 .xlsx 结尾（现在是“a.docx”）。');
    expect(fs.readdirSync(dir)).toEqual(['file.txt']);
    const noPlan = await exportTo(core, { report: 'ledger', year: 2021, format: 'xlsx', outFile: path.join(dir, 'b.xlsx') });
    expect(noPlan.error?.message).toContain('2021年还没有工作要点');
  });
});
