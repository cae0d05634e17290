// Titles a duty from its clause.

import type { DutyKind, Frequency } from '../../domain/duties';
import { FREQUENCY_LABELS } from '../../domain/duties';
import { stripFillers } from './marks';
import type { Count } from './frequency';
import type { Deadline } from './deadlines';
import { subjectOf } from './scope';
import { KINDS } from './kinds';

export const MAX_TITLE = 18;

export interface TitleFacts {
  kind: DutyKind;
  frequency: Frequency;
  count: Count | null;
  deadline: Deadline | null;
  /** The text says how often itself ("每月…"), so the title needs no "每年" in front. */
  saysHowOften: boolean;
}

/** The clause minus its subject and fillers when short; else "<频次或期限><动作><次数>". */
export function titleOf(source: string, f: TitleFacts): string {
  const subject = subjectOf(source);
  // "党委委员之间每年谈心谈话", "书记与班子成员每年谈话": who talks with whom is the duty's name.
  const whole = stripFillers(source);
  if (f.kind === 'talk' && subject && /与|同|之间/.test(whole.slice(0, subject.length + 2)) && whole.length <= MAX_TITLE + 12) return whole;
  const bare = stripFillers(source.slice(subject?.length ?? 0).replace(/^[，,、\s]+/, ''));
  if (bare.length <= MAX_TITLE) {
    return (f.saysHowOften || f.deadline ? '' : FREQUENCY_LABELS[f.frequency]) + bare;
  }
  // "深入教研室、班级调研不少于3次" visits; only a clause that names a report is titled as writing one.
  const action = f.kind === 'research-report' && !/报告|文章|体会|心得/.test(source) ? '开展调研' : KINDS.find((k) => k.kind === f.kind)?.action;
  if (!action) return `${bare.slice(0, MAX_TITLE)}…`;
  const when = f.deadline?.phrase ?? FREQUENCY_LABELS[f.frequency];
  const times = f.count ? `${f.count.atLeast}${f.count.n}${f.count.unit}` : '';
  return when + action + times;
}
