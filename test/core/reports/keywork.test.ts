import { describe, expect, it } from 'vitest';
import type { KeyProjectDetail, RankingRow } from '../../../shared/domain/keywork';
import { call } from '../../helpers/tmp';
import { failure } from '../meetings/fixtures';
import { seededYear } from './fixtures';

describe('key work (重点工作)', () => {
  it('keeps every rating as history, ranks by period and by year, flags overdue milestones', async () => {
    const { core, members } = await seededYear(() => new Date('2022-06-15T08:00:00Z'));
    const mk = (name: string, leader: number) => call<KeyProjectDetail>(core, 'keywork.save', { year: 2022, itemNo: '13', name, leaderMemberId: leader, unit: '县发改局' });
    const a = await mk('县中医院建设', members[1]!.id);
    const b = await mk('工业园区标准化厂房', members[2]!.id);
    const c = await mk('城区污水管网改造', members[3]!.id);

    let d = await call<KeyProjectDetail>(core, 'keywork.saveMilestone', { projectId: a.id, title: '主体封顶', dueDate: '2022-05-31' });
    d = await call<KeyProjectDetail>(core, 'keywork.saveMilestone', { projectId: a.id, title: '竣工验收', dueDate: '2022-11-30' });
    expect(d.milestoneList.map((m) => [m.title, m.overdue])).toEqual([['主体封顶', true], ['竣工验收', false]]);
    expect(d.milestones).toEqual({ total: 2, done: 0, overdue: 1 });
    d = await call<KeyProjectDetail>(core, 'keywork.saveMilestone', { projectId: a.id, id: d.milestoneList[0]!.id, title: '主体封顶', dueDate: '2022-05-31', done: true });
    expect(d.milestones.overdue).toBe(0);
    expect(d.milestoneList[0]!.doneDate).toBe('2022-06-15');

    await call(core, 'keywork.saveProgress', { projectId: a.id, month: '2022-04', percent: 30, note: '基础施工' });
    d = await call<KeyProjectDetail>(core, 'keywork.saveProgress', { projectId: a.id, month: '2022-05', percent: 45, note: '主体施工' });
    d = await call<KeyProjectDetail>(core, 'keywork.saveProgress', { projectId: a.id, month: '2022-05', percent: 50, note: '主体封顶' }); // same month: replaced
    expect(d.progress.map((p) => [p.month, p.percent])).toEqual([['2022-04', 30], ['2022-05', 50]]);
    expect([d.percent, d.percentMonth]).toEqual([50, '2022-05']);
    await call(core, 'keywork.saveProgress', { projectId: b.id, month: '2022-05', percent: 70 });
    await call(core, 'keywork.saveProgress', { projectId: c.id, month: '2022-05', percent: 20 });

    await call(core, 'keywork.rate', { projectId: c.id, period: '2022-04', rating: 'red-flag', reason: '进度快' });
    await call(core, 'keywork.rate', { projectId: a.id, period: '2022-05', rating: 'red-flag' });
    await call(core, 'keywork.rate', { projectId: b.id, period: '2022-05', rating: 'snail', reason: '征地滞后' });
    d = await call<KeyProjectDetail>(core, 'keywork.rate', { projectId: b.id, period: '2022-05', rating: 'red-flag', reason: '复核后更正' });
    expect(d.ratingHistory.map((r) => [r.period, r.rating, r.current])).toEqual([['2022-05', 'red-flag', true], ['2022-05', 'snail', false]]);
    expect(d.ratings).toEqual({ '2022-05': 'red-flag' });
    await call(core, 'keywork.rate', { projectId: c.id, period: '2022-05', rating: 'snail' });

    const may = await call<RankingRow[]>(core, 'keywork.ranking', { year: 2022, period: '2022-05' });
    // Both 红旗 in May: higher progress first; the 蜗牛 last.
    expect(may.map((r) => [r.rank, r.name, r.rating])).toEqual([[1, '工业园区标准化厂房', 'red-flag'], [2, '县中医院建设', 'red-flag'], [3, '城区污水管网改造', 'snail']]);
    const year = await call<RankingRow[]>(core, 'keywork.ranking', { year: 2022, period: null });
    expect(year.map((r) => [r.rank, r.name, r.redFlags, r.snails])).toEqual([[1, '工业园区标准化厂房', 1, 0], [2, '县中医院建设', 1, 0], [3, '城区污水管网改造', 1, 1]]);

    // withdrawing a rating ('none') keeps the history and drops it from the ranking
    d = await call<KeyProjectDetail>(core, 'keywork.rate', { projectId: b.id, period: '2022-05', rating: 'none', reason: '撤销' });
    expect(d.ratingHistory).toHaveLength(3);
    expect(d.ratings).toEqual({});

    expect((await failure(core, 'keywork.rate', { projectId: a.id, period: '2022-13', rating: 'red-flag' })).message).toContain('2022-03');
    expect((await failure(core, 'keywork.rate', { projectId: a.id, period: '2023-01', rating: 'red-flag' })).message).toContain('应在2022年内');
    expect((await failure(core, 'keywork.saveProgress', { projectId: a.id, month: '2022-06', percent: 120 })).message).toContain('不能超过100%');

    await call(core, 'keywork.delete', { id: c.id });
    expect((await call<RankingRow[]>(core, 'keywork.ranking', { year: 2022, period: null })).map((r) => r.name)).not.toContain('城区污水管网改造');
    expect((await failure(core, 'keywork.saveProgress', { projectId: c.id, month: '2022-06', percent: 30 })).message).toContain('已删除');
    await call(core, 'keywork.restore', { id: c.id });
    expect(await call<unknown[]>(core, 'keywork.list', { year: 2022 })).toHaveLength(3);
    const audit = core.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'keywork.rate' ORDER BY id").all() as { summary: string }[];
    expect(audit.map((r) => r.summary)).toContain('“工业园区标准化厂房”2022年5月评为蜗牛：征地滞后');
  });
});
