// What `npm run bench` measures: one entry per figure. A feature that lands later is one more
// entry here (or a `requires` that starts being met): entries whose channels are not in the
// contract yet print as 待定 instead of failing.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { contract } from '../../shared/contract';
import { EVIDENCE_LIMIT_MAX } from '../../shared/contract/compliance';
import { addDays, weekdayMondayFirst } from '../../shared/dates/periods';
import { createCore, type Core } from '../../electron/core';
import { loadEvidence } from '../../electron/core/compliance/evidence';
import { getCompliance } from '../../electron/core/compliance/service';
import { createBackup, restoreBackup, verifyBackup } from '../../electron/core/backup';
import { openDatabase } from '../../electron/core/db/open';
import { removeSeal } from '../../electron/core/db/seal';
import { baselineBackup, baselineBackupPassphrase, baselineRestorePassphrase, baselineVerify, baselineVerifyPassphrase, canTypePassphrase, type AgeKey } from './baselines';
import { liveData } from '../../electron/core/backup/service';
import { fmt, median, type Row, type Target } from './measure';
import { bigPlanFiles } from './plan-files';
import { dashboardRender, pageSwitches } from './ui';
import { bigPlan } from './big-plan';
import { generateInto, LARGE_UNIT } from './dataset';
import { memberSheet } from './member-sheet';
import { MEMBER_IMPORT_MAX_ROWS } from '../../shared/members/import-limit';

export interface Env {
  core: Core;
  dataFile: string;
  dataDir: string;
  work: string;
  /** The dashboard's year (current, partly past) and a full past year. */
  thisYear: number;
  fullYear: number;
  today: string;
  runs: number;
  heavyRuns: number;
  ageKey: AgeKey | null;
  passphrase: string;
}

export interface Bench {
  key: string;
  label: string;
  unit?: Row['unit'];
  target?: Target;
  /** Channels that must exist in the contract; otherwise the row is 待定. */
  requires?: string[];
  /** Needs no dataset: `--only` with such entries alone skips generating one. */
  standalone?: boolean;
  run(env: Env): Promise<Partial<Row> | string>;
}

const ok = async <T>(core: Core, channel: string, input: unknown): Promise<T> => {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
};

/** The same SQL as loadEvidence + the duties and members reads, on a raw better-sqlite3 handle. */
function rawQueries(db: Database.Database, year: number): void {
  loadEvidence(db, year);
  db.prepare('SELECT * FROM duties WHERE plan_id = (SELECT id FROM plans WHERE year = ? AND deleted_at IS NULL) AND deleted_at IS NULL').all(year);
  db.prepare('SELECT * FROM members ORDER BY sort_order, id').all();
}

async function withRaw<T>(file: string, fn: (db: Database.Database) => Promise<T>): Promise<T> {
  const db = new Database(file, { readonly: true });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

async function waitJob(core: Core, jobId: string): Promise<void> {
  for (;;) {
    const j = await ok<{ status: string; error?: string | { message: string } }>(core, 'jobs.get', { jobId });
    if (j.status === 'done') return;
    if (j.status === 'failed') throw new Error(`导出失败：${JSON.stringify(j.error)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A write the core's compliance cache must notice (rows of a temp table: the data file is untouched). */
function afterWrite(env: Env): void {
  env.core.ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_write (x); INSERT INTO bench_write VALUES (1)');
}

const heldMeeting = (env: Env) =>
  env.core.ctx.db
    .prepare(`SELECT m.id FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE t.name = '党组会议' AND m.status = 'held' AND m.year = ? AND m.deleted_at IS NULL ORDER BY m.date LIMIT 1`)
    .pluck()
    .get(env.fullYear) as number;

const memberOf = (env: Env) =>
  env.core.ctx.db
    .prepare(`SELECT member_id FROM record_members rm JOIN records r ON r.id = rm.record_id WHERE r.date BETWEEN ? AND ? GROUP BY member_id ORDER BY count(*) DESC LIMIT 1`)
    .pluck()
    .get(`${env.fullYear}-01-01`, `${env.fullYear}-12-31`) as number;

export const BENCHES: Bench[] = [
  {
    key: 'open',
    label: '打开数据库',
    target: { ms: 300, text: '< 300 ms' },
    run: async (env) => {
      env.core.close();
      // After a clean close (the usual case: the seal lets open skip quick_check), and after a
      // crash or copy (no seal: quick_check reads every page).
      const m = await median(env.runs, () => createCore({ dataFile: env.dataFile, operator: 'bench' }).close());
      const full = await median(env.heavyRuns, () => {
        removeSeal(env.dataFile);
        createCore({ dataFile: env.dataFile, operator: 'bench' }).close();
      });
      const base = await median(env.runs, () => {
        const db = new Database(env.dataFile);
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.close();
      });
      env.core = createCore({ dataFile: env.dataFile, operator: 'bench' });
      return { median: m, baseline: { label: 'better-sqlite3 直接打开', median: base }, note: `正常关闭后；崩溃或换文件后首次打开（含 quick_check）${fmt(full, "ms")}` };
    },
  },
  {
    key: 'dashboard',
    label: '工作台数据（compliance.get，本年）',
    target: { ms: 50, text: '< 50 ms' },
    run: async (env) => {
      const input = { year: env.thisYear, date: env.today };
      const load = async () => JSON.stringify(await ok(env.core, 'compliance.get', input));
      const m = await median(env.runs, load);
      const cold = await median(env.runs, async () => (afterWrite(env), load()));
      const base = await withRaw(env.dataFile, (db) => median(env.runs, () => rawQueries(db, env.thisYear)));
      return { median: m, baseline: { label: '同样的 SQL', median: base }, note: `含结果序列化（IPC 传输的内容）；数据改动后第一次 ${cold.toFixed(0)} ms` };
    },
  },
  {
    key: 'compliance',
    label: `全年达标计算（整年，数据改动后）`,
    target: { ms: 100, text: '< 100 ms' },
    run: async (env) => {
      const input = { year: env.fullYear, date: `${env.fullYear}-12-31` };
      // Cold: a write before each run, so nothing comes from the core's cache.
      const m = await median(env.runs, () => (afterWrite(env), getCompliance(env.core.ctx, input)));
      const base = await withRaw(env.dataFile, (db) => median(env.runs, () => rawQueries(db, env.fullYear)));
      return { median: m, baseline: { label: '同样的 SQL', median: base } };
    },
  },
  {
    key: 'calendar',
    label: '日历一个月的数据',
    target: { ms: 20, text: '< 20 ms' },
    requires: ['compliance.evidence'],
    run: async (env) => {
      // The page asks for the meetings and records of the weeks it shows (Monday before the 1st,
      // six weeks); the due dates come from the dashboard data it shares (compliance.get above).
      const first = `${env.today.slice(0, 7)}-01`;
      const from = addDays(first, 1 - weekdayMondayFirst(first));
      const input = { from, to: addDays(from, 41), limit: EVIDENCE_LIMIT_MAX };
      const m = await median(env.runs, async () => JSON.stringify(await ok(env.core, 'compliance.evidence', input)));
      const { total } = await ok<{ total: number }>(env.core, 'compliance.evidence', input);
      return { median: m, note: `${total} 条会议和台账` };
    },
  },
  {
    key: 'plan-extract-60k',
    label: '工作要点导入与职责提取（6 万字，plan.parse）',
    requires: ['plan.parse'],
    standalone: true,
    target: { ms: 1000, text: '< 1 s' },
    run: async (env) => {
      const { text, copies } = bigPlan(60_000);
      const input = { fileName: '大要点.txt', dataBase64: Buffer.from(text, 'utf8').toString('base64') };
      const m = await median(env.runs, () => ok(env.core, 'plan.parse', input));
      const p = await ok<{ plan: { sections: { items: unknown[] }[] }; duties: unknown[] }>(env.core, 'plan.parse', input);
      const items = p.plan.sections.reduce((n, s) => n + s.items.length, 0);
      return { median: m, note: `${text.length} 字（示例要点 ${copies} 份），${items} 条，${p.duties.length} 项职责` };
    },
  },
  {
    key: 'import-refuse-10k',
    label: '导入 10000 行的成员名单（超过上限，拒绝）',
    requires: ['members.importPreview'],
    standalone: true,
    target: { ms: 10_000, text: '< 10 s' },
    run: async (env) => {
      const file = await memberSheet(10_000);
      const refused = async () => {
        const r = await env.core.dispatch('members.importPreview', file);
        if (r.ok) throw new Error('10000 行的名单应被拒绝');
        return r.error.message;
      };
      const m = await median(env.runs, refused);
      return { median: m, note: `${(file.dataBase64.length * 0.75 / 1024).toFixed(0)} KB；${(await refused()).slice(0, 24)}…` };
    },
  },
  {
    key: 'import-at-limit',
    label: `导入 ${MEMBER_IMPORT_MAX_ROWS} 行的成员名单（上限，预览 + 导入）`,
    requires: ['members.importPreview', 'members.importCommit'],
    standalone: true,
    target: { ms: 10_000, text: '< 10 s' },
    run: async (env) => {
      const file = await memberSheet(MEMBER_IMPORT_MAX_ROWS);
      let commit = 0;
      // A new data file each run: the same names cannot be imported twice.
      const m = await median(env.heavyRuns, async () => {
        const dir = fs.mkdtempSync(path.join(env.work, 'import-'));
        const core = createCore({ dataFile: path.join(dir, 'luoshi.db'), operator: 'bench' });
        try {
          await ok(core, 'members.importPreview', file);
          const t = performance.now();
          await ok(core, 'members.importCommit', file);
          commit = performance.now() - t;
        } finally {
          core.close();
          fs.rmSync(dir, { recursive: true, force: true });
        }
      });
      return { median: m, note: `其中导入（含导入前快照）${fmt(commit, 'ms')}` };
    },
  },
  {
    key: 'meetings-list',
    label: '会议列表（一年）',
    run: async (env) => ({ median: await median(env.runs, () => ok(env.core, 'meetings.list', { year: env.fullYear })) }),
  },
  ...(['谈话', '督导检查'] as const).map(
    (q): Bench => ({
      key: `search-${q.length}`,
      label: `搜索 ${q.length} 个字“${q}”`,
      requires: ['search.query'],
      target: { ms: 100, text: '< 100 ms' },
      run: async (env) => ({ median: await median(env.runs, () => ok(env.core, 'search.query', { q })) }),
    }),
  ),
  {
    key: 'member-file',
    label: '成员档案（一人一年）',
    requires: ['reports.memberFile'],
    target: { ms: 50, text: '< 50 ms' },
    run: async (env) => ({ median: await median(env.runs, () => ok(env.core, 'reports.memberFile', { memberId: memberOf(env), year: env.fullYear })) }),
  },
  ...(['xlsx', 'docx'] as const).map(
    (format): Bench => ({
      key: `export-${format}`,
      label: `年度台账导出 .${format}`,
      requires: ['reports.export', 'jobs.get'],
      target: { ms: 5000, text: '< 5 s' },
      run: async (env) => {
        const outFile = path.join(env.work, `ledger.${format}`);
        const m = await median(env.heavyRuns, async () => {
          const { jobId } = await ok<{ jobId: string }>(env.core, 'reports.export', { report: 'ledger', year: env.fullYear, format, outFile });
          await waitJob(env.core, jobId);
        }, { warmup: false });
        return { median: m, note: `${(fs.statSync(outFile).size / 1024).toFixed(0)} KB` };
      },
    }),
  ),
  {
    key: 'print-signin',
    label: '签到表 HTML（print.sheet）',
    requires: ['print.sheet'],
    run: async (env) => ({ median: await median(env.runs, () => ok(env.core, 'print.sheet', { kind: 'signin', meetingId: heldMeeting(env) })) }),
  },
  {
    key: 'backup-create',
    label: '加密备份（创建，含读回校验）',
    target: { ratio: 1.5, text: '≤ 1.5× 基线' },
    run: async (env) => {
      if (!env.ageKey) return '缺少 sqlite3 / age / age-keygen';
      const key = env.ageKey;
      const outFile = path.join(env.work, 'bench.luoshi-backup');
      const m = await median(env.heavyRuns, () => createBackup(env.core.ctx, { outFile, passphrase: env.passphrase }), { warmup: false });
      if (canTypePassphrase()) {
        const base = await median(env.heavyRuns, () => baselineBackupPassphrase(env.dataFile, env.work, env.passphrase, true), { warmup: false });
        return { median: m, baseline: { label: 'sqlite3 .backup + tar | age -p + age -d 读回', median: base }, note: '两边都是口令加密，scrypt 2^18' };
      }
      const base = await median(env.heavyRuns, () => baselineBackup(env.dataFile, env.work, key), { warmup: false });
      return { median: m, baseline: { label: 'sqlite3 .backup + tar | age（密钥）', median: base }, note: '基线用密钥，不含 scrypt 2^18' };
    },
  },
  {
    key: 'backup-verify',
    label: '备份校验（verifyBackup）',
    target: { ratio: 1.5, text: '≤ 1.5× 基线' },
    run: async (env) => {
      if (!env.ageKey) return '缺少 sqlite3 / age / age-keygen';
      const key = env.ageKey;
      const file = path.join(env.work, 'bench.luoshi-backup');
      const m = await median(env.heavyRuns, () => verifyBackup(file, env.passphrase, { workDir: env.dataDir }), { warmup: false });
      if (canTypePassphrase()) {
        const baseFile = await baselineBackupPassphrase(env.dataFile, env.work, env.passphrase);
        const base = await median(env.heavyRuns, () => baselineVerifyPassphrase(baseFile, env.work, env.passphrase), { warmup: false });
        return { median: m, baseline: { label: 'age -d（口令）| tar -x + integrity_check', median: base } };
      }
      const baseFile = baselineBackup(env.dataFile, env.work, key);
      const base = await median(env.heavyRuns, () => baselineVerify(baseFile, env.work, key), { warmup: false });
      return { median: m, baseline: { label: 'age -d（密钥）| tar -x + integrity_check', median: base }, note: '基线用密钥，不含 scrypt 2^18' };
    },
  },
  {
    key: 'restore',
    label: '从备份恢复',
    target: { ratio: 1.5, text: '≤ 1.5× 基线' },
    run: async (env) => {
      const file = path.join(env.work, 'bench.luoshi-backup');
      const ctx = env.core.ctx;
      const live = liveData(ctx, env.core.session);
      const m = await median(
        env.heavyRuns,
        async () => {
          const r = await restoreBackup(ctx, file, env.passphrase, { live });
          // Each restore keeps the data it replaced; drop it so the disk does not fill up.
          if (r.status === 'restored') fs.rmSync(r.preRestoreDir, { recursive: true, force: true });
        },
        { warmup: false },
      );
      if (!env.ageKey || !canTypePassphrase()) return { median: m };
      // The tools restore into a copy of the data folder (not the live one the core has open).
      const target = path.join(env.work, 'baseline-target');
      fs.rmSync(target, { recursive: true, force: true });
      fs.mkdirSync(target);
      fs.copyFileSync(env.dataFile, path.join(target, 'luoshi.db'));
      fs.cpSync(path.join(env.dataDir, 'attachments'), path.join(target, 'attachments'), { recursive: true });
      const base = await median(env.heavyRuns, () => baselineRestorePassphrase(file, path.join(target, 'luoshi.db'), env.work, env.passphrase), { warmup: false });
      fs.rmSync(target, { recursive: true, force: true });
      return { median: m, baseline: { label: 'age -d（口令）| tar -x + sqlite3 .restore + 换入附件', median: base } };
    },
  },
  ...(
    [
      ['plan-read-doc', '读取 10 MB 的 .doc 工作要点（plan.parse，含识别职责）', 'doc'],
      ['plan-read-pdf', '读取 10 MB 的 PDF 工作要点（plan.parse，含识别职责）', 'pdf'],
      ['plan-read-long-pdf', '读取 250 页的文字 PDF（plan.parse，接受的最长 PDF 约 300 页）', 'longPdf'],
    ] as const
  ).map(
    ([key, label, file]): Bench => ({
      key,
      label,
      target: { ms: 5000, text: '< 5 s' },
      run: async (env) => {
        const sample = fs.readFileSync(path.resolve('test/fixtures/party-group-plan-2022.txt'), 'utf8');
        const files = await bigPlanFiles(env.work, sample);
        if (!files) return '缺少 LibreOffice（soffice），无法生成测试文件';
        const bytes = fs.readFileSync(files[file]);
        const upload = { fileName: path.basename(files[file]), dataBase64: bytes.toString('base64') };
        return { median: await median(env.heavyRuns, () => ok(env.core, 'plan.parse', upload)), note: `${(bytes.length / 2 ** 20).toFixed(1)} MB` };
      },
    }),
  ),
  {
    key: 'rss',
    label: '核心进程内存（打开后 RSS）',
    unit: 'MB',
    target: { value: 200, text: '< 200 MB' },
    run: async (env) => {
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.resolve('scripts/bench/rss.ts'), env.dataFile, String(env.thisYear), env.today], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const { afterOpen, afterDashboard } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { afterOpen: number; afterDashboard: number };
      return { median: afterOpen / 2 ** 20, runs: 1, note: `载入工作台后 ${(afterDashboard / 2 ** 20).toFixed(0)} MB` };
    },
  },
  {
    key: 'bundle',
    label: '界面最大的启动 JS 文件（index.html 载入的）',
    unit: 'MB',
    target: { value: 1.5, text: '< 1.5 MB' },
    run: async () => {
      const dir = path.resolve('out/renderer/assets');
      if (!fs.existsSync(dir)) return '没有 out/renderer，请先 npm run build';
      const files = fs.readdirSync(dir).map((f) => fs.statSync(path.join(dir, f)).size);
      // What the page fetches before anything shows: the entry script and its modulepreloads.
      const html = fs.readFileSync(path.resolve('out/renderer/index.html'), 'utf8');
      const initial = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => fs.statSync(path.join(dir, m[1]!)).size);
      const mb = (n: number) => (n / 2 ** 20).toFixed(2);
      return {
        median: Math.max(...initial) / 2 ** 20,
        runs: 1,
        note: `启动时载入 ${initial.length} 个共 ${mb(initial.reduce((a, b) => a + b, 0))} MB；全部 ${files.length} 个文件共 ${mb(files.reduce((a, b) => a + b, 0))} MB`,
      };
    },
  },
  {
    key: 'ui-dashboard',
    label: '工作台在浏览器中显示（从导航开始）',
    target: { ms: 1000, text: '< 1 s' },
    run: async (env) => {
      // The page shows the real current year; a dataset ending earlier has no plan there to render.
      if (env.thisYear !== new Date().getFullYear()) return `数据集最后一年为 ${env.thisYear} 年，工作台显示今年：请用 demo generate --year ${new Date().getFullYear()} 生成的数据集`;
      const r = await dashboardRender(env.core, env.runs);
      if (typeof r === 'string') return r;
      return { median: mid(r.fromNavigation), note: `load 之后 ${mid(r.afterLoad).toFixed(0)} ms` };
    },
  },
  {
    key: 'ui-switch',
    label: '切换页面（点菜单到新页面显示完，最慢的一页）',
    target: { ms: 200, text: '< 200 ms' },
    run: async (env) => {
      if (env.thisYear !== new Date().getFullYear()) return `数据集最后一年为 ${env.thisYear} 年，须为今年`;
      const r = await pageSwitches(env.core, 3);
      if (typeof r === 'string') return r;
      const each = Object.entries(r).map(([page, xs]) => [page, mid(xs)] as const).sort((a, b) => b[1] - a[1]);
      return { median: each[0]![1], runs: 3, note: each.map(([p, ms]) => `${p} ${ms.toFixed(0)}`).join('，') };
    },
  },
  {
    key: 'large-dashboard',
    label: '大单位（460 人、1560 次会议）工作台在浏览器中显示（从导航开始）',
    target: { ms: 1000, text: '< 1 s' },
    run: async (env) => {
      const large = largeUnit(env);
      const core = createCore({ dataFile: large.dataFile, operator: 'bench' });
      try {
        const r = await dashboardRender(core, env.runs);
        if (typeof r === 'string') return r;
        return { median: mid(r.fromNavigation), note: `参会记录 ${large.summary.counts.meeting_attendees} 行；load 之后 ${mid(r.afterLoad).toFixed(0)} ms` };
      } finally {
        core.close();
      }
    },
  },
  {
    key: 'large-export-xlsx',
    label: '大单位年度台账导出 .xlsx',
    requires: ['reports.export', 'jobs.get'],
    target: { ms: 1000, text: '< 1 s' },
    run: async (env) => {
      const large = largeUnit(env);
      const core = createCore({ dataFile: large.dataFile, operator: 'bench' });
      try {
        const outFile = path.join(env.work, 'large-ledger.xlsx');
        const m = await median(env.heavyRuns, async () => {
          const { jobId } = await ok<{ jobId: string }>(core, 'reports.export', { report: 'ledger', year: env.thisYear - 1, format: 'xlsx', outFile });
          await waitJob(core, jobId);
        }, { warmup: false });
        return { median: m, note: `${(fs.statSync(outFile).size / 1024).toFixed(0)} KB` };
      } finally {
        core.close();
      }
    },
  },
];

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The large-unit dataset, generated once per bench run into its work folder. */
let large: ReturnType<typeof generateInto> | null = null;
function largeUnit(env: Env): ReturnType<typeof generateInto> {
  if (!large) {
    process.stdout.write('（生成大单位数据集）');
    large = generateInto(fs.mkdtempSync(path.join(env.work, 'large-')), LARGE_UNIT, new Date());
  }
  return large;
}

/** A bench whose channels are missing from the contract is pending. */
export const missingChannels = (b: Bench) => (b.requires ?? []).filter((c) => !(c in contract));
