import { formatChineseDate } from '../../../../shared/dates/periods';
import { html, type Safe } from '../html';
import { bulletinDate, leaveNote, meetingName, present, type SheetData } from '../data';

/** 参会情况通报: who attended, who was on leave and why, who was absent (and whether excused). */
export function bulletinSheet(d: SheetData): { title: string; body: Safe } {
  const m = d.meeting;
  const attended = present(d.members);
  const late = d.members.filter((a) => a.status === 'late');
  const leave = d.members.filter((a) => a.status === 'leave');
  const absent = d.members.filter((a) => a.status === 'absent');
  const unmarked = d.members.filter((a) => a.status === 'expected');
  const guests = present(d.guests);
  return {
    title: `关于${m.displayName}参会情况的通报`,
    body: html`
<h1>关于${meetingName(m)}<br>参会情况的通报</h1>
<p class="flush">各位党组成员：</p>
<p>${formatChineseDate(m.date)}，${d.unitName}召开${meetingName(m)}${m.hostName ? `，${m.hostName}同志主持会议` : ''}。会议应到党组成员${d.members.length}人，实到${attended.length}人${late.length ? `（其中迟到${late.length}人）` : ''}，请假${leave.length}人，缺席${absent.length}人。现将参会情况通报如下：</p>
<h2>　　一、出席人员</h2>
<p>${attended.length ? attended.map((a) => `${a.name}${a.status === 'late' ? '（迟到）' : ''}`).join('、') : '无'}。</p>
<h2>　　二、请假人员</h2>
${leave.length ? leave.map((a) => html`<p>${a.name}：${leaveNote(a)}${a.leaveApproved ? `，已经${a.leaveApprover || '党组书记'}批准` : '，未经批准（按无故缺席计）'}。</p>`) : html`<p>无。</p>`}
<h2>　　三、缺席人员</h2>
<p>${absent.length ? `${absent.map((a) => a.name).join('、')}（无故缺席）` : '无'}。</p>
${unmarked.length ? html`<p>尚未登记参会情况：${unmarked.map((a) => a.name).join('、')}。</p>` : ''}
${guests.length ? html`<h2>　　四、列席人员</h2><p>${guests.map((g) => `${g.name}${g.unit || g.titleSnapshot ? `（${g.unit}${g.titleSnapshot}）` : ''}`).join('、')}。</p>` : ''}
<p>请各位党组成员严格遵守会议纪律，不得无故缺席党组会议；因特殊情况无法参会的，必须事先向党组书记请假。</p>
<div class="sign">${d.unitName}<br>${formatChineseDate(bulletinDate(d))}</div>
`,
  };
}
