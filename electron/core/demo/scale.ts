// The demo generator at scale (`demo generate --years … --records …`): years of plans,
// members coming and going, meetings and hundreds of thousands of records, for the benchmark
// and for trying the app at ten years of data. Bulk writes: one transaction, prepared
// statements, no per-row audit — one audit entry records the whole generation.

import { dayInfo } from '../../../shared/dates/holidays';
import { addDays, isoDate } from '../../../shared/dates/periods';
import type { DutyKind } from '../../../shared/domain/duties';
import { audit } from '../audit/log';
import { isoNow, localToday, type CoreContext } from '../context';
import { meetingRepo } from '../meetings/repository';
import { previewPlanText } from '../plan/read';
import { planRepo } from '../plan/repository';
import { attachmentWriter, type AttachmentExt } from './attachments';
import { assertEmptyForDemo, countDemoTables } from './generate';
import { GUESTS, LEAVE_REASONS, TOPICS } from './meetings';
import { nameMaker, SEATS } from './members';
import { UNITS } from './plan';
import { seededRandom, type Rng } from './random';
import { DEMO_RECORD_KINDS, kindPicker, makeRecord, recordWriter, whoFor } from './records';
import { SAMPLE_PLAN_TEXT } from './sample-plan';

export interface ScaleOptions {
  seed: number;
  /** The last year generated; years run from lastYear - years + 1 to lastYear. */
  lastYear: number;
  years: number;
  /** People over all the years (seats are refilled as members leave). */
  members: number;
  records: number;
  meetings: number;
  attachments: number;
}

export interface ScaleSummary {
  seed: number;
  firstYear: number;
  lastYear: number;
  unitName: string;
  counts: Record<string, number>;
  attachmentBytes: number;
  elapsedMs: number;
}

export const SCALE_LIMITS = { years: [1, 30], members: [1, 500], records: [0, 1_000_000], meetings: [0, 20_000], attachments: [0, 5_000] } as const;

const UNIT_NAME = '示例县人民政府党组';
const KB = 1024;

interface Person {
  id: number;
  name: string;
  branch: string;
  secretary: boolean;
  title: string;
  start: string;
  end: string | null;
}

/** What the steps share. */
interface Run {
  ctx: CoreContext;
  o: ScaleOptions;
  at: string;
  today: string;
  firstYear: number;
  people: Person[];
  /** Live duty ids of each year's plan by kind. */
  duties: Map<number, Map<DutyKind, number>>;
  recordIds: { first: number; last: number };
  attachmentBytes: number;
}

type ScaleStep = { name: string; run: (r: Run, rng: Rng) => void };

/** Each step has its own random stream (seeded from its position): append new steps at the END. */
const SCALE_STEPS: ScaleStep[] = [
  { name: 'unit', run: ({ ctx, at }) => void ctx.db.prepare("UPDATE unit SET name = ?, short_name = '县政府党组', is_demo = 1, updated_at = ? WHERE id = 1").run(UNIT_NAME, at) },
  { name: 'members', run: scaleMembers },
  { name: 'plans', run: scalePlans },
  { name: 'meetings', run: scaleMeetings },
  { name: 'records', run: scaleRecords },
  { name: 'attachments', run: scaleAttachments },
];

export function generateAtScale(ctx: CoreContext, o: ScaleOptions): ScaleSummary {
  const started = performance.now();
  assertEmptyForDemo(ctx);
  const run: Run = {
    ctx,
    o,
    at: isoNow(ctx),
    today: localToday(ctx),
    firstYear: o.lastYear - o.years + 1,
    people: [],
    duties: new Map(),
    recordIds: { first: 0, last: -1 },
    attachmentBytes: 0,
  };
  ctx.db.transaction(() => {
    SCALE_STEPS.forEach((step, i) => step.run(run, seededRandom(o.seed * 1000 + 500 + i)));
    audit(ctx, {
      action: 'demo.generate',
      objectType: 'unit',
      objectId: 1,
      summary: `生成规模演示数据（种子 ${o.seed}）：${run.firstYear}—${o.lastYear}年，成员 ${o.members} 人，台账 ${o.records} 条，会议 ${o.meetings} 次，附件 ${o.attachments} 个`,
    });
  })();
  return {
    seed: o.seed,
    firstYear: run.firstYear,
    lastYear: o.lastYear,
    unitName: UNIT_NAME,
    counts: countDemoTables(ctx),
    attachmentBytes: run.attachmentBytes,
    elapsedMs: Math.round(performance.now() - started),
  };
}

// ---------------------------------------------------------------- calendar helpers

const workdayCache = new Map<string, string[]>();
/** Working days of the year (法定节假日 and weekends skipped), optionally only those before `before`. */
function workdays(year: number, before = '9999-12-31'): string[] {
  const key = `${year}|${before}`;
  let list = workdayCache.get(key);
  if (!list) {
    list = [];
    for (let d = isoDate(year, 1, 1); d.startsWith(String(year)) && d < before; d = addDays(d, 1)) if (dayInfo(d).isWorkday) list.push(d);
    workdayCache.set(key, list);
  }
  return list;
}

const inOffice = (p: Person, date: string) => p.start <= date && (p.end === null || p.end >= date);

/** Members in office on a date, cached per date (a few thousand distinct dates at most). */
function officeRoster(people: Person[]): (date: string) => Person[] {
  const cache = new Map<string, Person[]>();
  return (date) => {
    let list = cache.get(date);
    if (!list) cache.set(date, (list = people.filter((p) => inOffice(p, date))));
    return list;
  };
}

function distinct<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const pool = [...list];
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

// ---------------------------------------------------------------- members

/** Seat n: the Party Group's seats first, then ordinary members' seats of a large unit. */
const seatInfo = (seat: number) => (seat < SEATS.length ? SEATS[seat]! : { ...SEATS[seat % SEATS.length]!, partyRole: 'member' as const });

const LEAVING = ['调任市发改委主任', '交流到邻县任职', '到龄退出领导岗位', '调任县人大常委会副主任', '提任县委常委'];

/**
 * The seats of a county government Party Group, filled at the start and refilled as members
 * leave: every replacement ends one term on a working day and starts the next a few weeks later.
 */
function scaleMembers(r: Run, rng: Rng): void {
  const { ctx, o, at, firstYear } = r;
  // Up to 60: a Party Group's nine seats, refilled over the years. Beyond: a large unit (a 党委
  // with hundreds expected at its meetings) where half the people hold a seat at any time.
  const seatCount = o.members > 60 ? Math.ceil(o.members / 2) : Math.min(SEATS.length, o.members);
  const name = nameMaker(rng);
  const lastDay = [isoDate(o.lastYear, 11, 30), r.today].sort()[0]!;
  const span = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(`${firstYear}-02-01`)) / 86_400_000));
  const changes = Array.from({ length: o.members - seatCount }, () => addDays(`${firstYear}-02-01`, rng.int(0, span))).sort();
  const holders: Person[] = [];
  const seatOf = new Map<Person, number>();
  const newPerson = (seat: number, start: string): Person => {
    const s = seatInfo(seat);
    const p: Person = { id: 0, name: name(), branch: s.branch, secretary: s.partyRole === 'secretary', title: s.title, start, end: null };
    seatOf.set(p, seat);
    r.people.push(p);
    return p;
  };
  for (let seat = 0; seat < seatCount; seat++) holders[seat] = newPerson(seat, isoDate(firstYear - rng.int(1, 3), rng.int(1, 12), rng.int(1, 28)));
  const notes = new Map<Person, string>();
  for (const date of changes) {
    // A seat whose holder has served at least half a year; the secretary changes less often.
    const open = holders.map((h, seat) => ({ h, seat })).filter(({ h, seat }) => addDays(h.start, 180) < date && (seat > 0 || rng.chance(0.3)));
    const { h, seat } = open.length ? rng.pick(open) : { h: holders[holders.length - 1]!, seat: holders.length - 1 };
    const end = h.start < date ? date : addDays(h.start, 1);
    h.end = end;
    notes.set(h, rng.pick(LEAVING));
    holders[seat] = newPerson(seat, addDays(end, rng.int(7, 45)));
  }
  const insert = ctx.db.prepare(
    `INSERT INTO members (name, title, party_role, portfolio, branch, sort_order, term_start, term_end, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  r.people.forEach((p, i) => {
    const seat = seatOf.get(p)!;
    const s = seatInfo(seat);
    p.id = Number(insert.run(p.name, s.title, s.partyRole, s.portfolio, s.branch, (seat + 1) * 100 + i, p.start, p.end, notes.get(p) ?? '', at, at).lastInsertRowid);
  });
}

// ---------------------------------------------------------------- plans

/** The sample plan re-dated for each year, its duties confirmed as extracted, a lead per item. */
function scalePlans(r: Run, rng: Rng): void {
  const { ctx, o, at, firstYear } = r;
  for (let year = firstYear; year <= o.lastYear; year++) {
    const preview = previewPlanText(SAMPLE_PLAN_TEXT.replaceAll('2022', String(year)), `县政府党组${year}年工作要点.txt`, 'utf-8');
    const planId = planRepo.insertPlan(ctx.db, { year, title: preview.plan.title || `县政府党组${year}年工作要点`, preamble: preview.plan.preamble, sourceName: preview.sourceName, at });
    const leads = r.people.filter((p) => inOffice(p, isoDate(year, 3, 1)));
    const itemIds = new Map<string, number>();
    let sort = 0;
    preview.plan.sections.forEach((s, si) => {
      const sectionId = planRepo.insertSection(ctx.db, planId, s, (si + 1) * 10);
      for (const i of s.items) {
        const units = `${rng.pick(UNITS)}、${rng.pick(UNITS.slice(1))}`;
        itemIds.set(i.no, planRepo.insertItem(ctx.db, planId, sectionId, { ...i, leadMemberId: leads.length ? rng.pick(leads).id : null, responsibleUnits: units }, (sort += 10)));
      }
    });
    const byKind = new Map<DutyKind, number>();
    preview.duties.forEach(({ item, ...d }, i) => {
      const id = planRepo.insertDuty(ctx.db, planId, itemIds.get(item) ?? null, d, (i + 1) * 10, at);
      if (!byKind.has(d.kind)) byKind.set(d.kind, id);
    });
    r.duties.set(year, byKind);
  }
}

// ---------------------------------------------------------------- meetings

const SPECIAL = ['安全生产专题会议', '招商引资专题会议', '防汛工作专题会议', '重点项目推进专题会议', '乡村振兴专题会议', '财政收支专题会议', '信访维稳专题会议', '创文创卫专题会议'];

/** Splits a year's meetings by type: monthly-plus 党组会议, monthly 中心组, one 民主生活会 and 组织生活会, the rest 专题会议. */
function typeMix(n: number): [string, number][] {
  const take = (want: number) => {
    const k = Math.min(want, n);
    n -= k;
    return k;
  };
  return [
    ['党组会议', take(Math.max(12, Math.round(n * 0.1)))],
    ['民主生活会', take(1)],
    ['组织生活会', take(1)],
    ['理论学习中心组学习', take(Math.max(6, Math.round(n * 0.04)))],
    ['专题会议', take(n)],
  ];
}

function scaleMeetings(r: Run, rng: Rng): void {
  const { ctx, o, at, today } = r;
  const db = ctx.db;
  const types = new Map(meetingRepo.types(db).map((t) => [t.name, t.id]));
  const roster = officeRoster(r.people);
  const insMeeting = db.prepare(
    `INSERT INTO meetings (type_id, year, seq, title, date, start_time, place, host_member_id, recorder, agenda, minutes, status, locked, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '县政府三楼会议室', ?, '周明远', ?, ?, ?, ?, ?, ?)`,
  );
  const insAttendee = db.prepare(
    `INSERT INTO meeting_attendees (meeting_id, member_id, role, name, title_snapshot, unit, status, leave_reason, leave_requested_at, leave_approver, leave_approved, sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTopic = db.prepare(`INSERT INTO meeting_topics (meeting_id, title, presenter, category, prior_study, decision, minutes, sort) VALUES (?, ?, ?, ?, ?, ?, '', ?)`);
  const insOpinion = db.prepare(`INSERT INTO topic_opinions (topic_id, member_id, opinion) VALUES (?, ?, ?)`);
  const insFollowup = db.prepare(`INSERT INTO followups (topic_id, task, responsible, due_date, status, note) VALUES (?, ?, ?, ?, ?, '')`);

  for (let year = r.firstYear; year <= o.lastYear; year++) {
    const i = year - r.firstYear;
    const n = Math.floor((o.meetings * (i + 1)) / o.years) - Math.floor((o.meetings * i) / o.years);
    for (const [typeName, count] of typeMix(n)) {
      const days = workdays(year);
      // Dates and times first, then numbered in that order (第1次 is the earliest), cancelled ones
      // last: the numbering the app's renumber() gives.
      const planned = Array.from({ length: count }, () => ({ date: rng.pick(days), time: rng.pick(['08:30', '09:00', '15:00']), cancelled: rng.chance(0.01) })).sort(
        (a, b) => Number(a.cancelled) - Number(b.cancelled) || `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`),
      );
      planned.forEach((p, k) => {
        const present = roster(p.date);
        const secretary = present.find((m) => m.secretary);
        const held = p.date < today && !p.cancelled;
        const title = typeName === '专题会议' ? rng.pick(SPECIAL) : '';
        const topics = typeName === '党组会议' ? distinct(rng, TOPICS, rng.int(2, 4)) : typeName === '专题会议' ? [{ title: `研究${title.replace('专题会议', '')}有关工作`, category: 'other' as const, presenter: rng.pick(UNITS) }] : [];
        const minutes = held ? `会议由${secretary?.name ?? '县长'}主持，${topics.map((t, j) => `${j + 1}. ${t.title}`).join('；')}。` : '';
        const id = Number(
          insMeeting.run(
            types.get(typeName)!, year, k + 1, title, p.date, p.time, secretary?.id ?? null,
            topics.map((t) => t.title).join('\n'), minutes, p.cancelled ? 'cancelled' : held ? 'held' : 'planned', held && rng.chance(0.7) ? 1 : 0, at, at,
          ).lastInsertRowid,
        );
        const attending = new Set<number>();
        present.forEach((m, s) => {
          const roll = rng.next();
          let status = 'expected';
          let leave: [string, string | null, string, number] = ['', null, '', 0];
          if (held) {
            if (!m.secretary && roll < 0.12) {
              status = 'leave';
              leave = [rng.pick(LEAVE_REASONS), p.date, secretary?.name ?? '', rng.chance(0.9) ? 1 : 0];
            } else status = roll > 0.985 ? 'absent' : roll > 0.95 ? 'late' : 'present';
          }
          if (status === 'present' || status === 'late') attending.add(m.id);
          insAttendee.run(id, m.id, 'member', m.name, m.title, '', status, ...leave, (s + 1) * 10);
        });
        if (typeName === '党组会议') {
          const guests = [GUESTS[0]!, ...(rng.chance(0.4) ? [rng.pick(GUESTS.slice(1))] : [])];
          guests.forEach((g, s) => insAttendee.run(id, null, 'guest', g.name, g.title, g.unit, held ? 'present' : 'expected', '', null, '', 0, (s + 1) * 10));
        }
        topics.forEach((t, s) => {
          const decisive = t.category !== 'other';
          const topicId = Number(
            insTopic.run(id, t.title, t.presenter, t.category, decisive ? 1 : 0, held ? (decisive ? '会议原则同意，请牵头单位按程序组织实施。' : '会议要求认真抓好贯彻落实。') : '', (s + 1) * 10).lastInsertRowid,
          );
          if (!held || !decisive) return;
          for (const m of attending) insOpinion.run(topicId, m, rng.chance(0.95) ? 'agree' : 'reserve');
          if (rng.chance(0.6)) insFollowup.run(topicId, `落实“${t.title}”议定事项`, t.presenter, addDays(p.date, 30), rng.pick(['open', 'in-progress', 'done']));
        });
      });
    }
  }
}

// ---------------------------------------------------------------- records

/**
 * Records spread evenly over the years and uniformly over past working days, entered in date
 * order as an office enters them (so a year's rows sit together in the file, as in real use);
 * kinds by weight (every kind appears), crediting members in office that day. 0.5 % sit in the
 * recycle bin; every 400th 调研走访 record is linked by hand to its year's 调研报告 duty.
 */
function scaleRecords(r: Run, rng: Rng): void {
  const { ctx, o, at, today } = r;
  const write = recordWriter(ctx.db, at);
  const remove = ctx.db.prepare('UPDATE records SET deleted_at = ? WHERE id = ?');
  const link = ctx.db.prepare(`INSERT OR IGNORE INTO evidence_links (duty_id, ref, mode, created_at) VALUES (?, ?, 'link', ?)`);
  const roster = officeRoster(r.people);
  const nextKind = kindPicker(rng);
  const years = Array.from({ length: o.years }, (_v, i) => r.firstYear + i).filter((y) => workdays(y, today).length > 0);
  let i = 0;
  let others = 0;
  years.forEach((year, y) => {
    const count = Math.floor((o.records * (y + 1)) / years.length) - Math.floor((o.records * y) / years.length);
    const days = workdays(year, today);
    const dates = Array.from({ length: count }, () => rng.pick(days)).sort();
    for (const date of dates) {
      // The first records take each kind once, so even a small run holds every kind.
      const kind = i < DEMO_RECORD_KINDS.length ? DEMO_RECORD_KINDS[i]! : nextKind();
      i++;
      const staff = roster(date);
      if (staff.length === 0) continue;
      const who = whoFor(kind);
      const credited = who === 'group' ? [] : who === 'member' ? [rng.pick(staff)] : distinct(rng, staff, rng.int(2, 4));
      const other = rng.pick(staff);
      const id = write(makeRecord(rng, kind, year, { credited, other: credited.includes(other) ? null : other }), date, credited.map((m) => m.id));
      if (r.recordIds.last < 0) r.recordIds.first = id;
      r.recordIds.last = id;
      if (rng.chance(0.005)) remove.run(at, id);
      const duty = r.duties.get(year)?.get('research-report');
      if (kind === 'other' && others++ % 400 === 0 && duty !== undefined) link.run(duty, `record:${id}`, at);
    }
  });
}

// ---------------------------------------------------------------- attachments

const RECORD_FILES: Partial<Record<DutyKind, [string, AttachmentExt]>> = {
  'party-lecture': ['党课讲稿', 'docx'],
  'research-report': ['调研报告（定稿）', 'pdf'],
  inspection: ['督导检查记录表（扫描件）', 'jpg'],
  talk: ['谈话记录（扫描件）', 'jpg'],
  deliverable: ['正式印发文件', 'pdf'],
  'theme-party-day': ['活动照片', 'jpg'],
};

/**
 * Scans and documents of realistic sizes: log-uniform between 100 KB and 3 MB (most are a few
 * hundred KB, a few are multi-page scans), 80 % on records, 20 % on held meetings.
 */
function scaleAttachments(r: Run, rng: Rng): void {
  const { ctx, o } = r;
  const attach = attachmentWriter(ctx);
  const recordKind = ctx.db.prepare('SELECT kind FROM records WHERE id = ?').pluck();
  const meetingIds = ctx.db.prepare("SELECT id FROM meetings WHERE status = 'held' ORDER BY id").pluck().all() as number[];
  for (let i = 0; i < o.attachments; i++) {
    const size = Math.round(100 * KB * Math.exp(rng.next() * Math.log(30)));
    const seed = `scale:${o.seed}:${i}`;
    if (meetingIds.length > 0 && (rng.chance(0.2) || r.recordIds.last < 0)) {
      const [name, ext] = rng.pick([['签到表（扫描件）', 'jpg'], ['会议纪要', 'pdf']] as const);
      attach({ ownerType: 'meeting', ownerId: rng.pick(meetingIds), name: `${name}.${ext}`, ext, size, seed });
    } else if (r.recordIds.last >= 0) {
      const id = rng.int(r.recordIds.first, r.recordIds.last);
      const [name, ext] = RECORD_FILES[recordKind.get(id) as DutyKind] ?? ['佐证材料（扫描件）', 'pdf'];
      attach({ ownerType: 'record', ownerId: id, name: `${name}.${ext}`, ext, size, seed });
    } else continue;
    r.attachmentBytes += size;
  }
}
