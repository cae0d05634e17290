import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../electron/core/plan/formats/index';
import { FORMAT_ENCODING, loadCorpus } from '../../scripts/score-plans/corpus';
import { matchDuties, type DutyKey } from '../../scripts/score-plans/match';
import { scoreCorpus } from '../../scripts/score-plans/score';

// The corpus must stay well formed and the sample plan exact; the corpus score itself is
// only printed (npm run score:plans): the extractor is improved on another branch.

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the corpus of real plans (test/corpus/plans)', () => {
  const corpus = loadCorpus();

  it('has at least 15 annotated documents from different kinds of unit, in every format, each with its own source address', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((c) => c.annotation.source)).size).toBe(corpus.length);
    expect(new Set(corpus.map((c) => c.annotation.unitType)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.map((c) => c.annotation.format))).toEqual(new Set(Object.keys(FORMAT_ENCODING)));
    expect(corpus.reduce((n, c) => n + c.annotation.duties.length, 0)).toBeGreaterThanOrEqual(50);
  });

  it('every document is read by the import reader in its declared format, and every annotated clause is in its text', async () => {
    for (const { id, annotation, bytes } of corpus) {
      const { text, encoding } = await readPlanFile(annotation.file, bytes);
      expect({ id, encoding }).toEqual({ id, encoding: FORMAT_ENCODING[annotation.format] });
      const missing = annotation.duties.filter((d) => !squash(text).includes(squash(d.clause))).map((d) => d.clause);
      expect({ id, missing }).toEqual({ id, missing: [] });
    }
  });

  it('is scored document by document, and the sample plan gives exactly its 11 duties', async () => {
    const score = await scoreCorpus(corpus);
    expect(score.documents.map((d) => d.id)).toEqual(corpus.map((c) => c.id));
    for (const d of score.documents) {
      expect(d.matched).toBeLessThanOrEqual(Math.min(d.annotated, d.predicted));
      expect(d.annotated).toBe(d.matched + d.missed.length);
      expect(d.predicted).toBe(d.matched + d.extra.length);
    }
    expect(score.overall.annotated).toBe(score.documents.reduce((n, d) => n + d.annotated, 0));
    expect(score.overall.matched).toBe(score.documents.reduce((n, d) => n + d.matched, 0));
    expect(score.sample).toMatchObject({ expected: 11, found: 11, extra: 0, exact: true });
  });
});

describe('npm run score:plans', () => {
  it('prints the score as JSON with --json and as a table otherwise, and exits 0 whatever the score', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score-plans.ts', ...args], { encoding: 'utf8' });
    const json = run('--json');
    expect(json.status).toBe(0);
    const score = JSON.parse(json.stdout) as { overall: { documents: number }; sample: { exact: boolean }; target: { met: boolean } };
    expect(score.overall.documents).toBe(loadCorpus().length);
    expect(score.sample.exact).toBe(true);
    const table = run();
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('示例要点（party-group-plan-2022.txt）：11/11 条职责一致 — 通过');
    expect(table.stdout).toMatch(/召回率 \d+%，精确率 \d+%/);
    expect(table.stdout).toContain(score.target.met ? '：达到' : '：未达到');
  });
});

describe('the matching rule', () => {
  const duty = (kind: DutyKey['kind'], frequency: DutyKey['frequency'], minCount: number, scope: DutyKey['scope'], deadline: string | null = null): DutyKey => ({
    kind,
    frequency,
    minCount,
    scope,
    deadline,
  });

  it('pairs duties of equal kind, frequency, minCount and scope once each; deadlines are counted apart', () => {
    const annotated = [duty('talk', 'month', 1, 'secretary'), duty('talk', 'month', 1, 'secretary'), duty('deliverable', 'once', 1, 'group', '03-31'), duty('party-lecture', 'year', 2, 'each-member')];
    const predicted = [duty('talk', 'month', 1, 'secretary'), duty('deliverable', 'once', 1, 'group', null), duty('party-lecture', 'year', 1, 'each-member'), duty('talk', 'month', 1, 'group')];
    const m = matchDuties(annotated, predicted);
    expect(m.pairs).toHaveLength(2);
    expect(m.missed).toEqual([duty('talk', 'month', 1, 'secretary'), duty('party-lecture', 'year', 2, 'each-member')]);
    expect(m.extra).toEqual([duty('party-lecture', 'year', 1, 'each-member'), duty('talk', 'month', 1, 'group')]);
    expect(m.deadlineAgree).toBe(1);
  });
});
