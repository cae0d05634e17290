import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Empty, Popconfirm, Table } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { recordKindLabel } from '../../../../shared/ledger/record-kinds';
import type { LedgerRecord, RecycleBin } from '../../../../shared/ledger/types';
import { call } from '../../api/client';
import { sizeText } from './AttachmentsPanel';

const when = (iso: string | null) => (iso ? formatChineseDate(iso.slice(0, 10)) : '');

/** Deleted records and removed attachments: restore one by one, or empty the bin for good (audited). */
export function RecycleBinPanel({ onChanged }: { onChanged: () => void }) {
  const { message } = App.useApp();
  const [bin, setBin] = useState<RecycleBin | null>(null);
  const load = useCallback(() => call('recycle.list', {}).then(setBin, (e: Error) => message.error(e.message)), [message]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      message.success(ok);
      await load();
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const empty = () =>
    run(
      call('recycle.empty', {}).then((r) => message.info(`已彻底删除台账 ${r.records} 条、附件 ${r.attachments} 个，释放文件 ${r.files} 个`)),
      '回收站已清空',
    );
  const nothing = bin && bin.records.length === 0 && bin.attachments.length === 0;

  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 12 }}>
        <span className="ls-muted">删除的台账和附件在这里保留，随时可以恢复；清空回收站后无法恢复（会记入操作日志）。已删除的会议在“会议”页的“已删除”中。</span>
        <Popconfirm title="彻底删除回收站中的全部内容？" description="清空后无法恢复。建议先做一次备份。" okText="清空" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => void empty()} disabled={!!nothing}>
          <Button danger icon={<ClearOutlined />} disabled={!!nothing}>
            清空回收站
          </Button>
        </Popconfirm>
      </div>
      {nothing ? (
        <Empty description="回收站是空的" />
      ) : (
        <>
          <Card size="small" title={`台账（${bin?.records.length ?? 0}）`} style={{ marginBottom: 16 }}>
            <Table<LedgerRecord>
              rowKey="id"
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={bin?.records ?? []}
              columns={[
                { title: '日期', width: 140, render: (_v, r) => formatChineseDate(r.date) },
                { title: '类型', width: 110, render: (_v, r) => recordKindLabel(r.kind, r.data) },
                { title: '标题', dataIndex: 'title' },
                { title: '删除于', width: 140, render: (_v, r) => when(r.deletedAt) },
                { title: '', width: 80, render: (_v, r) => <a onClick={() => void run(call('records.restore', { id: r.id }), `已恢复“${r.title}”`)}>恢复</a> },
              ]}
            />
          </Card>
          <Card size="small" title={`附件（${bin?.attachments.length ?? 0}）`}>
            <Table
              rowKey="id"
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={bin?.attachments ?? []}
              columns={[
                { title: '文件', dataIndex: 'name' },
                { title: '大小', width: 100, render: (_v, a) => sizeText(a.size) },
                { title: '所属', render: (_v, a) => `${a.ownerType === 'record' ? '台账' : '会议'}：${a.ownerTitle}` },
                { title: '删除于', width: 140, render: (_v, a) => when(a.deletedAt) },
                { title: '', width: 80, render: (_v, a) => <a onClick={() => void run(call('attachments.restore', { id: a.id }), `已恢复“${a.name}”`)}>恢复</a> },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
