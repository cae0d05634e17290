import { FOLLOWUP_STATUS_LABELS, TOPIC_CATEGORY_LABELS, isSanZhongYiDa } from '../../../../shared/domain/meetings';
import { quorum } from '../../../../shared/meetings/quorum';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { html, lines, type Safe } from '../html';
import { meetingName, meetingTime, present, type SheetData } from '../data';
import { opinionsText } from './minutes';

/** 议定事项清单: each decision with its category, quorum check, opinions and 督办. */
export function decisionsSheet(d: SheetData): { title: string; body: Safe } {
  const m = d.meeting;
  const here = present(d.members).length;
  return {
    title: `${m.displayName}议定事项清单`,
    body: html`
<h1>${d.unitName}议定事项清单</h1>
<div class="subtitle">${meetingName(m)}（${meetingTime(m)}）</div>
<table class="grid">
  <colgroup><col style="width:7%"><col style="width:22%"><col style="width:14%"><col style="width:33%"><col style="width:24%"></colgroup>
  <thead><tr><th>序号</th><th>议题</th><th>类别</th><th>议定事项</th><th>督办（责任人／时限／状态）</th></tr></thead>
  <tbody>
${m.topics.map((t, i) => {
  const q = quorum(here, d.members.length, t.category);
  return html`    <tr><td class="c">${i + 1}</td><td>${t.title}${t.presenter ? html`<br>（${t.presenter}汇报）` : ''}</td>
      <td class="c">${TOPIC_CATEGORY_LABELS[t.category]}</td>
      <td>${lines(t.decision || '—')}${isSanZhongYiDa(t.category) ? html`<br><small>到会${q.present}/${q.total}人，${q.ok ? '符合' : '不符合'}“${q.rule}”。${t.opinions.length ? `表态：${opinionsText(t, d)}` : ''}</small>` : ''}</td>
      <td>${t.followups.length ? t.followups.map((f) => html`${f.task}（${f.responsible || '未定'}／${f.dueDate ? formatChineseDate(f.dueDate) : '无时限'}／${FOLLOWUP_STATUS_LABELS[f.status]}）<br>`) : '—'}</td></tr>
`;
})}${m.topics.length ? '' : html`    <tr><td colspan="5" class="c">本次会议没有登记议题。</td></tr>`}
  </tbody>
</table>
`,
  };
}
