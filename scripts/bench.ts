// `npm run bench [-- --small] [--db FILE] [--runs N] [--only key,key] [--out FILE] [--keep]`
//
// Generates a dataset (ten years, 200 000 records, 3 000 meetings, 500 attachments; --small
// for a quick one) in a temporary folder unless --db names a generated demo file, measures
// every entry of scripts/bench/measurements.ts, prints one table and writes bench-results.json.
// Timed figures are medians of several runs; heavy jobs run beside their baseline in the same run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core';
import { parseArgv } from '../electron/core/cli/io';
import { ageKey } from './bench/baselines';
import { prepareDataset } from './bench/dataset';
import { judge, table, type Row } from './bench/measure';
import { BENCHES, missingChannels, type Env } from './bench/measurements';

const args = parseArgv(process.argv.slice(2), new Set(['small', 'keep']));
const flag = (name: string) => (typeof args.flags[name] === 'string' ? (args.flags[name] as string) : undefined);
const small = args.flags.small === true;
const only = flag('only')?.split(',');
const now = new Date();
const today = now.toISOString().slice(0, 10);

const selected = BENCHES.filter((b) => !only || only.includes(b.key));
const tiny = selected.length > 0 && selected.every((b) => b.standalone);
const dataset = prepareDataset({ db: flag('db'), small, tiny, seed: Number(flag('seed') ?? 1), now });
const work = fs.mkdtempSync(path.join(dataset.tempRoot ?? os.tmpdir(), 'luoshi-bench-work-'));
const env: Env = {
  core: createCore({ dataFile: dataset.dataFile, operator: 'bench' }),
  dataFile: dataset.dataFile,
  dataDir: dataset.dataDir,
  work,
  thisYear: dataset.lastYear,
  fullYear: dataset.lastYear - 1,
  today: dataset.lastYear === now.getFullYear() ? today : `${dataset.lastYear}-12-31`,
  runs: Number(flag('runs') ?? 7),
  heavyRuns: small ? 3 : Number(flag('heavy-runs') ?? 3),
  ageKey: ageKey(work),
  passphrase: 'bench-口令-correct-horse',
};

const rows: Row[] = [];
try {
  for (const b of BENCHES) {
    if (only && !only.includes(b.key)) continue;
    const base: Row = { key: b.key, label: b.label, median: null, unit: b.unit ?? 'ms', runs: 0, target: b.target };
    const missing = missingChannels(b);
    if (missing.length) {
      rows.push({ ...base, pending: `尚无 ${missing.join('、')}` });
      continue;
    }
    process.stdout.write(`${b.label} … `);
    try {
      const r = await b.run(env);
      const row = typeof r === 'string' ? { ...base, pending: r } : judge({ ...base, runs: /export|backup|restore/.test(b.key) ? env.heavyRuns : env.runs, ...r });
      rows.push(row);
      console.log(row.median === null ? row.pending : `${row.median.toFixed(1)} ${row.unit}`);
    } catch (e) {
      rows.push({ ...base, pending: `出错：${(e as Error).message.split('\n')[0]}` });
      console.log(`出错：${(e as Error).message}`);
    }
  }
} finally {
  env.core.close();
}

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
console.log(`\n落实 性能测试  ${small ? '（--small）' : ''}  ${machine.cpus} 核 · ${machine.memGB} GB · Node ${machine.node}`);
console.log(`数据集：${Object.entries(dataset.counts).map(([k, v]) => `${k} ${v}`).join('，')}；数据库 ${(dataset.dbBytes / 2 ** 20).toFixed(0)} MB${dataset.generated ? `，附件 ${(dataset.generated.attachmentBytes / 2 ** 20).toFixed(0)} MB，生成用时 ${(dataset.generated.elapsedMs / 1000).toFixed(1)} s` : ''}`);
console.log(`备份口令的 scrypt 为默认强度 2^18。基线的 age 也用口令（同样的 scrypt，经伪终端 script 输入）；没有 script 命令时改用${env.ageKey?.how ?? '（不可用）'}。\n`);
console.log(table(rows));
const failed = rows.filter((r) => r.pass === false);
const pending = rows.filter((r) => r.pending);
console.log(`\n${failed.length ? `未达标：${failed.map((r) => r.label).join('、')}` : '所有已测目标均达标'}${pending.length ? `；待定 ${pending.length} 项` : ''}`);

const out = path.resolve(flag('out') ?? 'bench-results.json');
fs.writeFileSync(out, `${JSON.stringify({ at: now.toISOString(), small, machine, dataset: { counts: dataset.counts, dbBytes: dataset.dbBytes, generated: dataset.generated }, rows }, null, 2)}\n`);
console.log(`结果已写入 ${out}`);

if (!args.flags.keep) {
  fs.rmSync(work, { recursive: true, force: true });
  if (dataset.tempRoot) fs.rmSync(dataset.tempRoot, { recursive: true, force: true });
} else console.log(`保留了数据集：${dataset.dataFile}`);
