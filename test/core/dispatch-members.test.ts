import { describe, expect, it } from 'vitest';
import type { Member } from '../../shared/domain/members';
import { call, tmpCore } from '../helpers/tmp';

const zhang = { name: '张建国', title: '县委副书记、县长', partyRole: 'secretary', portfolio: '全面工作', branch: '县政府办公室党支部' };

describe('dispatch', () => {
  it('answers an unknown channel with a clear error, not a crash', async () => {
    const core = tmpCore();
    const r = await core.dispatch('members.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(!r.ok && r.error.message).toMatch(/未知的操作/);
  });

  it.each([
    ['a wrong type', { ...zhang, name: 42 }, /姓名必须是文字/],
    ['a missing field', { title: '县长' }, /姓名/],
    ['an empty name', { ...zhang, name: '   ' }, /请填写姓名/],
    ['an over-long string', { ...zhang, title: '长'.repeat(61) }, /职务不能超过60个字/],
    ['an unknown party role', { ...zhang, partyRole: 'king' }, /党组职务只能是/],
    ['an extra field', { ...zhang, salary: 1 }, /不认识的字段/],
    ['a bad date', { ...zhang, termStart: '2022-02-30' }, /不是有效的日期/],
    ['null input', null, /姓名/],
  ])('rejects %s with a Chinese message and writes nothing', async (_label, input, message) => {
    const core = tmpCore();
    const r = await core.dispatch('members.create', input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(JSON.stringify(r.error)).toMatch(message);
    }
    expect(await call<Member[]>(core, 'members.list', {})).toEqual([]);
    expect(core.ctx.db.prepare('SELECT count(*) n FROM audit_log').get()).toEqual({ n: 0 });
  });
});

describe('members', () => {
  it('adds, lists in 排序 order, edits and keeps the change after reopening the file', async () => {
    const core = tmpCore();
    const a = await call<Member>(core, 'members.create', zhang);
    const b = await call<Member>(core, 'members.create', { name: '李卫东', title: '副县长', portfolio: '工业、招商' });
    expect(b.sortOrder).toBeGreaterThan(a.sortOrder);
    await call(core, 'members.reorder', { ids: [b.id, a.id] });
    expect((await call<Member[]>(core, 'members.list', {})).map((m) => m.name)).toEqual(['李卫东', '张建国']);
    await call(core, 'members.update', { id: b.id, patch: { title: '常务副县长' } });
    const file = core.ctx.dataFile;
    core.close();
    const again = tmpCore({ dataFile: file });
    const listed = await call<Member[]>(again, 'members.list', {});
    expect(listed.map((m) => [m.name, m.title])).toEqual([
      ['李卫东', '常务副县长'],
      ['张建国', '县委副书记、县长'],
    ]);
  });

  it('ends a term instead of deleting, and can list only those in office', async () => {
    const core = tmpCore();
    const m = await call<Member>(core, 'members.create', { ...zhang, termStart: '2021-05-01' });
    const early = await core.dispatch('members.endTerm', { id: m.id, termEnd: '2020-01-01' });
    expect(!early.ok && early.error.message).toMatch(/不能早于任职开始日期/);
    await call(core, 'members.endTerm', { id: m.id, termEnd: '2022-07-01' });
    expect(await call<Member[]>(core, 'members.list', { includeEnded: false })).toEqual([]);
    expect((await call<Member[]>(core, 'members.list', { includeEnded: true }))[0]?.termEnd).toBe('2022-07-01');
    expect(core.ctx.db.prepare('SELECT count(*) n FROM members').get()).toEqual({ n: 1 });
  });

  it('refuses a second secretary and a namesake in office, with what to do', async () => {
    const core = tmpCore();
    await call(core, 'members.create', zhang);
    const twoSecretaries = await core.dispatch('members.create', { ...zhang, name: '王书记' });
    expect(!twoSecretaries.ok && twoSecretaries.error.message).toMatch(/党组书记已是“张建国”/);
    const namesake = await core.dispatch('members.create', { ...zhang, partyRole: 'member' });
    expect(!namesake.ok && namesake.error.message).toMatch(/已有在任成员“张建国”/);
  });

  it('records every change in the audit log with a valid hash chain', async () => {
    const { verifyAuditChain } = await import('../../electron/core/audit/log');
    const core = tmpCore();
    const m = await call<Member>(core, 'members.create', zhang);
    await call(core, 'members.update', { id: m.id, patch: { portfolio: '全面工作，分管审计' } });
    const rows = core.ctx.db.prepare('SELECT action, operator FROM audit_log ORDER BY id').all();
    expect(rows).toEqual([
      { action: 'member.create', operator: 'tester' },
      { action: 'member.update', operator: 'tester' },
    ]);
    expect(verifyAuditChain(core.ctx)).toEqual({ rows: 2, brokenAt: null });
    expect(() => core.ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/只能追加/);
  });
});
