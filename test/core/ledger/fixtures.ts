import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanPreview } from '../../../shared/contract/plan';
import type { PlanView } from '../../../shared/domain/plan';
import type { RecordDetail } from '../../../shared/ledger/types';
import { call, type tmpCore } from '../../helpers/tmp';

export type Core = ReturnType<typeof tmpCore>;
export const SAMPLE = fileURLToPath(new URL('../../fixtures/party-group-plan-2022.txt', import.meta.url));

/** Two members (ids 1, 2) and the sample plan for 2022 imported as the plan page does it. */
export async function withPlan(core: Core): Promise<PlanView> {
  await call(core, 'members.create', { name: '张建国', partyRole: 'secretary', termStart: '2020-01-01' });
  await call(core, 'members.create', { name: '李明', partyRole: 'member', termStart: '2020-01-01' });
  const p = await call<PlanPreview>(core, 'plan.parse', { fileName: 'a.txt', dataBase64: fs.readFileSync(SAMPLE).toString('base64') });
  return call<PlanView>(core, 'plan.save', { year: 2022, plan: p.plan, duties: p.duties });
}

export const lecture = (core: Core, memberIds: number[], over: Record<string, unknown> = {}) =>
  call<RecordDetail>(core, 'records.create', {
    kind: 'party-lecture',
    title: '学习贯彻党的二十大精神专题党课',
    date: '2022-03-05',
    memberIds,
    data: { place: '县政府三楼会议室', audience: '县政府办公室机关党支部', attendeeCount: 35 },
    ...over,
  });

export const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
