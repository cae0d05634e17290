import type { EChartsOption } from 'echarts';
import type { MonthlyTrend } from '../../../../shared/contract/reports';
import { PARTY_RED } from '../../theme/theme';

/** Meetings held per month (bars) and member attendance rate (line), on two axes. */
export function monthlyOption(rows: MonthlyTrend[]): EChartsOption {
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { data: ['召开会议（次）', '出席率'], top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => `${r.month}月`) },
    yAxis: [
      { type: 'value', name: '次', minInterval: 1 },
      { type: 'value', name: '出席率', max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: '召开会议（次）', type: 'bar', data: rows.map((r) => r.meetings), itemStyle: { color: PARTY_RED }, barMaxWidth: 24 },
      { name: '出席率', type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.rate === null ? null : Math.round(r.rate * 1000) / 10)), itemStyle: { color: '#d48806' }, connectNulls: true },
    ],
  };
}
