// Roll-call text as offices circulate it after a meeting, e.g.
//   参会：张三、李四、王  五
//   请假：赵六（出差）、孙七(参加市委会议)
//   列席：周八（县财政局局长）
// Pure: parse the text, then match it against a meeting's attendees for a preview.

import type { Attendance } from '../domain/meetings';

export type RollCallKind = Exclude<Attendance, 'expected'> | 'guest';

export interface RollCallEntry {
  kind: RollCallKind;
  /** Whitespace removed: offices pad two-character names (王  五). */
  name: string;
  /** Whitespace-separated tokens, in case several names were written with spaces between. */
  tokens: string[];
  /** Text in brackets: the leave reason, or a 列席's 职务/单位. */
  note: string;
}

const LABELS: [RegExp, RollCallKind][] = [
  [/^(参会|出席|到会|实到|参加)/, 'present'],
  [/^迟到/, 'late'],
  [/^请假/, 'leave'],
  [/^(缺席|未到)/, 'absent'],
  [/^列席/, 'guest'],
];
const LABEL = /(参会|出席|到会|实到|参加|迟到|请假|缺席|未到|列席)(?:人员|同志|领导)?(?:（[^）]*）|\([^)]*\))?\s*[：:]/g;
const NONE = /^(无|没有|暂无|—+|-+)$/;

export function parseRollCall(text: string): { entries: RollCallEntry[]; ignored: string[] } {
  const entries: RollCallEntry[] = [];
  const ignored: string[] = [];
  const marks = [...text.matchAll(LABEL)];
  const before = text.slice(0, marks[0]?.index ?? text.length).trim();
  if (before) ignored.push(before);
  marks.forEach((m, i) => {
    const kind = LABELS.find(([re]) => re.test(m[1]!))![1];
    const body = text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length);
    for (const piece of splitOutsideBrackets(body)) {
      const e = toEntry(kind, piece);
      if (e) entries.push(e);
    }
  });
  return { entries, ignored };
}

/** Splits on 、，,；; and line breaks, but not inside （…） — a reason may contain commas. */
function splitOutsideBrackets(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;。\n\r]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

function toEntry(kind: RollCallKind, piece: string): RollCallEntry | null {
  const m = /^(.*?)\s*(?:（([^）]*)）?|\(([^)]*)\)?)\s*$/.exec(piece);
  const head = (m ? m[1]! : piece).trim();
  const note = (m?.[2] ?? m?.[3] ?? '').trim();
  if (!head || NONE.test(head)) return null;
  const tokens = head.split(/\s+/).filter(Boolean);
  // "县财政局局长 周八" for a 列席: the last token is the name, the rest the 职务.
  if (kind === 'guest' && tokens.length > 1 && !note) {
    return { kind, name: tokens[tokens.length - 1]!, tokens: [tokens[tokens.length - 1]!], note: tokens.slice(0, -1).join(' ') };
  }
  return { kind, name: tokens.join(''), tokens, note };
}

export interface RollCallTarget {
  id: number;
  name: string;
  role: 'member' | 'guest';
  status: Attendance;
}

export interface RollCallPlan {
  /** Attendees whose status will be set. */
  changes: { attendeeId: number; name: string; from: Attendance; to: Exclude<Attendance, 'expected'>; reason: string }[];
  /** 列席 not on the list yet. */
  newGuests: { name: string; title: string }[];
  /** Names in the text that match nobody. */
  unmatched: string[];
  /** Expected attendees the text does not mention. */
  notMentioned: string[];
  /** Names given twice with different statuses. */
  conflicts: string[];
  ignored: string[];
}

const bare = (s: string) => s.replace(/\s+/g, '');

export function planRollCall(text: string, attendees: readonly RollCallTarget[]): RollCallPlan {
  const { entries, ignored } = parseRollCall(text);
  const byName = new Map(attendees.map((a) => [bare(a.name), a]));
  const plan: RollCallPlan = { changes: [], newGuests: [], unmatched: [], notMentioned: [], conflicts: [], ignored };
  const seen = new Map<number, RollCallKind>();
  const assign = (a: RollCallTarget, kind: Exclude<RollCallKind, 'guest'>, reason: string) => {
    const prev = seen.get(a.id);
    if (prev && prev !== kind) {
      if (!plan.conflicts.includes(a.name)) plan.conflicts.push(a.name);
      return;
    }
    seen.set(a.id, kind);
    if (!prev) plan.changes.push({ attendeeId: a.id, name: a.name, from: a.status, to: kind, reason });
  };
  for (const e of entries) {
    if (e.kind === 'guest') {
      const known = byName.get(e.name);
      if (known) assign(known, 'present', '');
      else if (!plan.newGuests.some((g) => g.name === e.name)) plan.newGuests.push({ name: e.name, title: e.note });
      continue;
    }
    const whole = byName.get(e.name);
    const parts = e.tokens.map((t) => byName.get(t));
    if (whole) assign(whole, e.kind, e.note);
    else if (e.tokens.length > 1 && parts.every(Boolean)) parts.forEach((a) => assign(a!, e.kind as Exclude<RollCallKind, 'guest'>, e.note));
    else plan.unmatched.push(e.name);
  }
  plan.notMentioned = attendees.filter((a) => a.role === 'member' && !seen.has(a.id)).map((a) => a.name);
  return plan;
}
