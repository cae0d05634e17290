import type { DutyDraft } from '../domain/duties';

/**
 * How many records a duty's period needs before the engine may call it done.
 *
 * A duty measured in time ("全年累计集中学习不少于12天", "调研时间不少于20天") should sum the
 * records' durations, but records carry no duration yet. Until they do, each record is taken as
 * one day (or one 学时) at most, so twelve days need twelve records: a wrong 未完成 can be
 * corrected by linking records, a wrong 已完成 is signed under by the office.
 */
export function requiredEvents(d: Pick<DutyDraft, 'minCount' | 'measure' | 'amount'>): number {
  if ((d.measure === 'days' || d.measure === 'hours') && d.amount && d.amount > 0) return Math.max(d.minCount, Math.ceil(d.amount));
  return d.minCount;
}
