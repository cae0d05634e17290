// Member lists for the import benchmark, written with ExcelJS as an office's sheet would be.

import ExcelJS from 'exceljs';

/** A sheet named 党组成员: the header, then `n` members with every column filled. */
export async function memberSheet(n: number): Promise<{ fileName: string; dataBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组成员');
  ws.addRow(['姓名', '职务', '党组职务', '分管领域', '所在支部']);
  for (let i = 1; i <= n; i++) ws.addRow([`成员${i}`, '县政府副县长', '成员', '发展改革、财政、审计、统计', '县政府办公室机关党支部']);
  return { fileName: `成员名单-${n}行.xlsx`, dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}
