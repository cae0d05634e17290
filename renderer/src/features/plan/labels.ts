import type { DutyDraft } from '../../../../shared/domain/duties';
import type { DutyScope } from '../../../../shared/domain/duties';
import { DUTY_MEASURE_UNITS, DUTY_SCOPE_LABELS, FREQUENCY_LABELS } from '../../../../shared/domain/duties';

/** "每季度至少1次 · 每位党组成员 · 3月31日前"; "每年累计至少12天"; "每月至少1次（每月28日前）". */
export function dutyRule(d: Pick<DutyDraft, 'frequency' | 'minCount' | 'scope' | 'deadline' | 'measure' | 'amount' | 'monthDay'>, scopeLabels: Record<DutyScope, string> = DUTY_SCOPE_LABELS): string {
  const deadline = d.deadline ? ` · ${Number(d.deadline.slice(0, 2))}月${Number(d.deadline.slice(3))}日前` : '';
  const monthDay = d.monthDay ? `（每月${d.monthDay}日前）` : '';
  const amount = d.measure && d.measure !== 'count' ? `累计至少${d.amount ?? '?'}${DUTY_MEASURE_UNITS[d.measure]}` : `至少${d.minCount}次`;
  return `${FREQUENCY_LABELS[d.frequency]}${amount}${monthDay} · ${scopeLabels[d.scope]}${deadline}`;
}
