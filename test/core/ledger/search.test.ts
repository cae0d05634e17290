import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/ledger/types';
import { call, tmpCore } from '../../helpers/tmp';
import { lecture, withPlan } from './fixtures';

type Core = ReturnType<typeof tmpCore>;
const search = (core: Core, q: string) => call<SearchResult>(core, 'search.query', { q });
const titles = (r: SearchResult, type: string) => r.groups.find((g) => g.type === type)?.hits.map((h) => h.title) ?? [];
const marked = (r: SearchResult) => r.groups.flatMap((g) => g.hits.flatMap((h) => h.snippet.filter((s) => s.hit).map((s) => s.text)));

async function seeded() {
  const core = tmpCore();
  await withPlan(core);
  await lecture(core, [1], { title: '学习贯彻党的二十大精神专题党课', data: { audience: '县政府办公室机关党支部', content: '围绕乡村振兴讲述' } });
  await call(core, 'records.create', {
    kind: 'talk', title: '提醒谈话', date: '2022-04-01', memberIds: [2], data: { subtype: 'reminder', talkee: '王五', reason: '<script>alert(1)</script> 苗头性问题 100%_落实' },
  });
  const types = await call<{ id: number; name: string }[]>(core, 'meetings.types', {});
  const m = await call<{ id: number }>(core, 'meetings.create', {
    typeId: types[0]!.id, title: '研究安全生产工作', date: '2022-05-10', place: '县政府常务会议室', agenda: '一、传达学习安全生产会议精神', status: 'held',
  });
  const topic = await call<{ id: number }>(core, 'meetings.saveTopic', { meetingId: m.id, title: '关于乡村振兴项目资金安排的议题', decision: '原则同意' });
  await call(core, 'meetings.saveFollowup', { topicId: topic.id, task: '县财政局落实乡村振兴资金', responsible: '县财政局' });
  return { core, meetingId: m.id };
}

describe('search', () => {
  it('finds ≥3-character terms through the trigram index, grouped by type, each pointing at its record or meeting', async () => {
    const { core, meetingId } = await seeded();
    const r = await search(core, '乡村振兴');
    expect(r.mode).toBe('fts');
    expect(r.groups.map((g) => [g.type, g.label, g.total])).toEqual([['record', '台账', 1], ['topic', '议题', 1], ['followup', '督办事项', 1]]);
    expect(r.groups.find((g) => g.type === 'topic')!.hits[0]!.target).toEqual({ page: 'meetings', id: meetingId });
    expect(r.groups[0]!.hits[0]!.target.page).toBe('ledger');
    expect(marked(r).every((t) => t === '乡村振兴')).toBe(true);
    expect(titles(await search(core, '安全生产'), 'meeting')).toEqual(['研究安全生产工作']);
    expect(titles(await search(core, '常务会议室'), 'meeting')).toEqual(['研究安全生产工作']); // place
  });

  it('finds 1- and 2-character terms (the LIKE fallback) and combines terms with AND', async () => {
    const { core } = await seeded();
    const two = await search(core, '党课');
    expect(two.mode).toBe('like');
    expect(titles(two, 'record')).toEqual(['学习贯彻党的二十大精神专题党课']);
    expect(titles(await search(core, '谈话'), 'record')).toEqual(['提醒谈话']);
    expect(titles(await search(core, '王'), 'record')).toEqual(['提醒谈话']); // talkee, inside data
    expect(titles(await search(core, '资金'), 'topic')).toEqual(['关于乡村振兴项目资金安排的议题']);
    expect(titles(await search(core, '资金 财政局'), 'followup')).toEqual(['县财政局落实乡村振兴资金']);
    expect(titles(await search(core, '资金 财政局'), 'topic')).toEqual([]);
    expect((await search(core, '无此内容')).groups).toEqual([]);
  });

  it('treats markup, quotes and LIKE wildcards as plain text', async () => {
    const { core } = await seeded();
    const r = await search(core, '<script>');
    expect(titles(r, 'record')).toEqual(['提醒谈话']);
    expect(marked(r)).toEqual(['<script>']);
    expect(titles(await search(core, '%_'), 'record')).toEqual(['提醒谈话']);
    expect((await search(core, '%')).groups.flatMap((g) => g.hits).length).toBe(1);
    expect((await search(core, '_')).groups.flatMap((g) => g.hits).length).toBe(1);
    expect((await search(core, '"')).groups).toEqual([]);
    expect((await search(core, 'a"b"c OR d')).groups).toEqual([]);
  });

  it('follows edits, deletion and restore of records and meetings', async () => {
    const { core, meetingId } = await seeded();
    const r = await lecture(core, [2], { title: '新的专题' });
    expect(titles(await search(core, '专题'), 'record')).toHaveLength(2);
    await call(core, 'records.update', { id: r.id, kind: 'party-lecture', title: '改名了', date: '2022-03-05', memberIds: [2], data: { audience: '支部' } });
    expect(titles(await search(core, '专题'), 'record')).toHaveLength(1);
    expect(titles(await search(core, '改名'), 'record')).toEqual(['改名了']);
    await call(core, 'records.delete', { id: r.id });
    expect(titles(await search(core, '改名'), 'record')).toEqual([]);
    await call(core, 'records.restore', { id: r.id });
    expect(titles(await search(core, '改名'), 'record')).toEqual(['改名了']);
    await call(core, 'meetings.delete', { id: meetingId });
    const after = await search(core, '乡村振兴');
    expect(after.groups.map((g) => g.type)).toEqual(['record']); // topic and follow-up go with their meeting
  });
});
