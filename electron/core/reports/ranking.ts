import { formatChineseDate } from '../../../shared/dates/periods';
import { periodLabel, rankProjects, RATING_LABELS } from '../../../shared/domain/keywork';
import type { CoreContext } from '../context';
import { keyworkRepo } from '../keywork/repository';
import { unitFullName } from '../unit/service';
import { asOfDate } from './as-of';
import type { Cell, ReportDoc } from './doc';
import { itemLabel } from '../../../shared/plan/item-label';

/** 重点工作“红旗”“蜗牛”评比排名, with every rating given (the history) below it. */
export function rankingDoc(ctx: CoreContext, year: number): ReportDoc {
  const asOf = asOfDate(ctx, year);
  const projects = keyworkRepo.list(ctx.db, year, false, asOf);
  const ranked = rankProjects(projects, null);
  const history: Cell[][] = projects.flatMap((p) =>
    [...keyworkRepo.detail(ctx.db, p.id, asOf)!.ratingHistory]
      .reverse()
      .map((r) => [p.name, periodLabel(r.period), RATING_LABELS[r.rating] + (r.current ? '' : '（已更正）'), r.reason, r.ratedAt.slice(0, 10)]),
  );
  const unitName = unitFullName(ctx);
  return {
    title: `${unitName}${year}年度重点工作“红旗”“蜗牛”评比排名`,
    subtitle: `（统计截至${formatChineseDate(asOf)}）`,
    unitName,
    landscape: true,
    sections: [
      {
        title: '一、全年排名',
        columns: [
          { header: '名次', width: 6, type: 'number' },
          { header: '项目（任务）', width: 30 },
          { header: '条目', width: 7 },
          { header: '责任领导', width: 10 },
          { header: '责任单位', width: 20 },
          { header: '红旗', width: 6, type: 'number' },
          { header: '蜗牛', width: 6, type: 'number' },
          { header: '进度（%）', width: 10, type: 'number' },
          { header: '逾期节点', width: 10, type: 'number' },
        ],
        rows: ranked.map((r) => [r.rank, r.name, r.itemNo ? itemLabel(r.itemNo) : '', r.leaderName, r.unit, r.redFlags, r.snails, r.percent, r.overdueMilestones]),
      },
      {
        title: '二、评价记录',
        columns: [
          { header: '项目（任务）', width: 30 },
          { header: '评价周期', width: 16 },
          { header: '评价', width: 12 },
          { header: '理由', width: 40 },
          { header: '评价日期', width: 15, type: 'date' },
        ],
        rows: history,
      },
    ],
    notes: ['排名规则：全年获评“红旗”次数减“蜗牛”次数高者在前；相同时进度高者在前，再相同时逾期节点少者在前；完全相同的并列。'],
    asOf,
  };
}
