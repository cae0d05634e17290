import { dayInfo } from '../../../shared/dates/holidays';
import { addDays, isoDate } from '../../../shared/dates/periods';
import type { DutyKind } from '../../../shared/domain/duties';
import type { Member } from '../../../shared/domain/members';
import { isoNow, localToday, type CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { planRepo } from '../plan/repository';
import { bestMatches } from '../../../shared/compliance/suggest';
import { attachmentWriter } from './attachments';
import type { DemoOptions } from './generate';
import type { Rng } from './random';
import { DELIVERABLE_DOCS, makeRecord, recordWriter, type DemoRecordKind } from './records';

/** A random working day between two months of the year (inclusive), or null if it is not yet past. */
function workdayIn(rng: Rng, year: number, fromMonth: number, toMonth: number, today: string): string | null {
  const start = isoDate(year, fromMonth, 1);
  const span = Math.max(1, Math.round((Date.parse(isoDate(year, toMonth, 28)) - Date.parse(start)) / 86_400_000));
  let d = addDays(start, rng.int(0, span));
  while (!dayInfo(d).isWorkday) d = addDays(d, 1);
  return d < today && d.startsWith(String(year)) ? d : null;
}

/**
 * The demo year's 台账: every kind of record, as a diligent but not perfect office keeps it —
 * most members meet most duties, a few gaps show on the dashboard; one 调研走访 record is
 * linked by hand to the 调研报告 duty; a few small scanned attachments.
 */
export function demoRecords(ctx: CoreContext, rng: Rng, opts: DemoOptions): void {
  const y = opts.year;
  const today = localToday(ctx);
  const members = memberRepo.inOfficeOn(ctx.db, isoDate(y, 12, 31));
  const write = recordWriter(ctx.db, isoNow(ctx));
  const made = new Map<DutyKind, { id: number; member?: Member }[]>();
  const add = (kind: DemoRecordKind, date: string | null, credited: Member[], extra: { variant?: number } = {}) => {
    if (!date) return;
    const other = members.find((m) => !credited.includes(m) && rng.chance(0.3)) ?? null;
    const id = write(makeRecord(rng, kind, y, { credited, other, ...extra }), date, credited.map((m) => m.id));
    made.set(kind, [...(made.get(kind) ?? []), { id, member: credited[0] }]);
  };
  const pick = (n: number) => {
    const pool = [...members]; // partial Fisher–Yates: n distinct members
    for (let i = 0; i < Math.min(n, pool.length); i++) {
      const j = rng.int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, n);
  };

  for (const m of members) {
    if (rng.chance(0.85)) add('party-lecture', workdayIn(rng, y, 3, 6, today), [m]);
    if (rng.chance(0.8)) add('party-lecture', workdayIn(rng, y, 7, 11, today), [m]);
    if (rng.chance(0.8)) add('research-report', workdayIn(rng, y, 4, 11, today), [m]);
    for (let q = 0; q < 4; q++) if (rng.chance(0.8)) add('inspection', workdayIn(rng, y, q * 3 + 1, q * 3 + 3, today), [m]);
    for (let i = rng.int(2, 5); i > 0; i--) add('talk', workdayIn(rng, y, 1, 12, today), [m]);
    for (let i = rng.int(2, 4); i > 0; i--) add('theme-party-day', workdayIn(rng, y, 1, 12, today), [m]);
  }
  DELIVERABLE_DOCS.forEach((_d, variant) => add('deliverable', workdayIn(rng, y, 1, 3, today), [], { variant }));
  add('report-to-committee', workdayIn(rng, y, 6, 6, today), []);
  add('report-to-committee', workdayIn(rng, y, 12, 12, today), []);
  add('hear-report', workdayIn(rng, y, 11, 12, today), []);
  add('warning-education', workdayIn(rng, y, 4, 5, today), pick(4));
  add('warning-education', workdayIn(rng, y, 9, 10, today), pick(4));
  add('study-group', workdayIn(rng, y, 7, 7, today), pick(3));
  for (let i = 0; i < 3; i++) add('other', workdayIn(rng, y, 3, 10, today), [rng.pick(members)]);

  linkOtherToResearch(ctx, y, made.get('other')?.[0]?.id);
  confirmDocuments(ctx, y, made.get('deliverable')?.map((d) => d.id) ?? []);
  const attach = attachmentWriter(ctx);
  const first = (k: DutyKind) => made.get(k)?.[0]?.id;
  const files: [DutyKind, string, 'pdf' | 'jpg' | 'docx'][] = [
    ['party-lecture', '党课讲稿', 'docx'],
    ['research-report', '调研报告（定稿）', 'pdf'],
    ['inspection', '督导检查记录表（扫描件）', 'jpg'],
    ['talk', '谈话记录（扫描件）', 'jpg'],
  ];
  files.forEach(([kind, name, ext], i) => {
    const id = first(kind);
    if (id) attach({ ownerType: 'record', ownerId: id, name: `${name}.${ext}`, ext, size: rng.int(30, 300) * 1024, seed: `demo:${opts.seed}:${i}` });
  });
}

/**
 * The plan asks for four documents, so each issued one is only suggested to the lists it names
 * until the clerk confirms it: the demo office has confirmed each for the one list it matches best.
 */
function confirmDocuments(ctx: CoreContext, year: number, recordIds: number[]): void {
  const plan = planRepo.liveByYear(ctx.db, year);
  const duties = plan ? planRepo.duties(ctx.db, plan.id).filter((d) => d.kind === 'deliverable') : [];
  const titleOf = ctx.db.prepare('SELECT title FROM records WHERE id = ?').pluck();
  const link = ctx.db.prepare(`INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, 'link', ?)`);
  for (const id of recordIds) {
    const best = bestMatches({ title: titleOf.get(id) as string }, duties);
    if (duties.length > 1 && best.length === 1) link.run(best[0]!, `record:${id}`, isoNow(ctx));
  }
}

/** A hand-made link: the 调研走访 record also proves the year's 调研报告 duty. */
function linkOtherToResearch(ctx: CoreContext, year: number, recordId: number | undefined): void {
  const plan = planRepo.liveByYear(ctx.db, year);
  const duty = plan && planRepo.duties(ctx.db, plan.id).find((d) => d.kind === 'research-report');
  if (!duty || recordId === undefined) return;
  ctx.db.prepare(`INSERT INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, 'link', ?)`).run(duty.id, `record:${recordId}`, isoNow(ctx));
}
