import type { Attendee } from '../../../../shared/domain/meetings';
import { html, type Safe } from '../html';
import { leaveNote, meetingName, meetingTime, type SheetData } from '../data';

/** 备注 on the sheet: what the office already knows before people sign. */
const remark = (a: Attendee) => (a.status === 'leave' ? leaveNote(a) : a.role === 'guest' ? '列席' : '');

/**
 * Row height for signing. The page (A4, 20/15 mm margins) leaves about 215 mm under the title and
 * the meeting block for the header row, the rows and the footnote: 25 rows (20 members and the
 * five blank rows) fit at 8.2 mm; fewer rows get more room, up to 13 mm. Longer lists keep the
 * 8.2 mm rows and continue on the next page under a repeated header.
 */
const ROOM_MM = 215;
export const signinRowMm = (rows: number) => Math.min(13, Math.max(8.2, Math.floor((ROOM_MM / (rows + 1)) * 10) / 10));

/** The sign-in sheet's own layout: tighter than letters, so 20 members fit one page. */
export const SIGNIN_CSS = `@page { margin: 20mm 20mm 15mm; }
h1 { font-size: 20pt; margin-bottom: 4mm; }
.meta { font-size: 13pt; margin-bottom: 2mm; } .meta td { padding: 0.5mm 0; line-height: 1.4; }
table.grid.signin { font-size: 13pt; } table.grid.signin th, table.grid.signin td { padding: 0.5mm 1.5mm; line-height: 1.3; }
table.grid.signin td.title { font-size: 11pt; }
.note { margin-top: 2mm; }`;

/**
 * 会议签到表: the unit's full name in the title, expected members in 排序 order, known 列席, then
 * blank rows for 列席 who turn up. The header row repeats on every page (thead as table-header-group).
 */
export function signinSheet(d: SheetData, opts: { blankRows: number }): { title: string; body: Safe; css: string } {
  const m = d.meeting;
  const people = [...d.members, ...d.guests];
  const blanks = Array.from({ length: opts.blankRows }, (_, i) => people.length + i + 1);
  const rowMm = signinRowMm(people.length + blanks.length);
  return {
    title: `${m.displayName}签到表`,
    css: `${SIGNIN_CSS}\ntable.grid.signin tbody td { height: ${rowMm}mm; }`,
    body: html`
<h1>${d.unitName}会议签到表</h1>
<table class="meta">
  <tr><td class="k">会议名称：</td><td colspan="3">${meetingName(m)}</td></tr>
  <tr><td class="k">时　　间：</td><td colspan="3">${meetingTime(m)}</td></tr>
  <tr><td class="k">地　　点：</td><td>${m.place || '　'}</td><td class="k">主 持 人：</td><td>${m.hostName || '　'}</td></tr>
</table>
<table class="grid signin">
  <colgroup><col style="width:8%"><col style="width:15%"><col style="width:34%"><col style="width:22%"><col style="width:21%"></colgroup>
  <thead><tr><th>序号</th><th>姓名</th><th>职务</th><th>签名</th><th>备注</th></tr></thead>
  <tbody>
${people.map((a, i) => html`    <tr><td class="c">${i + 1}</td><td class="c">${a.name}</td><td class="title">${[a.unit, a.titleSnapshot].filter(Boolean).join('')}</td><td></td><td class="c">${remark(a)}</td></tr>
`)}${blanks.map((n) => html`    <tr class="blank"><td class="c">${n}</td><td></td><td></td><td></td><td></td></tr>
`)}  </tbody>
</table>
<div class="note">注：请参会人员本人签名；请假人员由会务人员在备注栏注明。</div>
`,
  };
}
