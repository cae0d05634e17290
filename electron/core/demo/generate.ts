import { AppError } from '../../../shared/result';
import type { CoreContext } from '../context';
import { updateUnit } from '../unit/service';
import { demoMembers } from './members';
import { demoMeetings } from './meetings';
import { demoPlan } from './plan';
import { demoRecords } from './ledger';
import { demoKeyProjects } from './keywork';
import { seededRandom, type Rng } from './random';

export interface DemoOptions {
  seed: number;
  /** The demo year (the sample plan is 2022's). */
  year: number;
  members?: number;
}

export interface DemoSummary {
  seed: number;
  year: number;
  unitName: string;
  counts: Record<string, number>;
}

/**
 * Each feature adds a step that fills its own tables for the demo year; steps run in order,
 * each with its own random stream so adding a step never changes what earlier steps make.
 */
export type DemoStep = { name: string; run: (ctx: CoreContext, rng: Rng, opts: DemoOptions) => void };

export const DEMO_STEPS: DemoStep[] = [
  { name: 'unit', run: (ctx) => updateUnit(ctx, { name: '示例县人民政府党组', shortName: '县政府党组' }, { demo: true }) },
  { name: 'members', run: demoMembers },
  { name: 'plan', run: demoPlan },
  // Last, so the earlier steps keep their random streams (a step's seed is its position).
  { name: 'meetings', run: demoMeetings },
  { name: 'records', run: demoRecords },
  { name: 'key-projects', run: demoKeyProjects },
];

const COUNTED_TABLES = ['members', 'plans', 'duties', 'meetings', 'meeting_attendees', 'meeting_topics', 'records', 'attachments'];

/** Demo data goes into an empty database only, so it can never mix with real records. */
export function assertEmptyForDemo(ctx: CoreContext): void {
  const existing = ctx.db.prepare('SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM plans) AS n').get() as { n: number };
  if (existing.n > 0) {
    throw new AppError('CONFLICT', '当前数据文件中已有成员或工作要点。演示数据只能载入到空的数据文件中，以免与正式数据混在一起。');
  }
}

export const countDemoTables = (ctx: CoreContext): Record<string, number> =>
  Object.fromEntries(COUNTED_TABLES.map((t) => [t, (ctx.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

export function generateDemo(ctx: CoreContext, opts: DemoOptions): DemoSummary {
  assertEmptyForDemo(ctx);
  ctx.db.transaction(() => {
    DEMO_STEPS.forEach((step, i) => step.run(ctx, seededRandom(opts.seed * 1000 + i), opts));
  })();
  return { seed: opts.seed, year: opts.year, unitName: '示例县人民政府党组', counts: countDemoTables(ctx) };
}
