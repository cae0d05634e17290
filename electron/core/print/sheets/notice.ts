import { formatChineseDate } from '../../../../shared/dates/periods';
import { html, lines, type Safe } from '../html';
import { meetingName, meetingTime, names, noticeDate, type SheetData } from '../data';

/** 会议通知, addressed to the members, with agenda, who attends, and the leave rule. */
export function noticeSheet(d: SheetData): { title: string; body: Safe } {
  const m = d.meeting;
  const agenda = m.topics.length ? m.topics.map((t, i) => html`<p>${i + 1}．${t.title}${t.presenter ? `（汇报人：${t.presenter}）` : ''}</p>`) : m.agenda ? html`<p>${lines(m.agenda)}</p>` : html`<p>另行通知。</p>`;
  return {
    title: `关于召开${m.displayName}的通知`,
    body: html`
<h1>关于召开${meetingName(m)}的通知</h1>
<p class="flush">各位党组成员：</p>
<p>经研究，定于${meetingTime(m)}${m.place ? `在${m.place}` : ''}召开${meetingName(m)}${m.hostName ? `，由${m.hostName}同志主持` : ''}。现将有关事项通知如下：</p>
<h2>　　一、会议议程</h2>
${agenda}
<h2>　　二、参会人员</h2>
<p>党组成员：${names(d.members)}。</p>
${d.guests.length ? html`<p>列席人员：${d.guests.map((g) => `${g.name}${g.unit || g.titleSnapshot ? `（${g.unit}${g.titleSnapshot}）` : ''}`).join('、')}。</p>` : ''}
<h2>　　三、有关要求</h2>
<p>请参会人员提前10分钟到达会场签到。因特殊情况不能参会的，须提前向党组书记请假，并说明事由。</p>
<div class="sign">${d.unitName}<br>${formatChineseDate(noticeDate(d))}</div>
`,
  };
}
