import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import type { SnapshotEntry } from '../../../../shared/contract/backup';
import { call } from '../../api/client';
import { JobProgress } from './JobProgress';
import { useJob } from './useJob';
import { reloadAfterRestore } from './restoreNotice';

// Snapshot file names carry only an ASCII slug of the reason; show words, not the slug.
const REASON_LABELS: Record<string, string> = { manual: '快照', 'pre-restore': '恢复前的数据' };

/** Snapshots made before reasons kept their Chinese words are named with these. */
const LEGACY_REASONS: Record<string, string> = { manual: '快照', daily: '每日自动快照', 'pre-restore': '恢复前的数据', 'before-import': '导入前' };
const snapshotReasonLabel = (reason: string) => LEGACY_REASONS[reason] ?? reason;

/** Automatic local snapshots (daily at start, before imports and restores), newest first. */
export function SnapshotsCard() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<SnapshotEntry[]>([]);
  const take = useJob<{ file: string }>();
  const restore = useJob<unknown>();
  const load = useCallback(() => void call('snapshots.list', {}).then(setRows), []);
  useEffect(load, [load]);

  return (
    <Card
      title="本机自动快照"
      style={{ maxWidth: 980 }}
      extra={
        <Button loading={take.running} onClick={() => void take.run(() => call('snapshots.take', {})).then(() => (message.success('已保存快照'), load()), (e: Error) => message.error(e.message))}>
          立即快照
        </Button>
      }
    >
      <p style={{ color: '#8c8c8c', marginTop: 0 }}>快照保存在数据文件夹的 snapshots 目录中，未加密，保留最近 14 份；只防误操作，不能代替保存到 U 盘的加密备份。</p>
      <JobProgress job={take.job} />
      <JobProgress job={restore.job} />
      <Table<SnapshotEntry>
        rowKey="path"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 10 }}
        locale={{ emptyText: '还没有快照' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 180, render: (t: string) => new Date(t).toLocaleString('zh-CN', { hour12: false }) },
          { title: '类型', dataIndex: 'kind', width: 110, render: (k: string) => (k === 'pre-restore' ? <Tag color="orange">恢复前数据</Tag> : <Tag>快照</Tag>) },
          { title: '原因', dataIndex: 'reason', render: snapshotReasonLabel },
          { title: '大小', dataIndex: 'bytes', width: 100, render: (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB` },
          {
            title: '操作',
            width: 120,
            render: (_v, s) =>
              s.kind === 'snapshot' ? (
                <Popconfirm
                  title="恢复到此快照？"
                  description="当前数据会先保存为“恢复前数据”。"
                  okText="恢复"
                  cancelText="取消"
                  onConfirm={() =>
                    restore.run(() => call('snapshots.restore', { path: s.path })).then(
                      () => {
                        message.success('已恢复到所选快照');
                        reloadAfterRestore(`已恢复到 ${new Date(s.createdAt).toLocaleString('zh-CN', { hour12: false })} 的快照。恢复前的数据已另存为“恢复前数据”。`);
                      },
                      (e: Error) => message.error(e.message),
                    )
                  }
                >
                  <Button size="small" type="link">
                    恢复
                  </Button>
                </Popconfirm>
              ) : (
                <span title={s.path} style={{ color: '#8c8c8c' }}>
                  见文件夹
                </span>
              ),
          },
        ]}
      />
    </Card>
  );
}
