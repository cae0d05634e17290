import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/members';
import type { RecordDetail } from '../../../shared/ledger/types';
import { call, tmpCore } from '../../helpers/tmp';
import { heldMeeting, importPlan, NEW_YEAR } from '../reports/fixtures';
import { everyTable, refusedUnchanged } from './helpers';

// A closed year is closed: no change reaches its figures, and each refusal names the year.

const CLOSED = '2022年度已关账';
const REOPEN = '如需修改请先在 报表 → 年终 中解除关账（将记入操作日志）。';

async function closed2022() {
  const core = tmpCore({ now: NEW_YEAR }); // 2023-01-10
  const zhang = await call<Member>(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
  const li = await call<Member>(core, 'members.create', { name: '李明', termStart: '2021-01-01' });
  const wang = await call<Member>(core, 'members.create', { name: '王芳', termStart: '2020-01-01' });
  await call(core, 'members.endTerm', { id: wang.id, termEnd: '2021-06-30' });
  const plan = await importPlan(core);
  const meeting = await heldMeeting(core, '2022-03-10');
  const rec = await call<RecordDetail>(core, 'records.create', { kind: 'talk', title: '谈心', date: '2022-05-01', memberIds: [li.id], data: { subtype: 'heart', talkee: '王某' } });
  await call(core, 'years.close', { year: 2022, reason: '年终归档' });
  return { core, zhang, li, wang, plan, meeting, rec };
}

describe('a closed year is closed', () => {
  it('ending a term back-dated into 2022 is refused, naming the year and how to reopen', async () => {
    const { core, li } = await closed2022();
    await refusedUnchanged(core, 'members.endTerm', { id: li.id, termEnd: '2022-08-31' }, `${CLOSED}，不能更改李明在2022年的任职（会改变2022年度的统计）。${REOPEN}`, 'READ_ONLY');
  });

  it.each([
    ['a term start moved into 2022', (w: W) => ['members.update', { id: w.li.id, patch: { termStart: '2022-07-01' } }]],
    ['reinstating someone who left before 2022', (w: W) => ['members.reinstate', { id: w.wang.id }]],
    ['a new member with no term start', () => ['members.create', { name: '赵新' }]],
    ['a new member who started in 2022', () => ['members.create', { name: '赵新', termStart: '2022-11-01' }]],
    ['a meeting moved out of 2022', (w: W) => ['meetings.update', { id: w.meeting.id, patch: { date: '2023-01-05' } }]],
    ['a meeting moved into 2022', () => ['meetings.create', { typeId: 1, date: '2022-12-30' }]],
    ['attendance on a 2022 meeting', (w: W) => ['meetings.setAttendance', { attendeeId: w.meeting.attendees[0]!.id, status: 'absent' }]],
    ['a 2022 record edited', (w: W) => ['records.update', { id: w.rec.id, title: '改' }]],
    ['a 2022 record moved to 2023', (w: W) => ['records.update', { id: w.rec.id, date: '2023-01-02' }]],
    ['a 2022 record deleted', (w: W) => ['records.delete', { id: w.rec.id }]],
    ['a duty of 2022 edited', (w: W) => ['duties.update', { id: w.plan.duties[0]!.id, duty: { minCount: 2 } }]],
    ['a link in 2022', (w: W) => ['compliance.link', { dutyId: w.plan.duties[0]!.id, ref: `record:${w.rec.id}`, mode: 'link' }]],
  ] as const)('refuses %s', async (_label, make) => {
    const w = await closed2022();
    const [channel, input] = make(w) as unknown as [string, unknown];
    await refusedUnchanged(w.core, channel, input, /^2022年度已关账，.*请先在 报表 → 年终 中解除关账（将记入操作日志）。$/, 'READ_ONLY');
  });

  // The trigger's message is a literal (older sqlite3 builds cannot read RAISE with an expression).
  it('the database refuses a term written straight to the table', async () => {
    const { core, li } = await closed2022();
    const before = everyTable(core);
    expect(() => core.ctx.db.prepare("UPDATE members SET term_end = '2022-09-30' WHERE id = ?").run(li.id)).toThrow(`该年度已关账，${REOPEN}`);
    expect(() => core.ctx.db.prepare("UPDATE records SET title = 'x' WHERE date = '2022-05-01'").run()).toThrow(`该年度已关账，${REOPEN}`);
    expect(everyTable(core)).toEqual(before);
  });

  it('changes after the closed year still go through; reopening is audited and lifts the guard', async () => {
    const { core, li } = await closed2022();
    await call(core, 'members.endTerm', { id: li.id, termEnd: '2023-01-05' });
    await call(core, 'members.create', { name: '赵新', termStart: '2023-01-06' });
    await call(core, 'years.reopen', { year: 2022, reason: '补办任职手续' });
    await call(core, 'members.endTerm', { id: li.id, termEnd: '2022-12-31' });
    const log = core.ctx.db.prepare("SELECT action, summary FROM audit_log WHERE action LIKE 'year.%' ORDER BY id").all();
    expect(log).toEqual([
      { action: 'year.close', summary: '2022年度关账：年终归档' },
      { action: 'year.reopen', summary: '2022年度解除关账：补办任职手续' },
    ]);
  });
});

type W = Awaited<ReturnType<typeof closed2022>>;
