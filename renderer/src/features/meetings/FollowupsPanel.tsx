import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Select, Space, Switch, Table, Tag } from 'antd';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { FOLLOWUP_STATUSES, FOLLOWUP_STATUS_LABELS, type FollowupRow, type FollowupStatus } from '../../../../shared/domain/meetings';
import { call } from '../../api/client';
import { useMeetings } from './store';

const PAGE_SIZE = 20;
const STATUS_OPTIONS = FOLLOWUP_STATUSES.map((s) => ({ value: s, label: FOLLOWUP_STATUS_LABELS[s] }));

/** 督办事项 of the year's meetings in one list: chase what is overdue, update status in place. Keyed by year by its parent. */
export function FollowupsPanel({ year }: { year: number }) {
  const { message } = App.useApp();
  const open = useMeetings((s) => s.open);
  const [status, setStatus] = useState<FollowupStatus | undefined>(undefined);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ rows: FollowupRow[]; total: number }>({ rows: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await call('meetings.followups', { year, status, overdueOnly, page, pageSize: PAGE_SIZE }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, [year, status, overdueOnly, page]);
  useEffect(() => {
    void load();
  }, [load]);

  const changeStatus = async (f: FollowupRow, next: FollowupStatus) => {
    try {
      await call('meetings.saveFollowup', { id: f.id, status: next });
      message.success(`“${f.task}”已改为${FOLLOWUP_STATUS_LABELS[next]}`);
      void load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <div data-testid="followups">
      <Space style={{ marginBottom: 12 }} wrap>
        <Select aria-label="办理状态" allowClear placeholder="全部状态" value={status} style={{ width: 130 }} onChange={(v) => (setStatus(v), setPage(1))} options={STATUS_OPTIONS} />
        <span>
          只看逾期 <Switch size="small" checked={overdueOnly} onChange={(v) => (setOverdueOnly(v), setPage(1))} aria-label="只看逾期" />
        </span>
        <span style={{ color: '#8c8c8c' }}>共 {data.total} 项。督办事项在会议的“议题”中添加；这里可直接更新办理状态。</span>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<FollowupRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data.rows}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage, hideOnSinglePage: true }}
        locale={{ emptyText: status || overdueOnly ? '没有符合条件的督办事项。' : `${year}年的会议还没有督办事项。` }}
        columns={[
          { title: '督办事项', dataIndex: 'task', render: (task: string, f) => <span title={f.note || undefined}>{task}</span> },
          { title: '责任人', dataIndex: 'responsible', width: 100, render: (r: string) => r || '—' },
          {
            title: '完成时限',
            width: 170,
            render: (_v, f) => (
              <Space size={4}>
                {f.dueDate ? formatChineseDate(f.dueDate) : '—'}
                {f.overdue && <Tag color="red">逾期</Tag>}
              </Space>
            ),
          },
          {
            title: '办理状态',
            width: 120,
            render: (_v, f) => <Select size="small" aria-label={`${f.task}的办理状态`} value={f.status} style={{ width: 100 }} options={STATUS_OPTIONS} onChange={(v) => void changeStatus(f, v)} />,
          },
          {
            title: '会议／议题',
            render: (_v, f) => (
              <span>
                <a onClick={() => open(f.meetingId)}>{f.meetingName}</a>
                <span style={{ color: '#8c8c8c' }}>（{formatChineseDate(f.meetingDate)}）：{f.topicTitle}</span>
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
