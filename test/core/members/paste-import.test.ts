import { describe, expect, it } from 'vitest';
import type { MemberImportPreview } from '../../../shared/contract/members';
import type { Member } from '../../../shared/domain/members';
import { call, tmpCore } from '../../helpers/tmp';

const LIST = ['张建国 县委副书记、县长 书记 全面工作 县政府办公室党支部', '李卫东　县委常委、常务副县长　副书记', '', '王秀英 副县长'].join('\n');

describe('members: a pasted list', () => {
  it('previews one member per line (姓名 职务 党组职务 …, spaces or tabs) and imports them all', async () => {
    const core = tmpCore();
    const p = await call<MemberImportPreview>(core, 'members.pastePreview', { text: LIST });
    expect(p).toMatchObject({ sheetName: '粘贴的名单', validCount: 3, errorCount: 0 });
    expect(p.rows.map((r) => [r.row, r.values.name, r.values.partyRole])).toEqual([[1, '张建国', '书记'], [2, '李卫东', '副书记'], [4, '王秀英', '']]);
    expect(await call(core, 'members.pasteCommit', { text: LIST })).toEqual({ created: 3 });
    const members = await call<Member[]>(core, 'members.list', {});
    expect(members.map((m) => [m.name, m.partyRole, m.branch])).toEqual([['张建国', 'secretary', '县政府办公室党支部'], ['李卫东', 'deputy', ''], ['王秀英', 'member', '']]);
  });

  it('reads a tab-separated copy from Excel with its header row', async () => {
    const core = tmpCore();
    const p = await call<MemberImportPreview>(core, 'members.pastePreview', { text: '姓名\t党组职务\t职务\n赵志强\t成员\t副县长' });
    expect(p.rows).toEqual([{ row: 2, values: { name: '赵志强', title: '副县长', partyRole: '成员', portfolio: '', branch: '' }, errors: [] }]);
  });

  it('imports no one when a line is wrong, and says which', async () => {
    const core = tmpCore();
    const text = '张建国 县长 书记\n李明 副县长 组长';
    const p = await call<MemberImportPreview>(core, 'members.pastePreview', { text });
    expect(p.rows[1]!.errors.join('')).toMatch(/党组职务“组长”无法识别/);
    const r = await core.dispatch('members.pasteCommit', { text });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!r.ok && r.error.message).toMatch(/有 1 行存在错误，未导入任何成员/);
    expect(await call<Member[]>(core, 'members.list', {})).toEqual([]);
  });

  it('refuses an empty paste with a Chinese message', async () => {
    const r = await tmpCore().dispatch('members.pastePreview', { text: '   ' });
    expect(!r.ok && r.error.message).toMatch(/请填写成员名单/);
  });

  it('offers an .xlsx template that the import reads back as an empty list with every column', async () => {
    const core = tmpCore();
    const t = await call<{ fileName: string; dataBase64: string }>(core, 'members.importTemplate', {});
    expect(t.fileName).toBe('党组成员名单模板.xlsx');
    const r = await core.dispatch('members.importPreview', t);
    // Header only: the import finds every column and then says the list is empty.
    expect(!r.ok && r.error.message).toMatch(/在表头下面没有任何成员数据/);
  });
});
