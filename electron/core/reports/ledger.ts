import { COMPLIANCE_STATUS_LABELS, type DutyResult } from '../../../shared/compliance/types';
import { formatChineseDate } from '../../../shared/dates/periods';
import { FREQUENCY_LABELS } from '../../../shared/domain/duties';
import { amountCell, contributionText, figureOf, unstatedText } from '../../../shared/compliance/time-duties';
import type { CoreContext } from '../context';
import type { Cell, Column, DocSection, ReportDoc } from './doc';
import { dutiesByItem, dutyEvidence, evidenceTitle, itemHeading, loadYear, sectionTitle, type YearData } from './year-data';

export const LEDGER_COLUMNS: Column[] = [
  { header: '要点条目', width: 18 },
  { header: '职责', width: 26 },
  { header: '频次', width: 8 },
  { header: '应完成', width: 8, type: 'number' },
  { header: '已完成', width: 8, type: 'number' },
  { header: '状态', width: 10 },
  { header: '佐证日期', width: 15, type: 'date' },
  { header: '佐证材料', width: 34 },
  { header: '成员完成情况', width: 26 },
];

/** One row per piece of evidence; the duty's own columns only on its first row. */
function dutyRows(d: DutyResult, y: YearData): Cell[][] {
  const ev = dutyEvidence(d, y);
  const members = [...(d.members ?? []).map((m) => `${m.name} ${figureOf(m)}`), unstatedText(d.unstated, d.measure)].filter(Boolean).join('；');
  const head: Cell[] = [null, d.title, FREQUENCY_LABELS[d.frequency], amountCell(d.required, d.measure), amountCell(d.done, d.measure), COMPLIANCE_STATUS_LABELS[d.status]];
  const title = (e: (typeof ev)[number]) => (d.measure ? `${evidenceTitle(e, y)}（${contributionText(e, d.measure)}）` : evidenceTitle(e, y));
  if (ev.length === 0) return [[...head, null, '（暂无）', members]];
  return ev.map((e, i) => (i === 0 ? [...head, e.date, title(e), members] : [null, null, null, null, null, null, e.date, title(e), null]));
}

function itemRows(label: string, duties: DutyResult[], y: YearData): Cell[][] {
  const rows = duties.length ? duties.flatMap((d) => dutyRows(d, y)) : [[null, '（本条没有可量化的职责）', null, null, null, null, null, null, null] as Cell[]];
  rows[0]![0] = label;
  return rows;
}

/** 年度落实台账: plan section → item → duties → status → evidence; one sheet per section. */
export function ledgerDoc(ctx: CoreContext, year: number): ReportDoc {
  const y = loadYear(ctx, year, { requirePlan: true });
  const byItem = dutiesByItem(y);
  const sections: DocSection[] = y.plan!.sections.map((s) => ({
    title: sectionTitle(s),
    columns: LEDGER_COLUMNS,
    rows: s.items.flatMap((i) => itemRows(itemHeading(i), byItem.get(i.no) ?? [], y)),
  }));
  const loose = byItem.get('') ?? [];
  if (loose.length) sections.push({ title: '其他职责', columns: LEDGER_COLUMNS, rows: itemRows('其他', loose, y) });
  const s = y.view.result.summary;
  return {
    title: `${y.unitName}${year}年度工作要点落实台账`,
    subtitle: `（统计截至${formatChineseDate(y.asOf)}，全年完成${s.done}/${s.required}）`,
    unitName: y.unitName,
    landscape: true,
    sections,
    notes: ['说明：“应完成/已完成”为全年各考核周期合计；按成员考核的职责，按每位成员应完成次数合计，个人超额不抵他人欠缺。按时长考核的职责（天、学时）为所计佐证填写的时长之和，未填时长的不计入，天与学时不互相折算；标题中的全年完成数里，这类职责每个周期算一项，累计达到的算完成。佐证材料为计入该职责的会议和台账。'],
    asOf: y.asOf,
  };
}
