import { describe, expect, it } from 'vitest';
import { DUTY_KIND_LABELS, DUTY_SCOPE_LABELS } from '../../../shared/domain/duties';
import { kindLabelsFor, scopeLabelsFor, unitBodyOf, memberWordsFor } from '../../../shared/domain/unit-body';

describe('the unit body a duty scope is named after', () => {
  it('reads the body from the unit\'s full name, the last one named', () => {
    expect(unitBodyOf('××县人民政府党组')).toBe('党组');
    expect(unitBodyOf('中共××县财政局党组')).toBe('党组');
    expect(unitBodyOf('××镇党委')).toBe('党委');
    expect(unitBodyOf('××县教育局机关党委')).toBe('党委');
    expect(unitBodyOf('××街道党工委')).toBe('党工委');
    expect(unitBodyOf('××中学党总支')).toBe('党总支');
    expect(unitBodyOf('××学院机关总支部')).toBe('党总支');
    expect(unitBodyOf('××小学党支部')).toBe('党支部');
    expect(unitBodyOf('××公司党委第一党支部')).toBe('党支部');
    expect(unitBodyOf('××村支部')).toBe('党支部');
  });
  it('takes a name without a body, or only 党组织, as a 党组', () => {
    expect(unitBodyOf('')).toBe('党组');
    expect(unitBodyOf('××县卫生健康局')).toBe('党组');
    expect(unitBodyOf('××公司党组织')).toBe('党组');
  });
  it('names the scopes after the body', () => {
    expect(scopeLabelsFor('××县人民政府党组')).toEqual(DUTY_SCOPE_LABELS);
    expect(scopeLabelsFor('××小学党支部')).toEqual({ group: '支部整体', 'each-member': '每位成员', secretary: '党支部书记', 'each-member-except-secretary': '除书记外每位成员' });
    expect(scopeLabelsFor('××镇党委').secretary).toBe('党委书记');
    expect(scopeLabelsFor('××街道党工委')['each-member']).toBe('每位党工委委员');
  });
  it('names the meetings and reports after the body, and keeps every other kind\'s word', () => {
    expect(kindLabelsFor('××县人民政府党组')).toEqual(DUTY_KIND_LABELS);
    const branch = kindLabelsFor('××小学党支部');
    expect([branch['party-group-meeting'], branch['study-group'], branch['report-to-committee']]).toEqual(['支委会', '集中学习', '向上级报告']);
    expect(kindLabelsFor('××镇党委')['party-group-meeting']).toBe('党委会议');
    expect(kindLabelsFor('××镇党委')['study-group']).toBe('中心组学习');
    for (const k of ['party-lecture', 'talk', 'theme-party-day', 'other'] as const) expect(branch[k]).toBe(DUTY_KIND_LABELS[k]);
  });
  it('names the members and their role after the body', () => {
    expect(memberWordsFor('××县人民政府党组')).toEqual({ members: '党组成员', role: '党组职务' });
    expect(memberWordsFor('××小学党支部')).toEqual({ members: '支部成员', role: '支部职务' });
    expect(memberWordsFor('××镇党委').members).toBe('党委委员');
    expect(memberWordsFor('××中学党总支').role).toBe('总支职务');
  });
});
