import { describe, expect, it } from 'vitest';
import { computeCompliance, type ComplianceInput, type EngineEvidence } from '../../../shared/compliance/engine';

// The core passes evidence already in date order and the engine then skips its own ordering;
// any other order must give exactly what the same evidence stably sorted by date gives.

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function input(evidence: EngineEvidence[]): ComplianceInput {
  return {
    year: 2022,
    today: '2022-08-15',
    members: [
      { id: 1, name: '甲', partyRole: 'secretary', termStart: null, termEnd: null, sortOrder: 1 },
      { id: 2, name: '乙', partyRole: 'member', termStart: '2022-04-10', termEnd: null, sortOrder: 2 },
    ],
    duties: [
      { id: 1, itemNo: '1', kind: 'party-group-meeting', title: '党组会议', frequency: 'month', minCount: 1, scope: 'group', deadline: null },
      { id: 2, itemNo: '2', kind: 'talk', title: '谈心谈话', frequency: 'quarter', minCount: 2, scope: 'each-member', deadline: null },
      { id: 3, itemNo: '3', kind: 'inspection', title: '督导检查', frequency: 'year', minCount: 3, scope: 'each-member', deadline: null },
    ],
    evidence,
    links: [
      { dutyId: 1, ref: 'record:7', mode: 'link' },
      { dutyId: 2, ref: 'record:8', mode: 'unlink' },
    ],
  };
}

describe('engine evidence order', () => {
  it('gives the same result for shuffled evidence as for the same evidence in date order', () => {
    const next = random(7);
    const kinds = ['party-group-meeting', 'talk', 'inspection', 'other'] as const;
    const shuffled: EngineEvidence[] = Array.from({ length: 400 }, (_, i) => ({
      ref: `record:${i}`,
      kind: kinds[Math.floor(next() * kinds.length)]!,
      // few distinct days, so many ties; some with a time, some outside the year
      date: `${2021 + Math.floor(next() * 3)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 3)}${next() < 0.2 ? 'T09:30' : ''}`,
      memberIds: [1, 2, 2].filter(() => next() < 0.5),
      title: `第${i}条`,
    }));
    const day = (e: EngineEvidence) => e.date.slice(0, 10);
    const sorted = [...shuffled].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
    expect(computeCompliance(input(shuffled))).toEqual(computeCompliance(input(sorted)));
  });
});

describe('item order', () => {
  it('orders items by number, not by pinyin: 一.1 < 一.2 < 一.10 < 二.1, duties outside any item last', () => {
    const base = input([]);
    const nos = ['二.1', '', '一.10', '一.2', '一.1'];
    const duties = nos.map((itemNo, i) => ({ ...base.duties[0]!, id: i + 1, itemNo }));
    const r = computeCompliance({ ...base, duties, links: [] });
    expect(r.summary.byItem.map((i) => i.itemNo)).toEqual(['一.1', '一.2', '一.10', '二.1', '']);
  });
});
