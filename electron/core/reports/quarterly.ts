import { amountCell } from '../../../shared/compliance/time-duties';
import { COMPLIANCE_STATUS_LABELS } from '../../../shared/compliance/types';
import { formatChineseDate, isoDate, daysInMonth, minDate } from '../../../shared/dates/periods';
import { RATING_LABELS, periodLabel } from '../../../shared/domain/keywork';
import { MEETING_STATUS_LABELS } from '../../../shared/domain/meetings';
import type { CoreContext } from '../context';
import { keyworkRepo } from '../keywork/repository';
import { listMeetings } from '../meetings/service';
import { asOfDate } from './as-of';
import type { Cell, ReportDoc } from './doc';
import { loadYear } from './year-data';
import { itemLabel } from '../../../shared/plan/item-label';

const QN = ['一', '二', '三', '四'];

/** 季度工作进展: duty periods touching the quarter, meetings held in it, key work at its end. */
export function quarterlyDoc(ctx: CoreContext, year: number, quarter: number): ReportDoc {
  const start = isoDate(year, quarter * 3 - 2, 1);
  const end = isoDate(year, quarter * 3, daysInMonth(year, quarter * 3));
  const asOf = minDate(asOfDate(ctx, year), end);
  const y = loadYear(ctx, year, { requirePlan: true, asOf });

  const dutyRows: Cell[][] = [];
  let owed = 0;
  let met = 0;
  let late = 0;
  for (const d of y.view.result.duties) {
    for (const p of d.periods.filter((p) => p.start <= end && p.end >= start)) {
      owed++;
      if (p.status === 'done') met++;
      if (p.status === 'overdue') late++;
      dutyRows.push([d.itemNo ? itemLabel(d.itemNo) : '其他', d.title, p.label, amountCell(p.required, p.measure), amountCell(Math.min(p.done, p.required), p.measure), COMPLIANCE_STATUS_LABELS[p.status], p.due]);
    }
  }

  const meetings = listMeetings(ctx, { year, deleted: false }).filter((m) => m.date >= start && m.date <= end && m.status !== 'planned');
  const meetingRows: Cell[][] = meetings.map((m) => [m.date.slice(0, 10), m.displayName + (m.title ? `（${m.title}）` : ''), MEETING_STATUS_LABELS[m.status], m.counts.expected, m.counts.present, m.counts.leave, m.counts.absent]);

  const projects = keyworkRepo.list(ctx.db, year, false, asOf);
  const lastMonth = `${year}-${String(quarter * 3).padStart(2, '0')}`;
  const projectRows: Cell[][] = projects.map((p) => {
    const detail = keyworkRepo.detail(ctx.db, p.id, asOf)!;
    const atEnd = [...detail.progress].reverse().find((g) => g.month <= lastMonth);
    const ratings = Object.entries(p.ratings)
      .filter(([k]) => k === `${year}-Q${quarter}` || (k >= start.slice(0, 7) && k <= lastMonth))
      .map(([k, r]) => `${periodLabel(k).replace(`${year}年`, '')}${RATING_LABELS[r]}`)
      .join('、');
    return [p.name, p.leaderName, p.unit, atEnd ? atEnd.percent : null, atEnd?.note ?? '', ratings || '—', p.milestones.overdue];
  });

  return {
    title: `${y.unitName}${year}年第${QN[quarter - 1]}季度工作进展情况`,
    subtitle: `（${formatChineseDate(start)}至${formatChineseDate(end)}，统计截至${formatChineseDate(asOf)}）`,
    unitName: y.unitName,
    landscape: true,
    sections: [
      {
        title: '一、职责完成情况',
        paragraphs: [`本季度涉及考核周期${owed}个，已完成${met}个${late ? `，逾期未完成${late}个` : ''}；召开（或取消）会议${meetings.length}次；推进重点工作${projects.length}项。`],
        columns: [
          { header: '条目', width: 8 },
          { header: '职责', width: 34 },
          { header: '考核周期', width: 16 },
          { header: '应完成', width: 8, type: 'number' },
          { header: '已完成', width: 8, type: 'number' },
          { header: '状态', width: 10 },
          { header: '到期日', width: 15, type: 'date' },
        ],
        rows: dutyRows,
      },
      {
        title: '二、会议召开情况',
        columns: [
          { header: '日期', width: 15, type: 'date' },
          { header: '会议', width: 40 },
          { header: '状态', width: 8 },
          { header: '应到', width: 7, type: 'number' },
          { header: '实到', width: 7, type: 'number' },
          { header: '请假', width: 7, type: 'number' },
          { header: '缺席', width: 7, type: 'number' },
        ],
        rows: meetingRows,
      },
      {
        title: '三、重点工作推进情况',
        columns: [
          { header: '项目（任务）', width: 30 },
          { header: '责任领导', width: 10 },
          { header: '责任单位', width: 18 },
          { header: '进度（%）', width: 10, type: 'number' },
          { header: '进展情况', width: 34 },
          { header: '本季评价', width: 16 },
          { header: '逾期节点', width: 10, type: 'number' },
        ],
        rows: projectRows,
      },
    ],
    notes: [],
    asOf,
  };
}
