import type { ParsedInputOf } from '../../../shared/contract';
import { recordInput } from '../../../shared/contract/ledger';
import { kindSpec } from '../../../shared/ledger/record-kinds';
import type { LedgerRecord, RecordDetail } from '../../../shared/ledger/types';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { mergePatch } from '../patch';
import { inTransaction } from '../tx';
import { assertDateOpen } from '../years/service';
import { parseOrThrow } from '../validation';
import { listAttachments } from './attachments';
import { dutiesOfRecord, recordIdsFor } from './links';
import { recordRepo } from './repository';

// Evidence records (台账): create, edit, soft delete and restore. Validation per kind happens in
// the contract (shared/ledger/record-kinds.ts); here: members exist, deleted records are read-only.

type Fields = ParsedInputOf<'records.create'>;

export function mustGetRecord(ctx: CoreContext, id: number): LedgerRecord {
  const r = recordRepo.byId(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的台账，可能已被彻底删除，请刷新后重试。`);
  return r;
}

const label = (r: { kind: string; title: string; date: string }) => `${kindSpec(r.kind).label}“${r.title}”（${r.date}）`;

export function getRecord(ctx: CoreContext, id: number): RecordDetail {
  const r = mustGetRecord(ctx, id);
  return { ...r, attachments: listAttachments(ctx, 'record', id), duties: r.deletedAt ? [] : dutiesOfRecord(ctx, id, r.date) };
}

export function listRecords(ctx: CoreContext, f: ParsedInputOf<'records.list'>): { rows: LedgerRecord[]; total: number } {
  const linked = recordIdsFor(ctx, f);
  if (linked && f.year !== undefined && f.year !== linked.year) return { rows: [], total: 0 };
  return recordRepo.page(ctx.db, { year: f.year, kind: f.kind, memberId: f.memberId, ids: linked?.ids, deleted: f.deleted }, f.page, f.pageSize);
}

function assertMembers(ctx: CoreContext, ids: number[]): void {
  for (const id of ids) {
    if (!memberRepo.byId(ctx.db, id)) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的成员，请刷新后重新选择。`, { memberIds: '成员不存在' });
  }
}

export function createRecord(ctx: CoreContext, input: Fields): RecordDetail {
  const id = inTransaction(ctx, () => {
    assertDateOpen(ctx, input.date);
    assertMembers(ctx, input.memberIds);
    const id = recordRepo.insert(ctx.db, { ...input, at: isoNow(ctx) });
    recordRepo.setMembers(ctx.db, id, input.memberIds);
    audit(ctx, { action: 'record.create', objectType: 'record', objectId: id, summary: `新增台账 ${label(input)}` });
    return id;
  });
  return getRecord(ctx, id);
}

/** Changes the fields named (`data` as a whole); the merged record is checked against its kind. */
export function updateRecord(ctx: CoreContext, input: ParsedInputOf<'records.update'>): RecordDetail {
  inTransaction(ctx, () => {
    const before = mustGetRecord(ctx, input.id);
    if (before.deletedAt) throw new AppError('READ_ONLY', `${label(before)}已删除。请先在“回收站”中恢复，再修改。`);
    const { id, ...patch } = input;
    // Every field of the contract, so a patch that names none of them keeps it (报告期 and 时长 too).
    const stored = {
      kind: before.kind, title: before.title, date: before.date, note: before.note, memberIds: before.members.map((m) => m.memberId), data: before.data,
      reportPeriod: before.reportPeriod, durationDays: before.durationDays, durationHours: before.durationHours,
    };
    const after = parseOrThrow(recordInput, mergePatch(stored, patch));
    assertDateOpen(ctx, before.date, after.date);
    assertMembers(ctx, after.memberIds);
    recordRepo.update(ctx.db, id, { ...after, at: isoNow(ctx) });
    if (patch.memberIds !== undefined) recordRepo.setMembers(ctx.db, id, after.memberIds);
    audit(ctx, { action: 'record.update', objectType: 'record', objectId: id, summary: `修改台账 ${label(after)}` });
  });
  return getRecord(ctx, input.id);
}

/** Soft delete; `wasEvidence` tells the renderer the record counted for a duty. */
export function deleteRecord(ctx: CoreContext, id: number): { id: number; wasEvidence: boolean } {
  const r = mustGetRecord(ctx, id);
  if (r.deletedAt) return { id, wasEvidence: false };
  assertDateOpen(ctx, r.date);
  const wasEvidence = dutiesOfRecord(ctx, id, r.date).some((d) => d.mode === 'auto' || d.mode === 'link');
  inTransaction(ctx, () => {
    recordRepo.setDeleted(ctx.db, id, isoNow(ctx));
    audit(ctx, { action: 'record.delete', objectType: 'record', objectId: id, summary: `删除台账 ${label(r)}（可在回收站恢复）` });
  });
  return { id, wasEvidence };
}

export function restoreRecord(ctx: CoreContext, id: number): RecordDetail {
  inTransaction(ctx, () => {
    const r = mustGetRecord(ctx, id);
    if (!r.deletedAt) return;
    assertDateOpen(ctx, r.date);
    recordRepo.setDeleted(ctx.db, id, null);
    audit(ctx, { action: 'record.restore', objectType: 'record', objectId: id, summary: `恢复台账 ${label(r)}` });
  });
  return getRecord(ctx, id);
}
