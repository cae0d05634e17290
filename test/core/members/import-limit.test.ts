import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MemberImportPreview } from '../../../shared/contract/members';
import type { Member } from '../../../shared/domain/members';
import { MEMBER_IMPORT_MAX_ROWS } from '../../../shared/members/import-limit';
import { call, tmpCore } from '../../helpers/tmp';
import { refusedUnchanged } from '../guards/helpers';

// A member list has at most MEMBER_IMPORT_MAX_ROWS rows: above it, refused up front with the
// limit and the count; at it, every row is previewed and imported in one go.

/** A sheet named 名单: the header, then `n` members 成员1…成员n. */
async function sheet(n: number): Promise<{ fileName: string; dataBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['姓名', '职务', '党组职务', '分管领域', '所在支部']);
  for (let i = 1; i <= n; i++) ws.addRow([`成员${i}`, '副县长', '成员', '财政', '机关党支部']);
  return { fileName: '名单.xlsx', dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

const tail = `超过了成员名单一次最多 ${MEMBER_IMPORT_MAX_ROWS} 行的限制，未导入任何成员。党组成员一般只有几十人，请确认是否选错了文件（如全体职工或党员名册）；确需导入更多，请分成每份不超过 ${MEMBER_IMPORT_MAX_ROWS} 行的几份分别导入。`;

async function withOneMember() {
  const core = tmpCore();
  await call(core, 'members.create', { name: '张建国', partyRole: 'secretary' });
  return core;
}

describe('member import: the row limit', () => {
  it('a 10,000-row sheet is refused, naming the limit and the rows found, for preview and commit, and nothing changes', async () => {
    const core = await withOneMember();
    const big = await sheet(10_000);
    // 10001: the count of non-empty rows (header included) from the sheet XML, before the sheet is read whole.
    for (const channel of ['members.importPreview', 'members.importCommit']) {
      await refusedUnchanged(core, channel, big, `文件“名单.xlsx”有 10001 行，${tail}`, 'BAD_FILE');
    }
  });

  it('a sheet too long to be worth counting says it is far over the limit', async () => {
    const core = await withOneMember();
    await refusedUnchanged(core, 'members.importPreview', await sheet(25_000), `文件“名单.xlsx”远超 ${MEMBER_IMPORT_MAX_ROWS} 行，${tail}`, 'BAD_FILE');
  });

  it('a sheet at the limit previews and imports every row, in the sheet order', async () => {
    const core = await withOneMember();
    const full = await sheet(MEMBER_IMPORT_MAX_ROWS);
    const p = await call<MemberImportPreview>(core, 'members.importPreview', full);
    expect([p.validCount, p.errorCount, p.rows.at(-1)!.row]).toEqual([MEMBER_IMPORT_MAX_ROWS, 0, MEMBER_IMPORT_MAX_ROWS + 1]);
    expect(await call(core, 'members.importCommit', full)).toEqual({ created: MEMBER_IMPORT_MAX_ROWS });
    const names = (await call<Member[]>(core, 'members.list', {})).map((m) => m.name);
    expect(names).toEqual(['张建国', ...Array.from({ length: MEMBER_IMPORT_MAX_ROWS }, (_, i) => `成员${i + 1}`)]);
  });

  it('one row over the limit is refused with the exact count of members', async () => {
    const core = await withOneMember();
    const over = await sheet(MEMBER_IMPORT_MAX_ROWS + 1);
    for (const channel of ['members.importPreview', 'members.importCommit']) {
      await refusedUnchanged(core, channel, over, `“名单”工作表有 ${MEMBER_IMPORT_MAX_ROWS + 1} 行，${tail}`, 'BAD_FILE');
    }
  });

  it('a pasted list over the limit is refused the same way', async () => {
    const core = await withOneMember();
    const text = Array.from({ length: MEMBER_IMPORT_MAX_ROWS + 1 }, (_, i) => `成员${i + 1} 副县长 成员`).join('\n');
    for (const channel of ['members.pastePreview', 'members.pasteCommit']) {
      await refusedUnchanged(core, channel, { text }, `粘贴的名单有 ${MEMBER_IMPORT_MAX_ROWS + 1} 行，${tail}`, 'BAD_FILE');
    }
    // At the limit it imports.
    const atLimit = text.split('\n').slice(0, MEMBER_IMPORT_MAX_ROWS).join('\n');
    expect(await call(core, 'members.pasteCommit', { text: atLimit })).toEqual({ created: MEMBER_IMPORT_MAX_ROWS });
  });
});
