import type { CoreContext } from '../context';
import { memberRepo } from '../members/repository';
import { previewPlanText } from '../plan/read';
import { savePlan, updatePlanItem } from '../plan/service';
import type { DemoOptions } from './generate';
import type { Rng } from './random';
import { SAMPLE_PLAN_TEXT } from './sample-plan';

export const UNITS = ['县政府办公室', '县纪委监委派驻纪检组', '县委组织部', '县委宣传部', '县发改局', '县财政局', '县农业农村局', '县教育局'];

/** The sample plan for the demo year, its extracted duties confirmed as proposed, and a lead per item. */
export function demoPlan(ctx: CoreContext, rng: Rng, opts: DemoOptions): void {
  const preview = previewPlanText(SAMPLE_PLAN_TEXT, '县政府党组2022年工作要点（示例）.txt', 'utf-8');
  const plan = { ...preview.plan, title: preview.plan.title || `县政府党组${opts.year}年工作要点` };
  const saved = savePlan(ctx, { year: opts.year, sourceName: preview.sourceName, plan, duties: preview.duties, replace: false });
  const members = memberRepo.all(ctx.db);
  if (members.length === 0) return;
  for (const item of saved.sections.flatMap((s) => s.items)) {
    updatePlanItem(ctx, { itemId: item.id, leadMemberId: rng.pick(members).id, responsibleUnits: `${rng.pick(UNITS)}、${rng.pick(UNITS.slice(1))}` });
  }
}
