import { useEffect, useState } from 'react';
import { Alert, Select, Space, Table, Tag } from 'antd';
import { periodLabel, periodsOfRatingYear, RATING_LABELS, type Rating, type RankingRow } from '../../../../shared/domain/keywork';
import { call } from '../../api/client';
import { itemLabel } from '../../../../shared/plan/item-label';

export const RATING_COLORS: Record<Rating, string> = { 'red-flag': 'red', snail: 'default', none: 'default' };
export const RatingTag = ({ rating }: { rating: Rating }) => (rating === 'none' ? <span style={{ color: '#bfbfbf' }}>—</span> : <Tag color={RATING_COLORS[rating]}>{RATING_LABELS[rating]}</Tag>);

/** 红旗/蜗牛 ranking for the whole year or one month/quarter. `version` refetches after edits. */
export function RankingTable({ year, version = 0 }: { year: number; version?: number }) {
  const [period, setPeriod] = useState<string | null>(null);
  const [rows, setRows] = useState<RankingRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('keywork.ranking', { year, period }).then(setRows, (e: Error) => setError(e.message));
  }, [year, period, version]);
  const { months, quarters } = periodsOfRatingYear(year);
  return (
    <div data-testid="ranking">
      <Space style={{ marginBottom: 8 }}>
        <span>排名范围</span>
        <Select<string>
          aria-label="排名范围"
          style={{ width: 170 }}
          value={period ?? 'year'}
          onChange={(v) => setPeriod(v === 'year' ? null : v)}
          options={[{ value: 'year', label: `${year}年全年` }, ...quarters.map((q) => ({ value: q, label: periodLabel(q) })), ...months.map((m) => ({ value: m, label: periodLabel(m) }))]}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<RankingRow>
        size="small"
        rowKey="projectId"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '还没有重点工作。' }}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 60, render: (r: number) => <b>{r}</b> },
          { title: '项目（任务）', dataIndex: 'name' },
          { title: '条目', dataIndex: 'itemNo', width: 70, render: (n: string) => (n ? itemLabel(n) : '') },
          { title: '责任领导', dataIndex: 'leaderName', width: 90 },
          { title: '责任单位', dataIndex: 'unit', width: 140 },
          { title: period ? '本期评价' : '最近评价', dataIndex: 'rating', width: 100, render: (r: Rating) => <RatingTag rating={r} /> },
          { title: '红旗', dataIndex: 'redFlags', width: 60 },
          { title: '蜗牛', dataIndex: 'snails', width: 60 },
          { title: '进度', dataIndex: 'percent', width: 70, render: (p: number | null) => (p === null ? '—' : `${p}%`) },
          { title: '逾期节点', dataIndex: 'overdueMilestones', width: 80, render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
        ]}
      />
    </div>
  );
}
