import type { MemberFile } from '../../../shared/contract/reports';
import { COMPLIANCE_STATUS_LABELS } from '../../../shared/compliance/types';
import { formatChineseDate } from '../../../shared/dates/periods';
import { DUTY_KIND_LABELS } from '../../../shared/domain/duties';
import { ATTENDANCE_LABELS } from '../../../shared/domain/meetings';
import { PARTY_ROLE_LABELS } from '../../../shared/domain/members';
import { figureOf } from '../../../shared/compliance/time-duties';
import type { CoreContext } from '../context';
import type { Cell, Column, DocSection, ReportDoc } from './doc';
import { memberFile, membersOfYear } from './member-file';
import { loadYear } from './year-data';

const COLUMNS: Column[] = [
  { header: '类别', width: 12 },
  { header: '事项', width: 34 },
  { header: '完成情况', width: 16 },
  { header: '日期', width: 15, type: 'date' },
  { header: '佐证材料 / 说明', width: 34 },
];

/** One line a reader takes in at a glance: 党课 1/2，调研报告 1/1，… 出席10次，请假1次… */
export function memberFileSummary(f: MemberFile): string {
  const m = f.member;
  const who = [m.title, PARTY_ROLE_LABELS[m.partyRole] === '成员' ? '党组成员' : `党组${PARTY_ROLE_LABELS[m.partyRole]}`].filter(Boolean).join('、');
  const duties = f.duties.map((d) => `${DUTY_KIND_LABELS[d.kind]}${figureOf(d)}`).join('，');
  const a = f.attendance;
  return (
    `${m.name}（${who}${m.portfolio ? `，分管${m.portfolio}` : ''}${m.branch ? `，所在支部：${m.branch}` : ''}）。` +
    `${f.year}年个人职责：${duties || '无'}；` +
    `应参加会议${a.expected}次，出席${a.present + a.late}次${a.late ? `（其中迟到${a.late}次）` : ''}，请假${a.leave}次，缺席${a.absent}次；` +
    `谈心谈话、提醒谈话${f.talks.length}次；牵头重点工作${f.keyProjects.length}项。`
  );
}

export function memberFileRows(f: MemberFile): Cell[][] {
  const rows: Cell[][] = [];
  for (const d of f.duties) {
    rows.push(['个人职责', `${DUTY_KIND_LABELS[d.kind]}：${d.title}`, `${figureOf(d)} ${COMPLIANCE_STATUS_LABELS[d.status]}`, null, d.evidence.length ? null : '（暂无）']);
    for (const e of d.evidence) rows.push([null, null, null, e.date, e.title]);
  }
  const a = f.attendance;
  rows.push(['参加会议', `应参加${a.expected}次`, `出席${a.present + a.late} 请假${a.leave} 缺席${a.absent}`, null, a.unexcused ? `无故缺席${a.unexcused}次（含未经批准的请假）` : null]);
  for (const m of a.meetings) {
    const note = m.status === 'leave' ? `${m.leaveReason || '请假'}${m.leaveApproved ? '（已批准）' : '（未经批准）'}` : null;
    rows.push([null, m.name, ATTENDANCE_LABELS[m.status], m.date, note]);
  }
  rows.push(['谈心谈话', `${f.talks.length}次`, null, null, f.talks.length ? null : '（暂无）']);
  for (const t of f.talks) rows.push([null, null, null, t.date, t.title]);
  for (const r of f.otherRecords) rows.push(['其他台账', DUTY_KIND_LABELS[r.kind], null, r.date, r.title]);
  for (const p of f.keyProjects) {
    rows.push(['牵头重点工作', p.name, p.percent === null ? '未报进度' : `进度${p.percent}%`, null, `红旗${p.redFlags}次，蜗牛${p.snails}次${p.overdueMilestones ? `，逾期节点${p.overdueMilestones}个` : ''}`]);
  }
  return rows;
}

/** 成员档案: one member, or (memberId omitted) every member who owed something that year. */
export function memberFilesDoc(ctx: CoreContext, year: number, memberId?: number): ReportDoc {
  const y = loadYear(ctx, year);
  const ids = memberId !== undefined ? [memberId] : membersOfYear(ctx, year, y.view);
  const files = ids.map((id) => memberFile(ctx, id, year, y.view));
  const sections: DocSection[] = files.map((f) => ({ title: f.member.name, paragraphs: [memberFileSummary(f)], columns: COLUMNS, rows: memberFileRows(f) }));
  return {
    title: files.length === 1 ? `${y.unitName}${year}年度成员履职档案（${files[0]!.member.name}）` : `${y.unitName}${year}年度成员履职档案`,
    subtitle: `（一人一档，统计截至${formatChineseDate(y.asOf)}）`,
    unitName: y.unitName,
    landscape: false,
    sections,
    notes: ['供民主生活会、述职述责准备使用。个人职责按任职期间计；佐证材料为计入该职责的会议和台账。'],
    asOf: y.asOf,
  };
}
