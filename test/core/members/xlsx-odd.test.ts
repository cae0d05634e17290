import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MemberImportPreview } from '../../../shared/contract/members';
import { call, tmpCore } from '../../helpers/tmp';

const upload = async (wb: ExcelJS.Workbook) => ({ fileName: '名单.xlsx', dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });

const THREE_ROLES = [
  ['张建国', 'secretary'],
  ['李卫东', 'deputy'],
  ['王秀英', 'member'],
];
const rolesOf = async (core: ReturnType<typeof tmpCore>) =>
  (await call<{ name: string; partyRole: string }[]>(core, 'members.list', {})).map((m) => [m.name, m.partyRole]);

describe('member lists as offices really keep them', () => {
  it('reads a list with an empty first sheet, a merged title, columns in another order, spaces, rich text and formulas', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明');
    const ws = wb.addWorksheet('名单');
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = '县政府党组成员名单（2023年3月）';
    ws.addRow([]);
    ws.addRow(['序号', '所在支部', '姓 名', '党组职务', '现任职务', '分管工作', '备注']);
    ws.addRow([1, '县政府办党支部', { richText: [{ text: '张' }, { text: '建国', font: { bold: true } }] }, '党组书记', '县长', '全面工作', '']);
    ws.addRow([2, '县政府办党支部', '  李卫东 ', '党组副书记', '常务副县长', { formula: '"财政、"&"审计"', result: '财政、审计' }, '']);
    ws.addRow([]);
    ws.addRow([3, '县教育局党支部', '王秀英', '党组成员', '副县长', '教育', '']);
    ws.addRow([]);
    const core = tmpCore();
    const preview = await call<MemberImportPreview>(core, 'members.importPreview', await upload(wb));
    expect(preview.sheetName).toBe('名单');
    expect(preview.errorCount).toBe(0);
    expect(preview.rows.map((r) => [r.values.name, r.values.partyRole, r.values.title, r.values.portfolio])).toEqual([
      ['张建国', '党组书记', '县长', '全面工作'],
      ['李卫东', '党组副书记', '常务副县长', '财政、审计'],
      ['王秀英', '党组成员', '副县长', '教育'],
    ]);
    await call(core, 'members.importCommit', await upload(wb));
    expect(await rolesOf(core)).toEqual(THREE_ROLES);
  });

  it('reads the 党组 role from the 职务 text when there is no 党组职务 column, and 党委 wording in one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['姓名', '职务'],
      ['张建国', '县政府党组书记、县长'],
      ['李卫东', '县政府党组副书记、常务副县长'],
      ['王秀英', '副县长'],
    ]);
    const core = tmpCore();
    await call(core, 'members.importCommit', await upload(wb));
    expect(await rolesOf(core)).toEqual(THREE_ROLES);

    const wb2 = new ExcelJS.Workbook();
    wb2.addWorksheet('Sheet1').addRows([
      ['姓名', '职务', '党内职务'],
      ['赵一', '镇长', '党委副书记'],
      ['钱二', '副镇长', '党委委员'],
      ['孙三', '副镇长', '支部委员会主任'],
    ]);
    const preview = await call<MemberImportPreview>(tmpCore(), 'members.importPreview', await upload(wb2));
    expect(preview.rows.map((r) => r.errors.length)).toEqual([0, 0, 1]);

    // A branch's own list names the column 支部职务.
    const wb3 = new ExcelJS.Workbook();
    wb3.addWorksheet('Sheet1').addRows([
      ['姓名', '职务', '支部职务'],
      ['周四', '校长', '书记'],
      ['吴五', '副校长', '委员'],
    ]);
    const branch = await call<MemberImportPreview>(tmpCore(), 'members.importPreview', await upload(wb3));
    expect(branch.rows.map((r) => [r.values.name, r.values.partyRole, r.errors.length])).toEqual([['周四', '书记', 0], ['吴五', '委员', 0]]);
  });

  it('says which column is missing when there is no 姓名 header, and saves nothing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['名字？', '职务'],
      ['张建国', '县长'],
    ]);
    const core = tmpCore();
    const r = await core.dispatch('members.importPreview', await upload(wb));
    expect(!r.ok && r.error.message).toMatch(/没有找到“姓名”列/);
    expect(await call(core, 'members.list', {})).toEqual([]);
  });

  it('a name over 20 characters or a number where a name should be is a row error, not a crash', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['姓名', '职务', '党组职务'],
      ['张'.repeat(21), '县长', '成员'],
      [12345, '副县长', '成员'],
    ]);
    const core = tmpCore();
    const preview = await call<MemberImportPreview>(core, 'members.importPreview', await upload(wb));
    expect(preview.rows[0]!.errors.join()).toMatch(/姓名不能超过20个字/);
    expect(preview.errorCount).toBeGreaterThanOrEqual(1);
    const commit = await core.dispatch('members.importCommit', await upload(wb));
    expect(commit.ok).toBe(false);
    expect(await call(core, 'members.list', {})).toEqual([]);
  });
});
