import type { DutyDraft } from '../../../../shared/domain/duties';
import { DUTY_SCOPE_LABELS, FREQUENCY_LABELS } from '../../../../shared/domain/duties';

/** "每季度至少1次 · 每位党组成员 · 3月31日前". */
export function dutyRule(d: Pick<DutyDraft, 'frequency' | 'minCount' | 'scope' | 'deadline'>): string {
  const deadline = d.deadline ? ` · ${Number(d.deadline.slice(0, 2))}月${Number(d.deadline.slice(3))}日前` : '';
  return `${FREQUENCY_LABELS[d.frequency]}至少${d.minCount}次 · ${DUTY_SCOPE_LABELS[d.scope]}${deadline}`;
}
