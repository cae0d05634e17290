import { DUTY_MEASURE_UNITS, type DutyDraft } from '../domain/duties';

/**
 * Duties measured in time ("全年累计集中学习不少于12天", "每年集中学习不少于40学时", "调研时间不少于20天")
 * are met by the sum of the durations their evidence states, in the duty's own unit.
 *
 * - A piece without a duration in that unit adds nothing and is reported ("N 条记录未填时长"): a
 *   wrong 未完成 is corrected by filling the duration, a wrong 已完成 is signed under by the office.
 * - Days and 学时 are never converted into each other: offices count a day as 6, 7 or 8 学时 (or
 *   half a day as 3 or 4) by their own rules, so a 学时 duty sums only 学时 and a record that states
 *   only days is reported as not stated for it. The clerk may state both.
 * - The duty's count (minCount, usually 1) is still a minimum number of pieces.
 */

export type TimeMeasure = 'days' | 'hours';

export interface TimeNeed {
  measure: TimeMeasure;
  /** Per period, in the measure's unit. */
  amount: number;
}

/** The time a duty needs per period, or null for a duty that counts occurrences. */
export function timeNeedOf(d: Pick<DutyDraft, 'measure' | 'amount'>): TimeNeed | null {
  if ((d.measure === 'days' || d.measure === 'hours') && typeof d.amount === 'number' && d.amount > 0) return { measure: d.measure, amount: d.amount };
  return null;
}

export interface Durations {
  durationDays?: number | null;
  durationHours?: number | null;
}

/** What a piece adds to a duty measured in `measure`: its stated duration in that unit, or null (not stated). */
export function durationIn(e: Durations, measure: TimeMeasure): number | null {
  const v = measure === 'days' ? e.durationDays : e.durationHours;
  return typeof v === 'number' && v > 0 ? v : null;
}

/** Durations are stated in half steps, so a prorated amount is rounded up to one (at least half a unit). */
export function proratedAmount(amount: number, servedMonths: number, periodMonths: number): number {
  if (amount <= 0 || servedMonths <= 0) return 0;
  if (servedMonths >= periodMonths) return amount;
  return Math.max(0.5, Math.ceil((amount * servedMonths * 2) / periodMonths) / 2);
}

/** 12, 1.5, 0.5: no trailing zeros, at most one decimal (sums of half steps). */
export const formatAmount = (n: number): string => String(Math.round(n * 10) / 10);

export const unitOf = (measure: TimeMeasure): string => DUTY_MEASURE_UNITS[measure];

/** A duty's or period's figure as every screen, sheet and the CLI print it: "3/4", or "8/12 天", "30/40 学时". */
export function figureOf(p: { done: number; required: number; measure?: TimeMeasure }): string {
  return p.measure ? `${formatAmount(p.done)}/${formatAmount(p.required)} ${unitOf(p.measure)}` : `${p.done}/${p.required}`;
}

/** "2 条记录未填时长（天），未计入", or '' when every piece counted states its duration. */
export function unstatedText(n: number | undefined, measure: TimeMeasure | undefined): string {
  return n && measure ? `${n} 条记录未填时长（${unitOf(measure)}），未计入` : '';
}

/** What one piece adds to a time duty, as the lists show it: "1.5 天", or "未填时长" (adds nothing). */
export function contributionText(e: Durations, measure: TimeMeasure): string {
  const d = durationIn(e, measure);
  return d === null ? `未填时长（${unitOf(measure)}）` : `${formatAmount(d)} ${unitOf(measure)}`;
}

/** An amount in a sheet's cell: a count stays a number, time carries its unit ("12天"). */
export const amountCell = (n: number, measure: TimeMeasure | undefined): number | string => (measure ? `${formatAmount(n)}${unitOf(measure)}` : n);

/** A piece's stated duration as its detail shows it: "1.5 天、9 学时", or '' when it states none. */
export function durationText(e: Durations): string {
  const parts = [e.durationDays ? `${formatAmount(e.durationDays)} 天` : '', e.durationHours ? `${formatAmount(e.durationHours)} 学时` : ''];
  return parts.filter(Boolean).join('、');
}
