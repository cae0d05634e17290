import { z } from 'zod';
import { channel, id, isoDate, requiredText, text, upsertOf, year } from './define';
import { LIMITS } from '../limits';
import { PERIOD_RE, PROJECT_KINDS, RATINGS, type KeyProjectDetail, type KeyProjectSummary, type RankingRow } from '../domain/keywork';

const projectFields = z
  .object({
    year: year(),
    itemNo: text('所属要点条目', 10).default('13'),
    kind: z.enum(PROJECT_KINDS, { error: '类别只能是 重点项目 或 重点任务' }).default('project'),
    name: requiredText('项目（任务）名称', LIMITS.title),
    leaderMemberId: id('责任领导').nullable().default(null),
    unit: text('责任单位', LIMITS.title).default(''),
    target: text('年度目标', LIMITS.longText).default(''),
    note: text('备注', LIMITS.longText).default(''),
  })
  .strict();

const period = z.string({ error: '评价周期必须是文字' }).regex(PERIOD_RE, { error: '评价周期的格式应为 2022-03（月）或 2022-Q1（季度）' });

const milestoneFields = z
  .object({
    projectId: id('项目编号'),
    title: requiredText('节点名称', LIMITS.title),
    dueDate: isoDate('计划完成日期'),
    done: z.boolean().default(false),
    doneDate: isoDate('实际完成日期').nullable().default(null),
  })
  .strict();

export type KeyProjectInput = z.input<typeof projectFields>;

export const keyworkChannels = {
  'keywork.list': channel<KeyProjectSummary[]>()(z.object({ year: year(), deleted: z.boolean().default(false) }).strict()),
  'keywork.get': channel<KeyProjectDetail>()(z.object({ id: id('项目编号') }).strict()),
  /** New (no id) or a patch of a saved project. */
  'keywork.save': channel<KeyProjectDetail>()(upsertOf(projectFields, id('项目编号'))),
  'keywork.delete': channel<{ id: number }>()(z.object({ id: id('项目编号') }).strict()),
  'keywork.restore': channel<KeyProjectDetail>()(z.object({ id: id('项目编号') }).strict()),
  'keywork.saveMilestone': channel<KeyProjectDetail>()(upsertOf(milestoneFields, id('节点编号'))),
  'keywork.deleteMilestone': channel<KeyProjectDetail>()(z.object({ id: id('节点编号') }).strict()),
  'keywork.saveProgress': channel<KeyProjectDetail>()(
    z
      .object({
        projectId: id('项目编号'),
        month: z.string({ error: '月份必须是文字' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份的格式应为 2022-03' }),
        percent: z.number({ error: '进度必须是数字' }).int({ error: '进度必须是整数' }).min(0, { error: '进度不能小于0%' }).max(100, { error: '进度不能超过100%' }),
        note: text('进展情况', LIMITS.longText).default(''),
      })
      .strict(),
  ),
  /** Appends a rating for the period ('none' withdraws it); earlier ratings stay as history. */
  'keywork.rate': channel<KeyProjectDetail>()(
    z
      .object({
        projectId: id('项目编号'),
        period,
        rating: z.enum(RATINGS, { error: '评价只能是 红旗、蜗牛 或 未评' }),
        reason: text('评价理由', LIMITS.title).default(''),
      })
      .strict(),
  ),
  /** period null = the whole year (红旗 minus 蜗牛 over all periods). */
  'keywork.ranking': channel<RankingRow[]>()(z.object({ year: year(), period: period.nullable().default(null) }).strict()),
};
