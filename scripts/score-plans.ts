// `npm run score:plans [-- --json] [--verbose]`
//
// Scores the plan import path on the corpus test/corpus/plans (test/corpus/plans/RULES.md):
// per document and overall recall and precision, deadline agreement among matched duties,
// and the sample plan's exact check. Prints verdicts; exits 0 whatever the score (the
// extractor is improved elsewhere), 1 only when the corpus itself is malformed.

import { scoreCorpus, TARGET, type CorpusScore, type DocumentScore } from './score-plans/score';
import { DUTY_KIND_LABELS, FREQUENCY_LABELS, DUTY_SCOPE_LABELS } from '../shared/domain/duties';

const args = new Set(process.argv.slice(2));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)}%`);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
const dutyText = (d: { kind: keyof typeof DUTY_KIND_LABELS; frequency: keyof typeof FREQUENCY_LABELS; minCount: number; scope: keyof typeof DUTY_SCOPE_LABELS }) =>
  `${DUTY_KIND_LABELS[d.kind]} ${FREQUENCY_LABELS[d.frequency]}≥${d.minCount} ${DUTY_SCOPE_LABELS[d.scope]}`;

function printDocument(d: DocumentScore, verbose: boolean): void {
  const cells = [pad(d.id, 44), pad(d.unitType, 6), pad(d.format, 12), `${d.matched}/${d.annotated}`.padEnd(6), `${d.matched}/${d.predicted}`.padEnd(6), pct(d.recall).padEnd(5), pct(d.precision).padEnd(5)];
  console.log(cells.join(' ') + (d.error ? `  读取失败：${d.error}` : ''));
  if (!verbose) return;
  for (const m of d.missed) console.log(`    漏：${dutyText(m)} — ${m.clause.replace(/\s+/g, '')}`);
  for (const e of d.extra) console.log(`    多：${dutyText(e)} — ${e.source}`);
}

function print(score: CorpusScore, verbose: boolean): void {
  console.log('工作要点语料评分（匹配：类别、频次、最少次数、责任主体均相同；截止日期另计）\n');
  console.log([pad('文档', 44), pad('单位', 6), pad('格式', 12), '召回'.padEnd(4), '精确'.padEnd(4), '召回率', '精确率'].join(' '));
  for (const d of score.documents) printDocument(d, verbose);
  const o = score.overall;
  console.log(`\n合计 ${o.documents} 份文档：标注 ${o.annotated} 条，识别 ${o.predicted} 条，匹配 ${o.matched} 条`);
  console.log(`召回率 ${pct(o.recall)}，精确率 ${pct(o.precision)}；匹配的职责中截止日期一致 ${o.deadlineAgree}/${o.matched}`);
  console.log(`目标（召回率与精确率均 ≥ ${pct(TARGET)}）：${score.target.met ? '达到' : '未达到'}`);
  const s = score.sample;
  console.log(`示例要点（party-group-plan-2022.txt）：${s.found}/${s.expected} 条职责一致${s.extra ? `，另多出 ${s.extra} 条` : ''} — ${s.exact ? '通过' : '未通过'}`);
  for (const m of s.missed) console.log(`    漏：${dutyText(m)} — ${m.clause}`);
}

try {
  const score = await scoreCorpus();
  if (args.has('--json')) console.log(JSON.stringify(score, null, 2));
  else print(score, args.has('--verbose'));
} catch (e) {
  console.error(`语料有误：${(e as Error).message}`);
  process.exit(1);
}
