import type { Core } from '../../../electron/core';
import type { MeetingDetail } from '../../../shared/domain/meetings';
import type { Member } from '../../../shared/domain/members';
import { call } from '../../helpers/tmp';

export const SEVEN = [
  ['张建国', '县委副书记、县长', 'secretary'],
  ['李卫东', '县委常委、常务副县长', 'deputy'],
  ['王秀英', '副县长', 'member'],
  ['赵志强', '副县长', 'member'],
  ['刘海燕', '副县长、县公安局局长', 'member'],
  ['陈国栋', '副县长', 'member'],
  ['杨立新', '县政府办公室主任', 'member'],
] as const;

export async function seedMembers(core: Core, n = 7): Promise<Member[]> {
  const out: Member[] = [];
  for (const [name, title, partyRole] of SEVEN.slice(0, n)) out.push(await call<Member>(core, 'members.create', { name, title, partyRole, termStart: '2020-01-01' }));
  return out;
}

export const PARTY_GROUP = 1; // builtin 党组会议

export const newMeeting = (core: Core, extra: Record<string, unknown> = {}) =>
  call<MeetingDetail>(core, 'meetings.create', { typeId: PARTY_GROUP, date: '2022-03-05', startTime: '09:00', endTime: '11:30', place: '县政府三楼会议室', ...extra });

/** The error message of a failing call (the test fails if it succeeds). */
export async function failure(core: Core, channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}
