import { describe, expect, it } from 'vitest';
import { parseRollCall, planRollCall } from '../../../shared/meetings/rollcall';
import { quorum } from '../../../shared/meetings/quorum';

describe('roll-call parsing', () => {
  it('reads the usual forms: labels with either colon, 、，; separators, padded names, brackets with commas', () => {
    const { entries, ignored } = parseRollCall('3月党组会议\n参会人员：张三、李  四，王五; 赵六\n请假：孙七（出差，经书记同意）、周八(病假)  迟到：吴九\n缺席：无\n列席：郑十（县财政局局长）、县发改局局长 冯十一');
    expect(ignored).toEqual(['3月党组会议']);
    expect(entries.map((e) => [e.kind, e.name, e.note])).toEqual([
      ['present', '张三', ''],
      ['present', '李四', ''],
      ['present', '王五', ''],
      ['present', '赵六', ''],
      ['leave', '孙七', '出差，经书记同意'],
      ['leave', '周八', '病假'],
      ['late', '吴九', ''],
      ['guest', '郑十', '县财政局局长'],
      ['guest', '冯十一', '县发改局局长'],
    ]);
  });

  it('matches names, splits space-separated lists, and reports unknown, missing and conflicting names', () => {
    const people = ['张三', '李四', '王五', '赵六'].map((name, i) => ({ id: i + 1, name, role: 'member' as const, status: 'expected' as const }));
    const plan = planRollCall('出席：张三 李四、钱二\n请假：张三（出差）', people);
    expect(plan.changes.map((c) => c.name)).toEqual(['张三', '李四']);
    expect(plan.unmatched).toEqual(['钱二']);
    expect(plan.conflicts).toEqual(['张三']);
    expect(plan.notMentioned).toEqual(['王五', '赵六']);
  });
});

describe('quorum', () => {
  it('needs more than half, and two thirds for personnel', () => {
    expect(quorum(4, 7, 'major-decision')).toMatchObject({ ok: true, needed: 4 });
    expect(quorum(3, 6, 'major-decision')).toMatchObject({ ok: false, needed: 4 });
    expect(quorum(4, 7, 'personnel')).toMatchObject({ ok: false, needed: 5, rule: expect.stringContaining('三分之二') });
    expect(quorum(6, 9, 'personnel').ok).toBe(true);
    expect(quorum(0, 0, 'other').ok).toBe(false);
  });
});
