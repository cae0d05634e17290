import { periodsOfRatingYear } from '../../../shared/domain/keywork';
import { localToday, type CoreContext } from '../context';
import { rateProject, saveMilestone, saveProgress, saveProject } from '../keywork/service';
import { memberRepo } from '../members/repository';
import type { DemoOptions } from './generate';
import type { Rng } from './random';

const PROJECTS: [itemNo: string, name: string, unit: string][] = [
  ['13', '县中医院迁建项目', '县卫健局'],
  ['13', '工业园区标准化厂房二期', '县工信局'],
  ['13', '城区污水管网改造', '县住建局'],
  ['13', '农村人居环境整治提升', '县农业农村局'],
  ['13', '文旅融合示范街区', '县文旅局'],
  ['13', '国家义务教育优质均衡县创建', '县教育局'],
  ['15', '“晒实绩、比作风、争先锋”活动', '县政府办公室'],
  ['15', '“市民问政”办理督办', '县政府督查室'],
];
const STAGES = ['前期手续办结', '开工建设', '主体完工', '竣工验收'];

/** Key projects with milestones, monthly progress and 红旗/蜗牛 ratings (one correction kept as history). */
export function demoKeyProjects(ctx: CoreContext, rng: Rng, opts: DemoOptions): void {
  const leaders = memberRepo.all(ctx.db).filter((m) => m.partyRole !== 'secretary');
  if (leaders.length === 0) return;
  const { months } = periodsOfRatingYear(opts.year);
  const today = localToday(ctx);
  const ids = PROJECTS.map(([itemNo, name, unit], i) => {
    const p = saveProject(ctx, { year: opts.year, itemNo, kind: itemNo === '13' ? 'project' : 'task', name, leaderMemberId: leaders[i % leaders.length]!.id, unit, target: `${opts.year}年底前完成年度目标任务`, note: '' });
    STAGES.forEach((title, s) => {
      const due = `${opts.year}-${String(3 * s + 3).padStart(2, '0')}-${s === 3 ? '30' : '28'}`;
      // Most milestones are met on time; a slow project leaves its later ones open (overdue once past).
      const done = due < today && rng.chance(i % 3 === 2 && s >= 2 ? 0.2 : 0.9);
      saveMilestone(ctx, { projectId: p.id, title, dueDate: due, done, doneDate: done ? due : null });
    });
    let pct = rng.int(0, 10);
    for (const month of months) {
      if (`${month}-28` > today) break;
      pct = Math.min(100, pct + rng.int(3, i % 3 === 2 ? 6 : 12));
      saveProgress(ctx, { projectId: p.id, month, percent: pct, note: `${month.slice(5).replace(/^0/, '')}月完成年度计划的${pct}%` });
    }
    return p.id;
  });
  for (const month of months) {
    if (`${month}-28` > today) break;
    const order = [...ids].sort(() => rng.next() - 0.5);
    rateProject(ctx, { projectId: order[0]!, period: month, rating: 'red-flag', reason: '进度快、质量好' });
    rateProject(ctx, { projectId: order[order.length - 1]!, period: month, rating: 'snail', reason: '进度滞后' });
  }
  // One correction, so the rating history shows an earlier, replaced rating.
  if (`${months[0]}-28` <= today) {
    rateProject(ctx, { projectId: ids[0]!, period: months[0]!, rating: 'snail', reason: '初评：进度滞后' });
    rateProject(ctx, { projectId: ids[0]!, period: months[0]!, rating: 'red-flag', reason: '复核后更正' });
  }
}
