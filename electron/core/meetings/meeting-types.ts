import type { ParsedInputOf } from '../../../shared/contract';
import { DUTY_KIND_LABELS, type DutyKind } from '../../../shared/domain/duties';
import type { MeetingType } from '../../../shared/domain/meetings';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { CoreContext } from '../context';
import { inTransaction } from '../tx';
import { meetingRepo } from './repository';

// 会议类型: the five built-in ones and those an office adds (e.g. 党风廉政建设专题会).

export const listTypes = (ctx: CoreContext) => meetingRepo.types(ctx.db);

export function mustGetType(ctx: CoreContext, id: number): MeetingType {
  const t = meetingRepo.typeById(ctx.db, id);
  if (!t) throw new AppError('NOT_FOUND', `找不到会议类型（编号 ${id}），请刷新后重试。`, { typeId: '会议类型不存在' });
  return t;
}

/** For a new meeting, or moving one to another type: hidden types are no longer offered. */
export function usableType(ctx: CoreContext, id: number): MeetingType {
  const t = mustGetType(ctx, id);
  if (t.hidden) throw new AppError('VALIDATION', `会议类型“${t.name}”已隐藏，不能用于新会议。如需使用，请先在“会议类型”中重新显示。`, { typeId: '该类型已隐藏' });
  return t;
}

function assertNameFree(ctx: CoreContext, name: string, exceptId?: number): void {
  const same = meetingRepo.types(ctx.db).find((t) => t.name === name && t.id !== exceptId);
  if (same) {
    throw new AppError('CONFLICT', `已有会议类型“${name}”${same.hidden ? '（已隐藏，可在列表中重新显示）' : ''}，请换一个名称。`, { name: '名称重复' });
  }
}

const kindLabel = (k: string) => DUTY_KIND_LABELS[k as DutyKind] ?? k;

export function createType(ctx: CoreContext, input: ParsedInputOf<'meetings.createType'>): MeetingType {
  return inTransaction(ctx, () => {
    assertNameFree(ctx, input.name);
    const id = meetingRepo.insertType(ctx.db, input.name, input.evidenceKind);
    audit(ctx, { action: 'meetingType.create', objectType: 'meetingType', objectId: id, summary: `新增会议类型 ${input.name}（计入：${kindLabel(input.evidenceKind)}）` });
    return mustGetType(ctx, id);
  });
}

/**
 * Renaming and re-classing only while no meeting (deleted ones included: they can be restored)
 * uses the type: a new name would rewrite how past meetings are numbered and printed
 * (2022年第3次…), a new duty kind would change what past meetings prove. Hiding is always
 * allowed: it only stops offering the type for new meetings. Built-in types are fixed.
 */
export function updateType(ctx: CoreContext, input: ParsedInputOf<'meetings.updateType'>): MeetingType {
  return inTransaction(ctx, () => {
    const t = mustGetType(ctx, input.id);
    if (t.builtin) throw new AppError('READ_ONLY', `“${t.name}”是内置会议类型，不能修改。`);
    const after = { name: input.name ?? t.name, evidenceKind: input.evidenceKind ?? t.evidenceKind, hidden: input.hidden ?? t.hidden };
    const changed = [after.name !== t.name && `名称改为“${after.name}”`, after.evidenceKind !== t.evidenceKind && `计入改为${kindLabel(after.evidenceKind)}`, after.hidden !== t.hidden && (after.hidden ? '隐藏' : '重新显示')].filter(
      (x): x is string => !!x,
    );
    if (!changed.length) return t;
    if (t.meetings > 0 && (after.name !== t.name || after.evidenceKind !== t.evidenceKind)) {
      throw new AppError(
        'CONFLICT',
        `“${t.name}”已有 ${t.meetings} 次会议（含已删除的），不能改名或更改计入的职责，以免改变已有会议的名称和完成情况。不再使用可以隐藏；如需不同的类型，请新增一个。`,
      );
    }
    if (after.name !== t.name) assertNameFree(ctx, after.name, t.id);
    meetingRepo.updateType(ctx.db, t.id, after);
    audit(ctx, { action: 'meetingType.update', objectType: 'meetingType', objectId: t.id, summary: `会议类型“${t.name}”：${changed.join('，')}` });
    return mustGetType(ctx, t.id);
  });
}
