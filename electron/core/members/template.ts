import ExcelJS from 'exceljs';
import { PASTE_COLUMNS } from '../../../shared/members/paste';

/**
 * The member list template: exactly the columns the import reads, 党组职务 offered as a list.
 * No example row, so a template filled in a hurry never imports a made-up member.
 */
export async function memberImportTemplate(): Promise<{ fileName: string; dataBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党组成员');
  ws.columns = PASTE_COLUMNS.map((h) => ({ header: h, width: h === '姓名' || h === '党组职务' ? 12 : 28 }));
  ws.getRow(1).font = { bold: true };
  for (let r = 2; r <= 60; r++) ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['"书记,副书记,成员"'] };
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: '党组成员名单模板.xlsx', dataBase64: buf.toString('base64') };
}
