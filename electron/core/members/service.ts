import type { Member } from '../../../shared/domain/members';
import { PARTY_ROLE_LABELS } from '../../../shared/domain/members';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { changedKeys, mergePatch } from '../patch';
import { inTransaction } from '../tx';
import { assertTermChangeOpen } from '../years/service';
import { assertTermCoversMeetings, termConflicts } from './term-history';
import { memberRepo } from './repository';

type NewMember = ParsedInputOf<'members.create'>;

function mustGet(ctx: CoreContext, id: number): Member {
  const m = memberRepo.byId(ctx.db, id);
  if (!m) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的成员，可能已被其他操作修改，请刷新后重试。`);
  return m;
}

/** Two people in office with the same name would make sign-in sheets and roll calls ambiguous. */
function assertNoNamesake(ctx: CoreContext, name: string, exceptId?: number): void {
  const clash = memberRepo.inOfficeWhere(ctx.db, { name }, exceptId);
  if (clash) {
    throw new AppError('CONFLICT', `已有在任成员“${name}”。如确为两人，请在姓名后加以区分（如“${name}（大）”）。`, { name: '姓名重复' });
  }
}

function assertSecretaryUnique(ctx: CoreContext, m: Pick<Member, 'partyRole' | 'termEnd'>, exceptId?: number): void {
  if (m.partyRole !== 'secretary' || m.termEnd !== null) return;
  const other = memberRepo.inOfficeWhere(ctx.db, { partyRole: 'secretary' }, exceptId);
  if (other) {
    throw new AppError('CONFLICT', `党组书记已是“${other.name}”。请先为其办理任职结束，再设置新的书记。`, { partyRole: '书记只能有一位' });
  }
}

/** A term change must not reach into a closed year, nor leave meetings the member attended outside the term. */
function assertTermKeepsHistory(ctx: CoreContext, before: Member, after: Member): void {
  if (before.termStart === after.termStart && before.termEnd === after.termEnd) return;
  assertTermChangeOpen(ctx, after.name, before, after);
  assertTermCoversMeetings(ctx, after);
}

const describe = (m: Pick<Member, 'name' | 'title' | 'partyRole'>) => `${m.name}（${PARTY_ROLE_LABELS[m.partyRole]}${m.title ? '，' + m.title : ''}）`;

export function listMembers(ctx: CoreContext, input: { includeEnded: boolean }): Member[] {
  const all = memberRepo.all(ctx.db);
  return input.includeEnded ? all : all.filter((m) => m.termEnd === null);
}

export const getMember = (ctx: CoreContext, id: number) => mustGet(ctx, id);

/** Inserts without its own transaction, so imports can add many members in one. */
function insertMember(ctx: CoreContext, input: NewMember): Member {
  assertNoNamesake(ctx, input.name);
  assertTermChangeOpen(ctx, input.name, null, { termStart: input.termStart, termEnd: null });
  assertSecretaryUnique(ctx, { partyRole: input.partyRole, termEnd: null });
  const at = isoNow(ctx);
  const id = memberRepo.insert(ctx.db, {
    name: input.name,
    title: input.title,
    partyRole: input.partyRole,
    portfolio: input.portfolio,
    branch: input.branch,
    sortOrder: input.sortOrder ?? memberRepo.nextSortOrder(ctx.db),
    termStart: input.termStart,
    termEnd: null,
    note: input.note,
    createdAt: at,
    updatedAt: at,
  });
  const m = mustGet(ctx, id);
  audit(ctx, { action: 'member.create', objectType: 'member', objectId: id, summary: `新增成员 ${describe(m)}` });
  return m;
}

export const createMember = (ctx: CoreContext, input: NewMember): Member => inTransaction(ctx, () => insertMember(ctx, input));

export const createMembers = (ctx: CoreContext, inputs: NewMember[]): Member[] =>
  inTransaction(ctx, () => inputs.map((i) => insertMember(ctx, i)));

export function updateMember(ctx: CoreContext, input: ParsedInputOf<'members.update'>): Member {
  return inTransaction(ctx, () => {
    const before = mustGet(ctx, input.id);
    const after: Member = { ...mergePatch(before, input.patch), updatedAt: isoNow(ctx) };
    if (after.name !== before.name) assertNoNamesake(ctx, after.name, after.id);
    assertSecretaryUnique(ctx, after, after.id);
    if (after.termStart && after.termEnd && after.termEnd < after.termStart) {
      throw new AppError('VALIDATION', '任职开始日期不能晚于任职结束日期。', { termStart: '晚于任职结束日期' });
    }
    assertTermKeepsHistory(ctx, before, after);
    memberRepo.update(ctx.db, after);
    const changed = changedKeys(before, after, Object.keys(input.patch) as (keyof Member)[]);
    audit(ctx, { action: 'member.update', objectType: 'member', objectId: after.id, summary: `修改成员 ${after.name}：${changed.join('、') || '无变化'}` });
    return after;
  });
}

/** Members are never deleted: their meetings and records must keep pointing at them. */
export function endTerm(ctx: CoreContext, input: { id: number; termEnd: string }): Member {
  return inTransaction(ctx, () => {
    const m = mustGet(ctx, input.id);
    if (m.termStart && input.termEnd < m.termStart) {
      throw new AppError('VALIDATION', `任职结束日期不能早于任职开始日期（${m.termStart}）。`, { termEnd: '早于任职开始日期' });
    }
    const after = { ...m, termEnd: input.termEnd, updatedAt: isoNow(ctx) };
    assertTermKeepsHistory(ctx, m, after);
    memberRepo.update(ctx.db, after);
    audit(ctx, { action: 'member.endTerm', objectType: 'member', objectId: m.id, summary: `${m.name} 任职结束于 ${input.termEnd}` });
    return after;
  });
}

/** The meetings a proposed term would leave outside it (the dialogs ask what to do); omitted dates stay as they are. */
export function memberTermConflicts(ctx: CoreContext, input: ParsedInputOf<'members.termConflicts'>) {
  const m = mustGet(ctx, input.id);
  return termConflicts(ctx, m.id, { termStart: input.termStart === undefined ? m.termStart : input.termStart, termEnd: input.termEnd === undefined ? m.termEnd : input.termEnd });
}

export function reinstate(ctx: CoreContext, id: number): Member {
  return inTransaction(ctx, () => {
    const m = mustGet(ctx, id);
    assertNoNamesake(ctx, m.name, m.id);
    assertSecretaryUnique(ctx, { partyRole: m.partyRole, termEnd: null }, m.id);
    const after = { ...m, termEnd: null, updatedAt: isoNow(ctx) };
    assertTermKeepsHistory(ctx, m, after);
    memberRepo.update(ctx.db, after);
    audit(ctx, { action: 'member.reinstate', objectType: 'member', objectId: m.id, summary: `撤销 ${m.name} 的任职结束` });
    return after;
  });
}

export function reorder(ctx: CoreContext, ids: number[]): Member[] {
  return inTransaction(ctx, () => {
    if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION', '排序列表中有重复的成员，请刷新后重试。');
    ids.forEach((id, i) => {
      const m = mustGet(ctx, id);
      memberRepo.update(ctx.db, { ...m, sortOrder: (i + 1) * 10, updatedAt: isoNow(ctx) });
    });
    audit(ctx, { action: 'member.reorder', objectType: 'member', summary: `调整成员排序（${ids.length} 人）` });
    return memberRepo.all(ctx.db);
  });
}
