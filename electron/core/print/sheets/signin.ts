import type { Attendee } from '../../../../shared/domain/meetings';
import { html, type Safe } from '../html';
import { leaveNote, meetingName, meetingTime, type SheetData } from '../data';

/** 备注 on the sheet: what the office already knows before people sign. */
const remark = (a: Attendee) => (a.status === 'leave' ? leaveNote(a) : a.role === 'guest' ? '列席' : '');

/**
 * 会议签到表: expected members in 排序 order, known 列席, then blank rows for 列席 who turn up.
 * The header row repeats on every page (thead as table-header-group).
 */
export function signinSheet(d: SheetData, opts: { blankRows: number }): { title: string; body: Safe } {
  const m = d.meeting;
  const people = [...d.members, ...d.guests];
  const blanks = Array.from({ length: opts.blankRows }, (_, i) => people.length + i + 1);
  return {
    title: `${m.displayName}签到表`,
    body: html`
<h1>会议签到表</h1>
<table class="meta">
  <tr><td class="k">会议名称：</td><td>${meetingName(m)}</td></tr>
  <tr><td class="k">时　　间：</td><td>${meetingTime(m)}</td></tr>
  <tr><td class="k">地　　点：</td><td>${m.place || '　'}</td></tr>
  <tr><td class="k">主 持 人：</td><td>${m.hostName || '　'}</td></tr>
</table>
<table class="grid signin">
  <colgroup><col style="width:8%"><col style="width:15%"><col style="width:32%"><col style="width:20%"><col style="width:25%"></colgroup>
  <thead><tr><th>序号</th><th>姓名</th><th>职务</th><th>签名</th><th>备注</th></tr></thead>
  <tbody>
${people.map((a, i) => html`    <tr><td class="c">${i + 1}</td><td class="c">${a.name}</td><td>${[a.unit, a.titleSnapshot].filter(Boolean).join('')}</td><td></td><td class="c">${remark(a)}</td></tr>
`)}${blanks.map((n) => html`    <tr class="blank"><td class="c">${n}</td><td></td><td></td><td></td><td></td></tr>
`)}  </tbody>
</table>
<div class="note">注：请参会人员本人签名；请假人员由会务人员在备注栏注明。</div>
`,
  };
}
