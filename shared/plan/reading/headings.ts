// The act a heading names, for the bare quantities under it ("三、支委会\n每月召开一次").

import type { DutyKind } from '../../domain/duties';
import { toSimplified } from '../simplified';
import { findCount, readFrequency } from './frequency';
import { kindOf } from './kinds';
import { stripMarks } from './marks';
import type { ItemContext } from './drafts';

/** "考评时间\n每半年安排一次…": an item that opens with a short line of its own, with no quantity in it. */
export function itemHeading(text: string): string | null {
  const line = /^([^\n，。；：:,.、]{2,10})\n/.exec(text)?.[1]?.trim();
  return line && !readFrequency(line) && !findCount(line) ? toSimplified(line) : null;
}

/** "学习时间", "会议频次": a label of when or how often, not the name of an act. */
export const HEADING_TAIL_RE = /(?:的)?(?:时间安排|时间要求|时间|频次|次数|周期)$/;

/**
 * The act a heading names: "支委会", "学习时间", "考评时间", "会议时间" in a rule of one meeting.
 * Nothing for a heading of content ("学习内容") or of a purpose ("工作要求").
 */
export function headingAct(text: string, ctx: ItemContext): { act: string; kind: DutyKind } | null {
  const heading = stripMarks(text).replace(/[：:。\s]+$/, '');
  if (!heading || heading.length > 12) return null;
  const act = heading.replace(HEADING_TAIL_RE, '');
  if (!act) return null;
  const named = kindOf(act);
  if (named) return { act, kind: named };
  // "二、党员大会", "党小组会议时间": a meeting or an activity of no kind of ours is still the act.
  if (/(?<!社)会(?:议)?$|活动$|培训$|评议$/.test(act) && !/^(?:会议|活动)$/.test(act)) return { act, kind: 'other' };
  if (act === heading) return null;
  if (/学习|读书/.test(act) && !/自学|个人/.test(act)) return { act, kind: 'study-group' };
  if (/^(?:会议|活动)$/.test(act)) return ctx.titleKind ? { act: '', kind: ctx.titleKind } : null;
  // "考评时间" in a rule for rating the branches: the body's check of them; of people, an act of its own.
  if (/考评|考核|检查|评估|督查/.test(act)) return { act, kind: /党员|干部|教职工|职工/.test(ctx.title + act) ? 'other' : 'inspection' };
  return null;
}
