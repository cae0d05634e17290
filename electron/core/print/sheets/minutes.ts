import { OPINION_LABELS, TOPIC_CATEGORY_LABELS, isSanZhongYiDa, type Topic } from '../../../../shared/domain/meetings';
import { html, lines, type Safe } from '../html';
import { leaveNote, meetingName, meetingTime, names, present, type SheetData } from '../data';

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cnIndex = (i: number) => (i < 10 ? CN_NUM[i]! : String(i + 1));

export function opinionsText(t: Topic, d: SheetData): string {
  const byId = new Map(d.members.map((a) => [a.memberId, a.name]));
  return t.opinions.map((o) => `${byId.get(o.memberId) ?? '（已移除）'}：${OPINION_LABELS[o.opinion]}`).join('；');
}

/** 党组会议记录: the header block as offices keep it, then each 议题 with its record and decision. */
export function minutesSheet(d: SheetData): { title: string; body: Safe } {
  const m = d.meeting;
  const leave = d.members.filter((a) => a.status === 'leave');
  const absent = d.members.filter((a) => a.status === 'absent');
  const row = (k: string, v: string | Safe) => html`<tr><td class="k">${k}</td><td colspan="3">${v}</td></tr>`;
  return {
    title: `${m.displayName}记录`,
    body: html`
<h1>${m.typeName}记录</h1>
<div class="subtitle">${d.unitName}　${m.displayName}</div>
<table class="grid record">
  ${row('会议名称', meetingName(m))}
  ${row('时　　间', meetingTime(m))}
  <tr><td class="k">地　　点</td><td>${m.place}</td><td class="k">主 持 人</td><td>${m.hostName}</td></tr>
  <tr><td class="k">记 录 人</td><td colspan="3">${m.recorder}</td></tr>
  ${row('出席人员', names(present(d.members)))}
  ${row('请假人员', leave.length ? leave.map((a) => `${a.name}（${leaveNote(a)}）`).join('、') : '无')}
  ${row('缺席人员', names(absent))}
  ${row('列席人员', names(present(d.guests)))}
  ${row('会议议题', m.topics.length ? html`${m.topics.map((t, i) => html`${i + 1}．${t.title}<br>`)}` : lines(m.agenda || '无'))}
</table>
<h2>会议内容</h2>
${m.topics.map(
  (t, i) => html`
<h2>　　${cnIndex(i)}、${t.title}</h2>
${t.presenter ? html`<p>汇报人：${t.presenter}。</p>` : ''}
${isSanZhongYiDa(t.category) ? html`<p>议题类别：${TOPIC_CATEGORY_LABELS[t.category]}（“三重一大”事项）${t.priorStudy ? '，会前已个别酝酿' : ''}。</p>` : ''}
${t.minutes ? html`<p class="pre">${t.minutes}</p>` : ''}
${t.opinions.length ? html`<p>表态情况：${opinionsText(t, d)}。</p>` : ''}
${t.decision ? html`<p>会议决定：${lines(t.decision)}</p>` : ''}
`,
)}
${m.minutes ? html`<h2>　　其他记录</h2><p class="pre">${m.minutes}</p>` : ''}
<div class="sign">主持人（签字）：　　　　　　　记录人（签字）：　　　　　　</div>
`,
  };
}
