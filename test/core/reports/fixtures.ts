import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../../electron/core';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { MeetingDetail } from '../../../shared/domain/meetings';
import type { Member } from '../../../shared/domain/members';
import type { PlanView } from '../../../shared/domain/plan';
import { call, tmpCore } from '../../helpers/tmp';
import { seedMembers } from '../meetings/fixtures';

const SAMPLE = fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url));

/** Early 2023: the 2022 year is over, so it can be closed and its statuses are final. */
export const NEW_YEAR = () => new Date('2023-01-10T02:00:00Z');

export async function importPlan(core: Core, year = 2022): Promise<PlanView> {
  const p = await call<PlanPreview>(core, 'plan.parse', { fileName: 'plan.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
  return call<PlanView>(core, 'plan.save', { year, plan: p.plan, duties: p.duties });
}

/** Records belong to the ledger feature; tests write them straight into its tables, as it does. */
export function record(core: Core, kind: string, date: string, title: string, members: number[] = []): number {
  const db = core.ctx.db;
  const id = Number(db.prepare("INSERT INTO records (kind, title, date, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')").run(kind, title, date).lastInsertRowid);
  for (const m of members) db.prepare('INSERT INTO record_members (record_id, member_id) VALUES (?, ?)').run(id, m);
  return id;
}

/** A held 党组会议 on the date with everyone present except the given statuses. */
export async function heldMeeting(core: Core, date: string, statuses: Record<number, { status: 'leave' | 'absent' | 'late'; reason?: string; approved?: boolean }> = {}): Promise<MeetingDetail> {
  let m = await call<MeetingDetail>(core, 'meetings.create', { typeId: 1, date, status: 'held', place: '县政府三楼会议室' });
  m = await call<MeetingDetail>(core, 'meetings.markAllPresent', { id: m.id });
  for (const a of m.attendees) {
    const s = a.memberId !== null ? statuses[a.memberId] : undefined;
    if (s) await call(core, 'meetings.setAttendance', { attendeeId: a.id, status: s.status, leaveReason: s.reason ?? (s.status === 'leave' ? '出差' : ''), leaveApproved: s.approved ?? false, leaveApprover: s.approved ? '张建国' : '' });
  }
  return call<MeetingDetail>(core, 'meetings.get', { id: m.id });
}

export async function seededYear(now = NEW_YEAR): Promise<{ core: Core; members: Member[]; plan: PlanView }> {
  const core = tmpCore({ now });
  const members = await seedMembers(core, 4);
  const plan = await importPlan(core);
  return { core, members, plan };
}
