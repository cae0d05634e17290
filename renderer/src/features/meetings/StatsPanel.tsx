import { useEffect, useState } from 'react';
import { Alert, Table } from 'antd';
import type { MemberAttendanceStats } from '../../../../shared/domain/meetings';
import { call } from '../../api/client';

/** 出席率, 请假次数, 无故缺席次数 per member over the year's held meetings (all types). */
export function StatsPanel({ year }: { year: number }) {
  const [rows, setRows] = useState<MemberAttendanceStats[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('meetings.stats', { year }).then(setRows, (e: Error) => setError(e.message));
  }, [year]);
  if (error) return <Alert type="error" showIcon message={error} />;
  return (
    <Table<MemberAttendanceStats>
      rowKey="memberId"
      size="middle"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: `${year}年还没有已召开的会议。` }}
      columns={[
        { title: '姓名', dataIndex: 'name' },
        { title: '应参会（次）', dataIndex: 'expected' },
        { title: '出席', dataIndex: 'present' },
        { title: '迟到', dataIndex: 'late' },
        { title: '请假', dataIndex: 'leave' },
        { title: '无故缺席', dataIndex: 'unexcused', render: (n: number) => (n ? <span style={{ color: '#cf1322' }}>{n}</span> : 0) },
        { title: '出席率', dataIndex: 'rate', render: (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`) },
      ]}
      footer={() => '统计范围：本年度已召开的各类会议；迟到计入出席；未经批准的请假按无故缺席计。'}
    />
  );
}
