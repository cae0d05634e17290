import { figureOf } from '../../../shared/compliance/time-duties';
import type { EvidenceItem } from '../../../shared/contract/compliance';
import { formatChineseDate, formatChineseMonthDay } from '../../../shared/dates/periods';
import { DUTY_KIND_LABELS, type DutyKind } from '../../../shared/domain/duties';
import type { CoreContext } from '../context';
import { keyworkRepo } from '../keywork/repository';
import type { DocSection, ReportDoc } from './doc';
import { dutiesByItem, dutyEvidence, itemHeading, loadYear, sectionTitle } from './year-data';

/** 党组会议12次（1月10日、2月14日……） — up to 8 dates, then 等. */
function kindPhrase(kind: DutyKind, list: EvidenceItem[]): string {
  const dates = list.map((e) => formatChineseMonthDay(e.date));
  return `${DUTY_KIND_LABELS[kind]}${list.length}次（${dates.slice(0, 8).join('、')}${dates.length > 8 ? '等' : ''}）`;
}

function byKind(list: EvidenceItem[]): string {
  const groups = new Map<DutyKind, EvidenceItem[]>();
  for (const e of list) groups.set(e.kind, [...(groups.get(e.kind) ?? []), e]);
  return [...groups].map(([k, l]) => kindPhrase(k, l)).join('；');
}

/**
 * 年度工作总结素材: per plan item, what was done with counts and dates, what is still short,
 * and (items 13, 15) the key work — a draft the office edits in Word, not a finished text.
 */
export function summaryDoc(ctx: CoreContext, year: number): ReportDoc {
  const y = loadYear(ctx, year, { requirePlan: true });
  const byItem = dutiesByItem(y);
  const projects = keyworkRepo.list(ctx.db, year, false, y.asOf);
  const used = new Set<string>();
  const sections: DocSection[] = y.plan!.sections.map((s) => ({
    title: sectionTitle(s),
    paragraphs: s.items.map((i) => {
      const duties = byItem.get(i.no) ?? [];
      const ev = [...new Map(duties.flatMap((d) => dutyEvidence(d, y)).map((e) => [e.ref, e])).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
      ev.forEach((e) => used.add(e.ref));
      const parts: string[] = [];
      if (ev.length) parts.push(`全年${byKind(ev)}`);
      const short = duties.filter((d) => d.done < d.required).map((d) => `${d.title}（${figureOf(d)}）`);
      if (short.length) parts.push(`尚未完成：${short.join('；')}`);
      const mine = projects.filter((p) => p.itemNo === i.no);
      if (mine.length) {
        const withPct = mine.filter((p) => p.percent !== null);
        const avg = withPct.length ? Math.round(withPct.reduce((n, p) => n + p.percent!, 0) / withPct.length) : null;
        const flags = mine.reduce((n, p) => n + Object.values(p.ratings).filter((r) => r === 'red-flag').length, 0);
        const snails = mine.reduce((n, p) => n + Object.values(p.ratings).filter((r) => r === 'snail').length, 0);
        parts.push(`推进重点工作${mine.length}项（${mine.slice(0, 6).map((p) => p.name).join('、')}${mine.length > 6 ? '等' : ''}）${avg !== null ? `，平均进度${avg}%` : ''}，获评“红旗”${flags}次、“蜗牛”${snails}次`);
      }
      return `${itemHeading(i)}：${parts.length ? parts.join('；') : '暂无台账记录，请补充'}。`;
    }),
  }));
  const rest = [...y.evidence.values()].filter((e) => !used.has(e.ref));
  if (rest.length) sections.push({ title: '其他工作', paragraphs: [`未计入具体要点条目的会议和台账：${byKind(rest)}。`] });
  return {
    title: `${y.unitName}${year}年度工作总结（素材）`,
    subtitle: `（根据落实台账自动汇总，统计截至${formatChineseDate(y.asOf)}，请核实、补充后使用）`,
    unitName: y.unitName,
    landscape: false,
    sections,
    notes: [],
    asOf: y.asOf,
  };
}
