// Timing and reporting helpers for `npm run bench`: medians, targets, the printed table.

export interface Target {
  /** Pass when the median is below this many ms … */
  ms?: number;
  /** … or when median / baseline is at most this ratio. */
  ratio?: number;
  /** … or when the measured value (e.g. MB) is below this. */
  value?: number;
  text: string;
}

export interface Row {
  key: string;
  label: string;
  /** Median in ms (or the value for non-timed rows). */
  median: number | null;
  unit: 'ms' | 'MB' | 'KB';
  runs: number;
  baseline?: { label: string; median: number };
  ratio?: number;
  target?: Target;
  pass?: boolean;
  /** Why it was not measured (feature not there yet), or what to know when reading it. */
  pending?: string;
  note?: string;
}

/** One warm-up, then `runs` timed runs; returns the median in ms. */
export async function median(runs: number, fn: () => unknown | Promise<unknown>, opts: { warmup?: boolean } = {}): Promise<number> {
  if (opts.warmup !== false) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function judge(row: Row): Row {
  const t = row.target;
  if (!t || row.median === null) return row;
  if (row.baseline) row.ratio = row.median / row.baseline.median;
  const pass = t.ms !== undefined ? row.median < t.ms : t.ratio !== undefined ? (row.ratio ?? Infinity) <= t.ratio : t.value !== undefined ? row.median < t.value : undefined;
  return { ...row, pass };
}

/** Display width: CJK and full-width characters take two columns. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export const fmt = (v: number, unit: Row['unit']) => (unit === 'ms' ? (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 1)} ms`) : `${v.toFixed(1)} ${unit}`);

export function table(rows: Row[]): string {
  const head = ['测量', '中位数', '基线', '比值', '目标', '结果'];
  const body = rows.map((r) => [
    r.label,
    r.median === null ? '—' : fmt(r.median, r.unit),
    r.baseline ? `${fmt(r.baseline.median, 'ms')}（${r.baseline.label}）` : '',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '',
    r.target?.text ?? '',
    r.pending ? `待定：${r.pending}` : r.pass === undefined ? (r.note ?? '') : `${r.pass ? '通过' : '未达标'}${r.note ? `（${r.note}）` : ''}`,
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
