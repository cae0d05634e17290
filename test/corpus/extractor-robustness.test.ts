import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../electron/core/plan/formats/index';
import { loadCorpus } from '../../scripts/score-plans/corpus';
import { extractPlan } from '../../shared/plan/extract';
import { parsePlan } from '../../shared/plan/parse';

// A clerk pastes any sentence of any plan, in whatever structure it came: the extractor never throws.
// Every sentence of the corpus is tried alone, as an item, under a heading, as a run-on clause list
// (once, "分别在每年6月和12月组织进行" threw a TypeError and refused the whole import).
describe('the extractor on every sentence of the corpus, in several shapes', () => {
  it('reads each without throwing', async () => {
    const crashes: string[] = [];
    let tried = 0;
    for (const { annotation, bytes } of loadCorpus()) {
      const { text } = await readPlanFile(annotation.file, bytes);
      const sentences = text.split(/(?<=[。；\n])/).map((s) => s.trim()).filter((s) => s.length > 4);
      for (const s of sentences) {
        for (const shape of [s, `1.${s}`, `某单位党支部工作制度\n一、工作要求\n${s}`, `${s}\n（一）${s}`, s.replace(/[。；]/g, '，')]) {
          tried++;
          try {
            const { unread } = extractPlan(parsePlan(shape));
            if (unread.length > 0) crashes.push(`${annotation.file}: ${shape.slice(0, 60)} — items ${unread.join(',')} not read`);
          } catch (e) {
            crashes.push(`${annotation.file}: ${shape.slice(0, 60)} — ${(e as Error).message}`);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    expect(crashes).toEqual([]);
  }, 60_000);
});
