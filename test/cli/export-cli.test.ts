import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../core/reports/docx-check';
import { tmpDir } from '../helpers/tmp';
import { cli } from './helpers';

describe('npm run cli -- export ledger', () => {
  it('writes the demo ledger as .xlsx and .docx, format from the extension, with stable output', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'demo.db');
    expect((await cli(['demo', 'generate', '--db', db, '--seed', '3'])).code).toBe(0);
    const xlsx = path.join(dir, 'out', '2022台账.xlsx');
    const first = await cli(['export', 'ledger', '--year', '2022', '--out', xlsx, '--db', db]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toBe(`已导出“示例县人民政府党组2022年度工作要点落实台账”（5个部分）：${xlsx}`);
    const again = await cli(['export', 'ledger', '--year', '2022', '--out', xlsx, '--db', db]);
    expect(again.out).toBe(first.out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets).toHaveLength(5);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('要点条目');

    const docx = path.join(dir, 'out', '2022台账.docx');
    const j = await cli(['export', 'ledger', '--year', '2022', '--out', docx, '--json', '--db', db]);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out)).toEqual({
      file: docx,
      format: 'docx',
      title: '示例县人民政府党组2022年度工作要点落实台账',
      sections: ['一、站稳政治立场，始终把党的政治建设摆在突出位置', '二、深化理论武装，学懂弄通做实习近平新时代中国特色社会主义思想', '三、坚持挺纪在前，全面从严落实管党治党政治责任', '四、狠抓自身建设，进一步提高党组工作的实效性', '五、服务发展大局，在践行宗旨中厚植为民情怀'],
    });
    expect((await readDocx(fs.readFileSync(docx))).text).toContain('2022年第1次党组会议');

    expect((await cli(['export', 'ledger', '--year', '2022', '--out', path.join(dir, 'a.pdf'), '--db', db])).code).toBe(2);
    expect((await cli(['export', 'poster', '--year', '2022', '--out', xlsx, '--db', db])).code).toBe(2);
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, '');
    const bad = await cli(['export', 'ledger', '--year', '2022', '--out', path.join(blocked, 'a.xlsx'), '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('不是文件夹');
  });
});
