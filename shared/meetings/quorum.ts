import type { TopicCategory } from '../domain/meetings';

// 《党组工作条例》: a Party Group meeting needs more than half of its members present;
// discussing and deciding personnel (干部任免) needs at least two thirds.

export interface QuorumCheck {
  ok: boolean;
  present: number;
  total: number;
  needed: number;
  /** The rule in words, shown next to the check. */
  rule: string;
}

export function quorum(present: number, total: number, category: TopicCategory): QuorumCheck {
  if (category === 'personnel') {
    const needed = Math.ceil((total * 2) / 3);
    return { ok: total > 0 && present >= needed, present, total, needed, rule: '讨论决定干部任免事项，须有三分之二以上党组成员到会' };
  }
  const needed = Math.floor(total / 2) + 1;
  return { ok: total > 0 && present >= needed, present, total, needed, rule: '须有半数以上党组成员到会方能召开' };
}
