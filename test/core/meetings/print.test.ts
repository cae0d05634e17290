import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../../electron/core/print/html';
import { call, tmpCore } from '../../helpers/tmp';
import { failure, newMeeting, seedMembers } from './fixtures';

const sheet = (core: Parameters<typeof call>[0], kind: string, meetingId: number, options = {}) => call<{ html: string; title: string }>(core, 'print.sheet', { kind, meetingId, options });

describe('printed sheets', () => {
  it('the sign-in sheet lists expected attendees in order, leave in 备注, then blank rows, with print CSS', async () => {
    const core = tmpCore();
    await seedMembers(core, 3);
    const m = await newMeeting(core, { hostMemberId: 1, guests: [{ name: '周明远', unit: '县政府办公室', title: '副主任' }] });
    await call(core, 'meetings.setAttendance', { attendeeId: m.attendees[1]!.id, status: 'leave', leaveReason: '赴市开会' });
    const { html: doc, title } = await sheet(core, 'signin', m.id, { blankRows: 4 });
    expect(title).toBe('2022年第1次党组会议签到表');
    expect(doc).toMatch(/^<!DOCTYPE html>/);
    expect(doc).toContain('@page { size: A4; margin: 25mm 20mm; }');
    expect(doc).toContain('thead { display: table-header-group; }');
    expect(doc).toContain('"FangSong", "仿宋"');
    expect(doc).toContain('2022年3月5日（星期六）上午9:00—11:30');
    const names = [...doc.matchAll(/<tr><td class="c">(\d+)<\/td><td class="c">([^<]+)<\/td>/g)].map((r) => `${r[1]}${r[2]}`);
    expect(names).toEqual(['1张建国', '2李卫东', '3王秀英', '4周明远']);
    expect(doc).toContain('<td class="c">请假（赴市开会）</td>');
    expect(doc.match(/class="blank"/g)).toHaveLength(4);
    expect(doc).not.toMatch(/<script/i);
  });

  it('escapes <script> and quotes everywhere user text lands', async () => {
    const core = tmpCore();
    await call(core, 'members.create', { name: '<script>x</script>', title: '"副县长"&\'' });
    const m = await newMeeting(core, { place: '<img src=x onerror=alert(1)>', agenda: '<b>议程</b>', minutes: '</p><script>alert(1)</script>', status: 'held' });
    await call(core, 'meetings.markAllPresent', { id: m.id });
    await call(core, 'meetings.saveTopic', { meetingId: m.id, title: '<script>t</script>', decision: '"决定"', category: 'major-decision', opinions: [{ memberId: 1, opinion: 'agree' }] });
    for (const kind of ['signin', 'notice', 'bulletin', 'minutes', 'decisions']) {
      const { html: doc } = await sheet(core, kind, m.id);
      expect(doc, kind).not.toMatch(/<script|<img|<b>/i);
      expect(doc, kind).toContain('&lt;script&gt;');
    }
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p>${'<i>'}${html`<br>`}</p>`.value).toBe('<p>&lt;i&gt;<br></p>');
  });

  it('the 通报 lists who attended, who was on leave and why, who was absent; minutes and decisions render', async () => {
    const core = tmpCore();
    await seedMembers(core, 4);
    const m = await newMeeting(core, { status: 'held', hostMemberId: 1, recorder: '周明远', minutes: '记'.repeat(10_000) });
    const [a, b, c, d] = m.attendees;
    await call(core, 'meetings.setAttendance', { attendeeId: a!.id, status: 'present' });
    await call(core, 'meetings.setAttendance', { attendeeId: b!.id, status: 'late' });
    await call(core, 'meetings.setAttendance', { attendeeId: c!.id, status: 'leave', leaveReason: '出差', leaveApprover: '张建国', leaveApproved: true });
    await call(core, 'meetings.setAttendance', { attendeeId: d!.id, status: 'absent' });
    const bulletin = (await sheet(core, 'bulletin', m.id)).html;
    expect(bulletin).toContain('应到党组成员4人，实到2人（其中迟到1人），请假1人，缺席1人');
    expect(bulletin).toContain('张建国、李卫东（迟到）');
    expect(bulletin).toContain('王秀英：请假（出差），已经张建国批准');
    expect(bulletin).toContain('赵志强（无故缺席）');
    const minutes = (await sheet(core, 'minutes', m.id)).html;
    expect(minutes).toContain('党组会议记录');
    expect(minutes).toContain('记'.repeat(10_000));
    await call(core, 'meetings.saveTopic', { meetingId: m.id, title: '研究干部任免', category: 'personnel' });
    expect((await sheet(core, 'decisions', m.id)).html).toContain('到会2/4人，不符合“讨论决定干部任免事项，须有三分之二以上党组成员到会”');
  });

  it('refuses an unknown kind or meeting with a Chinese message', async () => {
    const core = tmpCore();
    expect((await failure(core, 'print.sheet', { kind: 'poster', meetingId: 1 })).message).toMatch(/不认识的打印单类型/);
    expect((await failure(core, 'print.sheet', { kind: 'signin', meetingId: 9 })).message).toMatch(/找不到编号为 9 的会议/);
  });

  it('a notice is never dated after its meeting, nor a 通报 before it or years later (a 2022 unit printing in 2026)', async () => {
    const dated = async (now: string, kind: string) => {
      const core = tmpCore({ now: () => new Date(now) });
      await seedMembers(core, 2);
      const m = await newMeeting(core); // 2022-03-05
      return /<div class="sign">[^<]*<br>([^<]+)<\/div>/.exec((await sheet(core, kind, m.id)).html)?.[1];
    };
    expect(await dated('2022-03-01T03:00:00Z', 'notice')).toBe('2022年3月1日'); // sent ahead: today
    expect(await dated('2026-12-03T03:00:00Z', 'notice')).toBe('2022年3月5日');
    expect(await dated('2022-03-08T03:00:00Z', 'bulletin')).toBe('2022年3月8日'); // after the meeting: today
    expect(await dated('2026-12-03T03:00:00Z', 'bulletin')).toBe('2022年3月5日');
    expect(await dated('2022-03-01T03:00:00Z', 'bulletin')).toBe('2022年3月5日');
  });
});
