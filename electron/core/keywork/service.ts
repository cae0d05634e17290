import type { ParsedInputOf } from '../../../shared/contract';
import { periodLabel, rankProjects, RATING_LABELS, type KeyProjectDetail, type RankingRow } from '../../../shared/domain/keywork';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import { isoNow, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { mergePatch } from '../patch';
import { inTransaction } from '../tx';
import { assertYearOpen } from '../years/service';
import { keyworkRepo } from './repository';

const today = (ctx: CoreContext) => isoNow(ctx).slice(0, 10);

export const listProjects = (ctx: CoreContext, i: ParsedInputOf<'keywork.list'>) => keyworkRepo.list(ctx.db, i.year, i.deleted, today(ctx));

export function getProject(ctx: CoreContext, id: number): KeyProjectDetail {
  const d = keyworkRepo.detail(ctx.db, id, today(ctx));
  if (!d) throw new AppError('NOT_FOUND', '找不到该重点工作，可能已被删除，请刷新后重试。');
  return d;
}

/** A live project the caller may change: exists, not deleted, its year not closed. */
function writable(ctx: CoreContext, id: number) {
  const p = keyworkRepo.row(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', '找不到该重点工作，可能已被删除，请刷新后重试。');
  if (p.deleted_at) throw new AppError('READ_ONLY', `“${p.name}”已删除。请先在“已删除”中恢复，再修改。`);
  assertYearOpen(ctx, p.year);
  return p;
}

function checkLeader(ctx: CoreContext, id: number | null) {
  if (id !== null && !memberRepo.byId(ctx.db, id)) throw new AppError('NOT_FOUND', '找不到所选的责任领导，请刷新成员名单后重试。', { leaderMemberId: '成员不存在' });
}

/** The stored project as save's fields, for a patch to go over. */
function storedFields(ctx: CoreContext, id: number) {
  const p = writable(ctx, id);
  return { year: p.year, itemNo: p.item_no, kind: p.kind, name: p.name, leaderMemberId: p.leader_member_id, unit: p.unit, target: p.target, note: p.note };
}

/** A new project, or a patch of a saved one (moving it to another year needs both years open). */
export function saveProject(ctx: CoreContext, input: ParsedInputOf<'keywork.save'>): KeyProjectDetail {
  return inTransaction(ctx, () => {
    const i = input.id === undefined ? input : { ...mergePatch(storedFields(ctx, input.id), input), id: input.id };
    checkLeader(ctx, i.leaderMemberId);
    assertYearOpen(ctx, i.year);
    const at = isoNow(ctx);
    const fields = { year: i.year, item_no: i.itemNo, kind: i.kind, name: i.name, leader: i.leaderMemberId, unit: i.unit, target: i.target, note: i.note, at };
    let id = i.id;
    if (id === undefined) {
      id = Number(
        ctx.db
          .prepare(
            `INSERT INTO key_projects (year, item_no, kind, name, leader_member_id, unit, target, note, sort, created_at, updated_at)
             VALUES (@year, @item_no, @kind, @name, @leader, @unit, @target, @note, @sort, @at, @at)`,
          )
          .run({ ...fields, sort: keyworkRepo.nextSort(ctx.db, i.year) }).lastInsertRowid,
      );
      audit(ctx, { action: 'keywork.create', objectType: 'key_project', objectId: id, summary: `新增重点工作“${i.name}”` });
    } else {
      ctx.db
        .prepare(
          `UPDATE key_projects SET year=@year, item_no=@item_no, kind=@kind, name=@name, leader_member_id=@leader, unit=@unit, target=@target, note=@note, updated_at=@at
           WHERE id=@id`,
        )
        .run({ ...fields, id });
      audit(ctx, { action: 'keywork.update', objectType: 'key_project', objectId: id, summary: `修改重点工作“${i.name}”` });
    }
    return getProject(ctx, id);
  });
}

export function deleteProject(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, () => {
    const p = writable(ctx, id);
    ctx.db.prepare('UPDATE key_projects SET deleted_at = ? WHERE id = ?').run(isoNow(ctx), id);
    audit(ctx, { action: 'keywork.delete', objectType: 'key_project', objectId: id, summary: `删除重点工作“${p.name}”（可恢复）` });
    return { id };
  });
}

export function restoreProject(ctx: CoreContext, id: number): KeyProjectDetail {
  return inTransaction(ctx, () => {
    const p = keyworkRepo.row(ctx.db, id);
    if (!p) throw new AppError('NOT_FOUND', '找不到该重点工作。');
    assertYearOpen(ctx, p.year);
    ctx.db.prepare('UPDATE key_projects SET deleted_at = NULL WHERE id = ?').run(id);
    audit(ctx, { action: 'keywork.restore', objectType: 'key_project', objectId: id, summary: `恢复重点工作“${p.name}”` });
    return getProject(ctx, id);
  });
}

function storedMilestone(ctx: CoreContext, id: number, projectId: number | undefined) {
  const m = keyworkRepo.milestone(ctx.db, id);
  if (!m || (projectId !== undefined && m.project_id !== projectId)) throw new AppError('NOT_FOUND', '找不到该节点，可能已被删除，请刷新后重试。');
  return { projectId: m.project_id, title: m.title, dueDate: m.due_date, done: m.done === 1, doneDate: m.done_date };
}

/** A new milestone, or a patch of a saved one; ticking 完成 without a date records today. */
export function saveMilestone(ctx: CoreContext, input: ParsedInputOf<'keywork.saveMilestone'>): KeyProjectDetail {
  return inTransaction(ctx, () => {
    const i = input.id === undefined ? input : mergePatch(storedMilestone(ctx, input.id, input.projectId), input);
    const p = writable(ctx, i.projectId);
    const doneDate = i.done ? (i.doneDate ?? today(ctx)) : null;
    if (input.id === undefined) {
      ctx.db
        .prepare('INSERT INTO key_milestones (project_id, title, due_date, done, done_date, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(p.id, i.title, i.dueDate, i.done ? 1 : 0, doneDate, isoNow(ctx));
    } else {
      ctx.db.prepare('UPDATE key_milestones SET title=?, due_date=?, done=?, done_date=? WHERE id=?').run(i.title, i.dueDate, i.done ? 1 : 0, doneDate, input.id);
    }
    audit(ctx, { action: 'keywork.milestone', objectType: 'key_project', objectId: p.id, summary: `“${p.name}”节点“${i.title}”${i.done ? '已完成' : `计划${i.dueDate}完成`}` });
    return getProject(ctx, p.id);
  });
}

export function deleteMilestone(ctx: CoreContext, id: number): KeyProjectDetail {
  return inTransaction(ctx, () => {
    const m = keyworkRepo.milestone(ctx.db, id);
    if (!m) throw new AppError('NOT_FOUND', '找不到该节点，可能已被删除，请刷新后重试。');
    const p = writable(ctx, m.project_id);
    ctx.db.prepare('UPDATE key_milestones SET deleted_at = ? WHERE id = ?').run(isoNow(ctx), id);
    audit(ctx, { action: 'keywork.milestone.delete', objectType: 'key_project', objectId: p.id, summary: `“${p.name}”删除节点“${m.title}”` });
    return getProject(ctx, p.id);
  });
}

export function saveProgress(ctx: CoreContext, i: ParsedInputOf<'keywork.saveProgress'>): KeyProjectDetail {
  return inTransaction(ctx, () => {
    const p = writable(ctx, i.projectId);
    if (!i.month.startsWith(`${p.year}-`)) throw new AppError('VALIDATION', `进展月份应在${p.year}年内。`, { month: `应在${p.year}年内` });
    const at = isoNow(ctx);
    ctx.db
      .prepare(
        `INSERT INTO key_progress (project_id, month, percent, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (project_id, month) DO UPDATE SET percent = excluded.percent, note = excluded.note, updated_at = excluded.updated_at`,
      )
      .run(p.id, i.month, i.percent, i.note, at, at);
    audit(ctx, { action: 'keywork.progress', objectType: 'key_project', objectId: p.id, summary: `“${p.name}”${periodLabel(i.month)}进度${i.percent}%` });
    return getProject(ctx, p.id);
  });
}

export function rateProject(ctx: CoreContext, i: ParsedInputOf<'keywork.rate'>): KeyProjectDetail {
  return inTransaction(ctx, () => {
    const p = writable(ctx, i.projectId);
    if (!i.period.startsWith(`${p.year}-`)) throw new AppError('VALIDATION', `评价周期应在${p.year}年内。`, { period: `应在${p.year}年内` });
    ctx.db
      .prepare('INSERT INTO key_ratings (project_id, period, rating, reason, rated_at, operator) VALUES (?, ?, ?, ?, ?, ?)')
      .run(p.id, i.period, i.rating, i.reason, isoNow(ctx), ctx.operator);
    audit(ctx, { action: 'keywork.rate', objectType: 'key_project', objectId: p.id, summary: `“${p.name}”${periodLabel(i.period)}评为${RATING_LABELS[i.rating]}${i.reason ? `：${i.reason}` : ''}` });
    return getProject(ctx, p.id);
  });
}

export const ranking = (ctx: CoreContext, year: number, period: string | null): RankingRow[] => rankProjects(keyworkRepo.list(ctx.db, year, false, today(ctx)), period);
