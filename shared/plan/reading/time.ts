// Reads an amount of time a clause asks for ("累计不少于12天", "40学时") and the activity it is spent on.

import type { DutyKind, DutyMeasure } from '../../domain/duties';
import { parseNumeral } from '../numerals';
import { NUM } from './frequency';
import { kindOf } from './kinds';

interface TimeAmount {
  measure: Exclude<DutyMeasure, 'count'>;
  amount: number;
  note?: string;
}
// "累计不少于12天", "调研时间不少于20天", "不少于40学时", "蹲点不少于1周". A bound word is needed:
// "3天内完成" is a deadline, not an amount.
const TIME_RE = new RegExp(`(?:累计|时间|不少于|不低于|不得少于|不得低于|不应少于|至少|达到)[^，。；]{0,6}?(?<!第)(${NUM})\\s*(?:个)?(工作日|天|日|学时|课时|小时|周|星期|月)(?![内后前底末份])`);

export function findTime(s: string): TimeAmount | null {
  const m = TIME_RE.exec(s);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  if (!m || n === null || n < 1) return null;
  // "每次不少于3个小时" is how long each session lasts, not a sum over a period.
  if (/每次[^，。；]{0,4}$/.test(s.slice(0, m.index + 4))) return null;
  const unit = m[2]!;
  // "深入基层调研时间不少于两个月": a month of days in the field, counted as 30 (a note says so).
  if (unit === '月') return /时间|累计|蹲点|调研/.test(s) ? { measure: 'days', amount: n * 30, note: `原文为“${n}个月”，按${n * 30}天计` } : null;
  if (unit === '周' || unit === '星期') return { measure: 'days', amount: n * 5, note: `原文为“${n}周”，按${n * 5}个工作日计` };
  return unit === '学时' || unit === '课时' || unit === '小时' ? { measure: 'hours', amount: n } : { measure: 'days', amount: n };
}

/** The activity whose records' durations add up to a time amount. */
export function timeKindOf(s: string): DutyKind {
  // "自学时间每周不少于八小时", "每年学法时间不少于40学时": one's own reading, proven by notes, not by a session's record (RULES §7).
  // "每人每年参加网络学院学习不少于50学时": online courses are one's own study too.
  if (/自学|学法|个人学习|网络学院|网络培训|网上学习|在线学习|干部网院/.test(s)) return 'other';
  if (/调研|调查研究|蹲点|走访/.test(s)) return 'research-report';
  // "集中学习培训时间不少于32学时": hours of training (RULES §4: other), not sessions of the study group.
  if (/学习培训|教育培训/.test(s) && !/中心组/.test(s)) return 'other';
  if (/中心组|学习|研讨/.test(s)) return 'study-group';
  return kindOf(s) ?? 'other';
}
