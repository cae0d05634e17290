import type { ParsedInputOf } from '../../../shared/contract';
import { isPresent, type Followup, type MeetingDetail, type Topic } from '../../../shared/domain/meetings';
import { AppError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { CoreContext } from '../context';
import { mergePatch } from '../patch';
import { inTransaction } from '../tx';
import { assertYearOpen } from '../years/service';
import { meetingRepo } from './repository';
import { getMeeting, mustGetMeeting, writableMeeting } from './service';

// 议题: title, category, decision, each present member's opinion, and 督办 follow-ups.

/** The saved topic a patch names; its meeting when the patch names one must match. */
function storedTopic(ctx: CoreContext, id: number, meetingId: number | undefined): Topic {
  const owner = meetingRepo.topicMeetingId(ctx.db, id);
  const t = owner === undefined || (meetingId !== undefined && meetingId !== owner) ? undefined : meetingRepo.topics(ctx.db, owner).find((x) => x.id === id);
  if (!t) throw new AppError('NOT_FOUND', '找不到该议题，可能已被删除，请刷新后重试。');
  return t;
}

/** A new topic, or a patch of a saved one (omitted opinions keep the stored ones). */
export function saveTopic(ctx: CoreContext, input: ParsedInputOf<'meetings.saveTopic'>): Topic {
  return inTransaction(ctx, () => {
    const t = input.id === undefined ? input : mergePatch(storedTopic(ctx, input.id, input.meetingId), input);
    const m = writableMeeting(ctx, t.meetingId);
    const ids = t.opinions.map((o) => o.memberId);
    if (new Set(ids).size !== ids.length) throw new AppError('VALIDATION', '同一位成员只能有一个表态意见。', { opinions: '成员重复' });
    // Only members at the meeting can state an opinion; 列席 do not vote.
    const present = new Map(meetingRepo.attendees(ctx.db, m.id).filter((a) => a.role === 'member' && isPresent(a.status)).map((a) => [a.memberId!, a.name]));
    const stray = ids.filter((id) => !present.has(id));
    if (stray.length) throw new AppError('VALIDATION', '只有到会（出席或迟到）的党组成员才能表态。请先登记出席情况，再录入表态。', { opinions: '有未到会成员' });
    const row = {
      meetingId: m.id, title: t.title, presenter: t.presenter, category: t.category, priorStudy: t.priorStudy ? 1 : 0,
      decision: t.decision, minutes: t.minutes,
    };
    let id = input.id;
    if (id === undefined) {
      const sort = (ctx.db.prepare('SELECT coalesce(max(sort), 0) + 10 AS s FROM meeting_topics WHERE meeting_id = ?').get(m.id) as { s: number }).s;
      id = Number(
        ctx.db
          .prepare(`INSERT INTO meeting_topics (meeting_id, title, presenter, category, prior_study, decision, minutes, sort)
                    VALUES (@meetingId, @title, @presenter, @category, @priorStudy, @decision, @minutes, @sort)`)
          .run({ ...row, sort }).lastInsertRowid,
      );
    } else {
      ctx.db
        .prepare(`UPDATE meeting_topics SET title=@title, presenter=@presenter, category=@category, prior_study=@priorStudy, decision=@decision, minutes=@minutes WHERE id=@id`)
        .run({ ...row, id });
    }
    if (input.opinions !== undefined) {
      ctx.db.prepare('DELETE FROM topic_opinions WHERE topic_id = ?').run(id);
      const ins = ctx.db.prepare('INSERT INTO topic_opinions (topic_id, member_id, opinion) VALUES (?, ?, ?)');
      for (const o of input.opinions) ins.run(id, o.memberId, o.opinion);
    }
    audit(ctx, { action: input.id ? 'topic.update' : 'topic.create', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}议题：${t.title}` });
    return meetingRepo.topics(ctx.db, m.id).find((t) => t.id === id)!;
  });
}

export function deleteTopic(ctx: CoreContext, topicId: number): MeetingDetail {
  return inTransaction(ctx, () => {
    const meetingId = meetingRepo.topicMeetingId(ctx.db, topicId);
    if (meetingId === undefined) throw new AppError('NOT_FOUND', '找不到该议题，可能已被删除，请刷新后重试。');
    const m = writableMeeting(ctx, meetingId);
    const t = meetingRepo.topics(ctx.db, meetingId).find((x) => x.id === topicId)!;
    ctx.db.prepare('DELETE FROM topic_opinions WHERE topic_id = ?').run(topicId);
    ctx.db.prepare('DELETE FROM followups WHERE topic_id = ?').run(topicId);
    ctx.db.prepare('DELETE FROM meeting_topics WHERE id = ?').run(topicId);
    audit(ctx, { action: 'topic.delete', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}：删除议题 ${t.title}` });
    return getMeeting(ctx, meetingId);
  });
}

/**
 * 督办 is tracked after the meeting, usually after its minutes are locked, so follow-ups stay
 * editable on a locked meeting (they are tasks, not part of the signed record).
 */
const followupById = (ctx: CoreContext, id: number) =>
  ctx.db.prepare('SELECT id, topic_id AS topicId, task, responsible, due_date AS dueDate, status, note FROM followups WHERE id = ?').get(id) as Followup | undefined;

function storedFollowup(ctx: CoreContext, id: number, topicId: number | undefined): Followup {
  const f = followupById(ctx, id);
  if (!f || (topicId !== undefined && topicId !== f.topicId)) throw new AppError('NOT_FOUND', '找不到该督办事项，请刷新后重试。');
  return f;
}

/** A new follow-up, or a patch of a saved one. */
export function saveFollowup(ctx: CoreContext, input: ParsedInputOf<'meetings.saveFollowup'>): Followup {
  return inTransaction(ctx, () => {
    const f = input.id === undefined ? input : mergePatch(storedFollowup(ctx, input.id, input.topicId), input);
    const meetingId = meetingRepo.topicMeetingId(ctx.db, f.topicId);
    if (meetingId === undefined) throw new AppError('NOT_FOUND', '找不到该议题，可能已被删除，请刷新后重试。');
    const m = mustGetMeeting(ctx, meetingId);
    if (m.deletedAt) throw new AppError('READ_ONLY', `${m.displayName}已删除，请先恢复。`);
    assertYearOpen(ctx, m.year);
    const row = { topicId: f.topicId, task: f.task, responsible: f.responsible, dueDate: f.dueDate, status: f.status, note: f.note };
    let id = input.id;
    if (id === undefined) {
      id = Number(ctx.db.prepare('INSERT INTO followups (topic_id, task, responsible, due_date, status, note) VALUES (@topicId, @task, @responsible, @dueDate, @status, @note)').run(row).lastInsertRowid);
    } else {
      ctx.db.prepare('UPDATE followups SET task=@task, responsible=@responsible, due_date=@dueDate, status=@status, note=@note WHERE id=@id').run({ ...row, id });
    }
    audit(ctx, { action: 'followup.save', objectType: 'meeting', objectId: m.id, summary: `${m.displayName}督办：${f.task}（${f.status}）` });
    return followupById(ctx, id)!;
  });
}

export function deleteFollowup(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, () => {
    const f = ctx.db.prepare('SELECT topic_id AS topicId, task FROM followups WHERE id = ?').get(id) as { topicId: number; task: string } | undefined;
    if (!f) throw new AppError('NOT_FOUND', '找不到该督办事项，请刷新后重试。');
    ctx.db.prepare('DELETE FROM followups WHERE id = ?').run(id);
    audit(ctx, { action: 'followup.delete', objectType: 'meeting', objectId: meetingRepo.topicMeetingId(ctx.db, f.topicId), summary: `删除督办事项：${f.task}` });
    return { id };
  });
}
