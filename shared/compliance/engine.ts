// Compliance engine: which duties of the annual plan are met, by which evidence, and
// what is late. Pure — "today" is an input — because the renderer, the core and the
// CLI all run it. Evidence is indexed once by kind (and by kind + member) and sorted by
// date, so each period is two binary searches instead of a scan of all evidence. A kind
// several duties ask for is never matched on a guess (shared-kind.ts): only links count there.

import {
  daysBetween,
  findPeriod,
  isValidIsoDate,
  maxDate,
  minDate,
  monthsTouched,
  parseIsoDate,
  periodsOfYear,
  type Period,
} from '../dates/periods';
import type { DutyKind, DutyScope, Frequency } from '../domain/duties';
import {
  COMPLIANCE_STATUSES,
  DEFAULT_DUE_SOON_DAYS,
  type ComplianceInput,
  type ComplianceResult,
  type ComplianceStatus,
  type ComplianceSummary,
  type DutyResult,
  type EngineDuty,
  type EngineEvidence,
  type EngineMember,
  type ItemProgress,
  type ManualLink,
  type MemberDutyProgress,
  type MemberDutyResult,
  type MemberProgress,
  type PeriodResult,
  type StatusCounts,
} from './types';
import { parseNumeral } from '../plan/numerals';
import { countingDate } from './report-period';
import { splitSharedKind } from './shared-kind';
import { durationIn, proratedAmount, timeNeedOf, type TimeMeasure } from './time-duties';

export * from './types';

// ---------------------------------------------------------------- statuses

export interface Clock {
  today: string;
  dueSoonDays: number;
}

/** Status of one period: done wins, then where today sits relative to start and due. */
export function periodStatus(start: string, due: string, required: number, done: number, clock: Clock): ComplianceStatus {
  if (done >= required) return 'done';
  if (clock.today < start) return 'not-started';
  if (clock.today > due) return 'overdue';
  return daysBetween(clock.today, due) <= clock.dueSoonDays ? 'due-soon' : 'in-progress';
}

const urgency = (s: ComplianceStatus): number => COMPLIANCE_STATUSES.indexOf(s);

/** Most urgent of several statuses; 'done' when there is nothing to look at. */
export function worstStatus(statuses: Iterable<ComplianceStatus>): ComplianceStatus {
  let worst: ComplianceStatus = 'done';
  for (const s of statuses) if (urgency(s) < urgency(worst)) worst = s;
  return worst;
}

/** Any overdue period dominates; otherwise what is happening now; otherwise the worst. */
function headlineStatus(periods: readonly PeriodResult[], today: string): ComplianceStatus {
  if (periods.some((p) => p.status === 'overdue')) return 'overdue';
  return findPeriod(periods, today)?.status ?? worstStatus(periods.map((p) => p.status));
}

const ratioOf = (done: number, required: number): number => (required > 0 ? done / required : 1);

function yearTotals(periods: readonly PeriodResult[]): { done: number; required: number } {
  let done = 0;
  let required = 0;
  for (const p of periods) {
    done += Math.min(p.done, p.required);
    required += p.required;
  }
  return { done, required };
}

function emptyCounts(): StatusCounts {
  return { overdue: 0, unassigned: 0, 'due-soon': 0, 'in-progress': 0, 'not-started': 0, done: 0 };
}

// ---------------------------------------------------------------- evidence index

const byDate = (a: EngineEvidence, b: EngineEvidence): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** First index whose date is >= date (after: > date) in a date-sorted list. */
function bound(list: readonly EngineEvidence[], date: string, after: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = list[mid]!.date;
    if (d < date || (after && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evidence dated within [start, end] (inclusive). */
function between(list: readonly EngineEvidence[], start: string, end: string): EngineEvidence[] {
  return list.slice(bound(list, start, false), bound(list, end, true));
}

interface EvidenceIndex {
  byRef: Map<string, EngineEvidence>;
  byKind: Map<DutyKind, EngineEvidence[]>;
  byKindMember: Map<DutyKind, Map<number, EngineEvidence[]>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Only evidence dated inside the year can count, so everything else is dropped here.
 * Evidence is distributed in date order, so no per-kind or per-member list needs a sort of its own.
 */
function indexEvidence(evidence: readonly EngineEvidence[], year: number): EvidenceIndex {
  const byRef = inYearByRef(evidence, year);
  const byKind = new Map<DutyKind, EngineEvidence[]>();
  const byKindMember = new Map<DutyKind, Map<number, EngineEvidence[]>>();
  for (const e of inDateOrder([...byRef.values()])) {
    push(byKind, e.kind, e);
    let perMember = byKindMember.get(e.kind);
    if (!perMember) byKindMember.set(e.kind, (perMember = new Map()));
    for (const id of e.memberIds.length > 1 ? new Set(e.memberIds) : e.memberIds) push(perMember, id, e);
  }
  return { byRef, byKind, byKindMember };
}

/**
 * The year's evidence by ref (a repeated ref: the last one, in the first one's place), dates cut
 * to the day; a piece with a 报告期 is dated on its counting day (report-period.ts).
 */
function inYearByRef(evidence: readonly EngineEvidence[], year: number): Map<string, EngineEvidence> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const byRef = new Map<string, EngineEvidence>();
  const inYear = new Map<string, boolean>(); // per day: tens of thousands of items share 366 dates
  const within = (date: string) => {
    let ok = inYear.get(date);
    if (ok === undefined) inYear.set(date, (ok = date >= first && date <= last && isValidIsoDate(date)));
    return ok;
  };
  for (const e of evidence) {
    const day = e.date.length === 10 ? e.date : e.date.slice(0, 10); // tolerate 'YYYY-MM-DDTHH:mm'
    const date = e.reportPeriod ? countingDate(day, e.reportPeriod) : day;
    if (!within(date)) continue;
    byRef.set(e.ref, date === e.date ? e : { ...e, date });
  }
  return byRef;
}

/**
 * Stable date order. The core passes evidence already sorted, so that is checked first; otherwise
 * it is bucketed by day (at most 366 keys to sort) rather than sorting every item.
 */
function inDateOrder(list: EngineEvidence[]): EngineEvidence[] {
  if (list.every((e, i) => i === 0 || list[i - 1]!.date <= e.date)) return list;
  const byDay = new Map<string, EngineEvidence[]>();
  for (const e of list) push(byDay, e.date, e);
  return [...byDay.keys()].sort().flatMap((day) => byDay.get(day) ?? []);
}

// ---------------------------------------------------------------- which duty evidence is for

/** What a duty counts without being told: evidence of its kind no other duty could also mean. */
interface AutoEvidence {
  all: readonly EngineEvidence[];
  byMember: ReadonlyMap<number, readonly EngineEvidence[]>;
  has(ref: string): boolean;
  suggested: readonly string[];
}

const NO_EVIDENCE: EngineEvidence[] = [];
const NO_MEMBERS: ReadonlyMap<number, readonly EngineEvidence[]> = new Map();

function byMemberOf(list: readonly EngineEvidence[]): Map<number, EngineEvidence[]> {
  const out = new Map<number, EngineEvidence[]>();
  for (const e of list) for (const id of new Set(e.memberIds)) push(out, id, e);
  return out;
}

/**
 * A kind only one duty asks for keeps matching by kind (the monthly 党组会议, each member's 党课);
 * a kind several ask for is split by splitSharedKind.
 */
function assignEvidence(duties: readonly EngineDuty[], index: EvidenceIndex, final: ReadonlyMap<string, ManualLink>, ctx: Pick<Context, 'staff' | 'periodsOf'>): Map<number, AutoEvidence> {
  const byKind = new Map<DutyKind, EngineDuty[]>();
  for (const d of duties) push(byKind, d.kind, d);
  const out = new Map<number, AutoEvidence>();
  for (const [kind, list] of byKind) {
    const all = index.byKind.get(kind) ?? NO_EVIDENCE;
    if (list.length === 1) {
      out.set(list[0]!.id, { all, byMember: index.byKindMember.get(kind) ?? NO_MEMBERS, has: (ref) => index.byRef.get(ref)?.kind === kind, suggested: [] });
      continue;
    }
    const split = splitSharedKind(
      list.map((d) => {
        const periods = ctx.periodsOf(d);
        const scope = d.scope === 'group' ? null : new Set(inScope(d.scope, ctx.staff).map((s) => s.member.id));
        return { id: d.id, title: d.title, from: periods[0]?.start ?? '', to: periods[periods.length - 1]?.end ?? '', memberIds: scope };
      }),
      all,
      (dutyId, ref) => final.get(linkKey(dutyId, ref))?.mode,
    );
    for (const d of list) {
      const mine = split.auto.get(d.id) ?? NO_EVIDENCE;
      const refs = new Set(mine.map((e) => e.ref));
      out.set(d.id, { all: mine, byMember: byMemberOf(mine), has: (ref) => refs.has(ref), suggested: split.suggested.get(d.id) ?? [] });
    }
  }
  return out;
}

// ---------------------------------------------------------------- manual links

interface DutyLinks {
  /** Linked evidence it does not count automatically (another kind, or a confirmed suggestion), date-sorted. */
  extra: EngineEvidence[];
  /** Refs unlinked from the duty (rejected). */
  excluded: Set<string>;
}

const linkKey = (dutyId: number, ref: string) => `${dutyId}\u0000${ref}`;

/** The last instruction for a (duty, evidence) pair wins. */
function finalLinks(links: readonly ManualLink[]): Map<string, ManualLink> {
  const final = new Map<string, ManualLink>();
  for (const l of links) {
    const key = linkKey(l.dutyId, l.ref);
    final.delete(key); // keeps the map in the order of the last instructions
    final.set(key, l);
  }
  return final;
}

/** Unknown refs and refs outside the year are ignored. */
function resolveLinks(final: ReadonlyMap<string, ManualLink>, index: EvidenceIndex, autos: ReadonlyMap<number, AutoEvidence>): Map<number, DutyLinks> {
  const result = new Map<number, DutyLinks>();
  for (const l of final.values()) {
    const e = index.byRef.get(l.ref);
    const auto = autos.get(l.dutyId);
    if (!e || !auto) continue;
    let entry = result.get(l.dutyId);
    if (!entry) result.set(l.dutyId, (entry = { extra: [], excluded: new Set() }));
    if (l.mode === 'unlink') entry.excluded.add(l.ref);
    else if (!auto.has(l.ref)) entry.extra.push(e);
  }
  for (const entry of result.values()) entry.extra.sort(byDate);
  return result;
}

// ---------------------------------------------------------------- matching

interface DutyEvidence {
  group(start: string, end: string): EngineEvidence[];
  member(memberId: number, start: string, end: string): EngineEvidence[];
  suggested: string[];
  rejected: string[];
}

/**
 * Evidence a duty can count: what it counts automatically (minus unlinked refs) plus manually
 * linked evidence. Linked group-level evidence (no memberIds) credits every member who owes
 * the period, since the user explicitly said it fulfils the duty.
 */
function dutyEvidence(auto: AutoEvidence, links: DutyLinks | undefined, index: EvidenceIndex): DutyEvidence {
  const excluded = links?.excluded;
  const extra = links?.extra ?? NO_EVIDENCE;
  const keep = (list: readonly EngineEvidence[], start: string, end: string): EngineEvidence[] => {
    const hits = between(list, start, end);
    return excluded && excluded.size > 0 ? hits.filter((e) => !excluded.has(e.ref)) : hits;
  };
  const merge = (hits: EngineEvidence[], more: EngineEvidence[]): EngineEvidence[] =>
    more.length === 0 ? hits : [...hits, ...more].sort(byDate);
  const rejected = [...(excluded ?? [])].map((ref) => index.byRef.get(ref)!).sort(byDate).map((e) => e.ref);
  return {
    group: (start, end) => merge(keep(auto.all, start, end), between(extra, start, end)),
    member: (id, start, end) =>
      merge(
        keep(auto.byMember.get(id) ?? NO_EVIDENCE, start, end),
        between(extra, start, end).filter((e) => e.memberIds.length === 0 || e.memberIds.includes(id)),
      ),
    suggested: [...auto.suggested],
    rejected,
  };
}

// ---------------------------------------------------------------- terms of office

/** A member with their term as a closed date range. */
interface Staff {
  member: EngineMember;
  start: string;
  end: string;
}

/** Unknown or malformed term dates mean "no limit on that side". */
function staffOf(member: EngineMember): Staff {
  const start = member.termStart && isValidIsoDate(member.termStart) ? member.termStart : '0000-01-01';
  const end = member.termEnd && isValidIsoDate(member.termEnd) ? member.termEnd : '9999-12-31';
  return { member, start, end };
}

function inScope(scope: DutyScope, staff: readonly Staff[]): readonly Staff[] {
  switch (scope) {
    case 'group':
      return [];
    case 'each-member':
      return staff;
    case 'secretary':
      return staff.filter((s) => s.member.partyRole === 'secretary');
    case 'each-member-except-secretary':
      return staff.filter((s) => s.member.partyRole !== 'secretary');
  }
}

/** Long periods are prorated for partial terms; shorter ones are owed in full (TERM_RULE_TEXT). */
const PRORATED: ReadonlySet<Frequency> = new Set<Frequency>(['halfyear', 'year', 'once']);

/** ceil(minCount × served / total) in integers, at least 1 when anything is owed. */
export function proratedRequired(minCount: number, servedMonths: number, periodMonths: number): number {
  if (minCount <= 0 || servedMonths <= 0) return 0;
  if (servedMonths >= periodMonths) return minCount;
  return Math.max(1, Math.floor((minCount * servedMonths + periodMonths - 1) / periodMonths));
}

// ---------------------------------------------------------------- per duty

/** What every duty's evaluation shares, prepared once per run. */
interface Context {
  clock: Clock;
  staff: Staff[];
  dateOf(ref: string): string;
  /** A piece's duration in a unit, null if it states none (time-duties.ts). */
  durationOf(ref: string, measure: TimeMeasure): number | null;
  /** periodsOfYear, cached: 100 duties use only a handful of distinct calendars. */
  periodsOf(duty: EngineDuty): readonly Period[];
}

/** What one period owes: occurrences, or (a duty measured in time) an amount of time and the fewest pieces. */
interface Need {
  required: number;
  time: { measure: TimeMeasure; minEvents: number } | null;
}

function toResult(p: Period, start: string, end: string, need: Need, hits: EngineEvidence[], clock: Clock): PeriodResult {
  const base = { key: p.key, label: p.label, start, end, due: end, required: need.required };
  const evidence = hits.map((e) => e.ref);
  if (!need.time) return { ...base, done: hits.length, status: periodStatus(start, end, need.required, hits.length, clock), evidence };
  const { measure, minEvents } = need.time;
  let sum = 0;
  let unstated = 0;
  for (const e of hits) {
    const d = durationIn(e, measure);
    if (d === null) unstated++;
    else sum += d;
  }
  const met = sum >= need.required && hits.length >= minEvents;
  return { ...base, done: sum, status: periodStatus(start, end, 1, met ? 1 : 0, clock), evidence, measure, events: hits.length, minEvents, unstated };
}

/** A period's need in full (group duties, or a member serving all of it). */
function fullNeed(duty: EngineDuty): Need {
  const time = timeNeedOf(duty);
  const count = Math.max(0, duty.minCount);
  return time ? { required: time.amount, time: { measure: time.measure, minEvents: count } } : { required: count, time: null };
}

function groupPeriods(duty: EngineDuty, periods: readonly Period[], ev: DutyEvidence, clock: Clock): PeriodResult[] {
  const need = fullNeed(duty);
  return periods.map((p) => toResult(p, p.start, p.end, need, ev.group(p.start, p.end), clock));
}

function memberRow(duty: EngineDuty, staff: Staff, periods: readonly Period[], ev: DutyEvidence, clock: Clock): MemberDutyResult | null {
  const { member: m } = staff;
  const prorate = PRORATED.has(duty.frequency) && duty.deadline === null;
  const full = fullNeed(duty);
  const rows: PeriodResult[] = [];
  for (const p of periods) {
    // The member answers only for their days in office: the window is also where their
    // evidence counts, and its end is their due date (a departed member cannot catch up).
    const start = maxDate(p.start, staff.start);
    const end = minDate(p.end, staff.end);
    if (start > end) continue;
    const [served, months] = prorate ? [monthsTouched(start, end), monthsTouched(p.start, p.end)] : [1, 1];
    const count = proratedRequired(duty.minCount, served, months);
    const need: Need = full.time
      ? { required: proratedAmount(full.required, served, months), time: { measure: full.time.measure, minEvents: count } }
      : { required: count, time: null };
    rows.push(toResult(p, start, end, need, ev.member(m.id, start, end), clock));
  }
  if (rows.length === 0) return null;
  return {
    memberId: m.id,
    name: m.name,
    partyRole: m.partyRole,
    sortOrder: m.sortOrder,
    periods: rows,
    ...yearTotals(rows),
    status: headlineStatus(rows, clock.today),
    ...(full.time ? { measure: full.time.measure } : {}),
  };
}

/**
 * A member duty's own period: sums over the members who owe it, worst member status.
 * A period nobody owes (no members entered, or the secretary post vacant) has required 0 and is
 * 'unassigned', not done: nothing was proven.
 */
function aggregatePeriod(
  p: Period,
  rows: readonly PeriodResult[],
  { dateOf, durationOf }: Pick<Context, 'dateOf' | 'durationOf'>,
  measure: TimeMeasure | undefined,
): PeriodResult {
  const { done, required } = yearTotals(rows);
  // Dates looked up once per ref, not twice per comparison (thousands of refs at scale); the
  // sort is stable, so refs of one day keep their order.
  const dated = [...new Set(rows.flatMap((r) => r.evidence))].map((ref) => ({ ref, date: dateOf(ref) }));
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const refs = dated.map((d) => d.ref);
  const status = rows.length > 0 ? worstStatus(rows.map((r) => r.status)) : 'unassigned';
  const out: PeriodResult = { key: p.key, label: p.label, start: p.start, end: p.end, due: p.end, required, done, status, evidence: refs };
  if (!measure) return out;
  const minEvents = rows.reduce((n, r) => n + (r.minEvents ?? 0), 0);
  // One piece crediting several members is one piece to fill in.
  return { ...out, measure, events: refs.length, minEvents, unstated: refs.filter((ref) => durationOf(ref, measure) === null).length };
}

function memberPeriods(
  duty: EngineDuty,
  periods: readonly Period[],
  ev: DutyEvidence,
  ctx: Context,
): { periods: PeriodResult[]; members: MemberDutyResult[] } {
  const rows: MemberDutyResult[] = [];
  const byKey = new Map<string, PeriodResult[]>();
  for (const staff of inScope(duty.scope, ctx.staff)) {
    const row = memberRow(duty, staff, periods, ev, ctx.clock);
    if (!row) continue;
    rows.push(row);
    for (const r of row.periods) push(byKey, r.key, r);
  }
  return {
    periods: periods.map((p) => aggregatePeriod(p, byKey.get(p.key) ?? [], ctx, timeNeedOf(duty)?.measure)),
    members: rows,
  };
}

function evaluateDuty(duty: EngineDuty, ev: DutyEvidence, ctx: Context): DutyResult {
  const { clock } = ctx;
  const periods = ctx.periodsOf(duty);
  const evaluated =
    duty.scope === 'group'
      ? { periods: groupPeriods(duty, periods, ev, clock), members: null }
      : memberPeriods(duty, periods, ev, ctx);
  const totals = yearTotals(evaluated.periods);
  const open = evaluated.periods.filter((p) => p.status !== 'done');
  const time = timeNeedOf(duty);
  return {
    dutyId: duty.id,
    itemNo: duty.itemNo,
    kind: duty.kind,
    title: duty.title,
    frequency: duty.frequency,
    scope: duty.scope,
    minCount: duty.minCount,
    deadline: duty.deadline,
    periods: evaluated.periods,
    members: evaluated.members,
    current: findPeriod(evaluated.periods, clock.today) ?? null,
    status: headlineStatus(evaluated.periods, clock.today),
    ...totals,
    // Owed by nobody all year: 0 of 0 is no 100%.
    ratio: totals.required === 0 && evaluated.periods.some((p) => p.status === 'unassigned') ? 0 : ratioOf(totals.done, totals.required),
    overduePeriods: open.filter((p) => p.status === 'overdue').length,
    nextDue: open.reduce<string | null>((min, p) => (min === null || p.due < min ? p.due : min), null),
    suggested: ev.suggested,
    rejected: ev.rejected,
    ...(time ? { measure: time.measure, amount: time.amount, unstated: evaluated.periods.reduce((n, p) => n + (p.unstated ?? 0), 0) } : {}),
  };
}

// ---------------------------------------------------------------- summary

/** "2" < "10", "一.2" < "二.1" (numerals by value, not by pinyin); duties outside any item last. */
function compareItemNo(a: string, b: string): number {
  const key = (no: string) => (no === '' ? [Infinity] : no.split('.').map((p) => parseNumeral(p) ?? Infinity));
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}

/** Overdue first, then due-soon, in-progress, not-started, done; then by next due date and item. */
export function sortByUrgency(duties: readonly DutyResult[]): DutyResult[] {
  return [...duties].sort(
    (a, b) =>
      urgency(a.status) - urgency(b.status) ||
      (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') ||
      compareItemNo(a.itemNo, b.itemNo) ||
      a.dutyId - b.dutyId,
  );
}

function progress(done: number, required: number, statuses: ComplianceStatus[]): { done: number; required: number; ratio: number; status: ComplianceStatus } {
  // An item whose duties nobody owes shows 0%, not a full bar of 0/0.
  const ratio = required === 0 && statuses.includes('unassigned') ? 0 : ratioOf(done, required);
  return { done, required, ratio, status: worstStatus(statuses) };
}

type Tally = { done: number; required: number };

/**
 * What one duty (or member row) adds to a total over several duties (a plan item, a member, the
 * year). Days and 学时 do not add to counts, so a duty measured in time adds its periods: one for
 * each period owed, one done for each period whose time is met (partial time adds nothing).
 */
function tally(r: { done: number; required: number; measure?: TimeMeasure; periods: readonly PeriodResult[] }): Tally {
  if (!r.measure) return { done: r.done, required: r.required };
  return { done: r.periods.filter((p) => p.status === 'done').length, required: r.periods.length };
}

/** A member duty in time: each member's periods (as counts are summed over members). */
const dutyTally = (d: DutyResult): Tally => (d.measure && d.members ? sumTallies(d.members.map(tally)) : tally(d));

const sumTallies = (list: readonly Tally[]): Tally => list.reduce((t, x) => ({ done: t.done + x.done, required: t.required + x.required }), { done: 0, required: 0 });

function byItem(duties: readonly DutyResult[]): ItemProgress[] {
  const groups = new Map<string, DutyResult[]>();
  for (const d of duties) push(groups, d.itemNo, d);
  return [...groups.entries()]
    .sort(([a], [b]) => compareItemNo(a, b))
    .map(([itemNo, list]) => {
      const t = sumTallies(list.map(dutyTally));
      return { itemNo, dutyIds: list.map((d) => d.dutyId), ...progress(t.done, t.required, list.map((d) => d.status)) };
    });
}

function byMember(duties: readonly DutyResult[], members: readonly EngineMember[]): MemberProgress[] {
  const owed = new Map<number, MemberDutyProgress[]>();
  const tallies = new Map<number, Tally[]>();
  for (const d of duties) {
    for (const row of d.members ?? []) {
      push(tallies, row.memberId, tally(row));
      push(owed, row.memberId, {
        dutyId: d.dutyId,
        itemNo: d.itemNo,
        kind: d.kind,
        title: d.title,
        ...progress(row.done, row.required, [row.status]),
        ...(d.measure ? { measure: d.measure } : {}),
      });
    }
  }
  return [...members]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((m) => {
      const list = owed.get(m.id) ?? [];
      const t = sumTallies(tallies.get(m.id) ?? []);
      return { memberId: m.id, name: m.name, partyRole: m.partyRole, duties: list, ...progress(t.done, t.required, list.map((d) => d.status)) };
    });
}

function summarize(duties: readonly DutyResult[], members: readonly EngineMember[]): ComplianceSummary {
  const byStatus = emptyCounts();
  const periodsByStatus = emptyCounts();
  let done = 0;
  let required = 0;
  for (const d of duties) {
    byStatus[d.status]++;
    for (const p of d.periods) periodsByStatus[p.status]++;
    const t = dutyTally(d);
    done += t.done;
    required += t.required;
  }
  return {
    byStatus,
    periodsByStatus,
    done,
    required,
    ratio: ratioOf(done, required),
    byItem: byItem(duties),
    byMember: byMember(duties, members),
  };
}

// ---------------------------------------------------------------- entry point

export function computeCompliance(input: ComplianceInput): ComplianceResult {
  parseIsoDate(input.today); // fail loudly on a malformed "today" rather than mis-rank everything
  const clock: Clock = { today: input.today, dueSoonDays: input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS };
  const index = indexEvidence(input.evidence, input.year);
  const calendars = new Map<string, readonly Period[]>();
  const ctx: Context = {
    clock,
    staff: [...input.members].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id).map(staffOf),
    dateOf: (ref) => index.byRef.get(ref)?.date ?? '',
    durationOf: (ref, measure) => {
      const e = index.byRef.get(ref);
      return e ? durationIn(e, measure) : null;
    },
    periodsOf: ({ frequency, deadline }) => {
      const key = `${frequency}|${deadline ?? ''}`;
      let periods = calendars.get(key);
      if (!periods) calendars.set(key, (periods = periodsOfYear(input.year, frequency, { deadline })));
      return periods;
    },
  };
  const final = finalLinks(input.links ?? []);
  const autos = assignEvidence(input.duties, index, final, ctx);
  const links = resolveLinks(final, index, autos);
  const duties = input.duties.map((duty) => evaluateDuty(duty, dutyEvidence(autos.get(duty.id)!, links.get(duty.id), index), ctx));
  return {
    year: input.year,
    today: input.today,
    dueSoonDays: clock.dueSoonDays,
    duties,
    summary: summarize(duties, input.members),
  };
}
