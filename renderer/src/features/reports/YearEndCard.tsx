import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Space, Tag } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import type { YearStatus } from '../../../../shared/contract/reports';
import { call } from '../../api/client';

/** 年度关账: lock a finished year read-only, or (with a reason, audited) open it again. */
export function YearEndCard({ year, onExportSummary }: { year: number; onExportSummary: () => void }) {
  const { modal, message } = App.useApp();
  const [status, setStatus] = useState<YearStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reopening, setReopening] = useState(false);
  useEffect(() => {
    call('years.status', { year }).then(setStatus, (e: Error) => setError(e.message));
  }, [year]);

  const close = () =>
    modal.confirm({
      title: `关账${year}年度？`,
      content: `关账后，${year}年度的会议、台账、职责和重点工作都不能再新增、修改或删除（仍可查看、打印和导出）。如确需修改，可解除关账，解除会记入操作日志。`,
      okText: '关账',
      cancelText: '取消',
      onOk: async () => {
        try {
          setStatus(await call('years.close', { year, reason: '' }));
          message.success(`${year}年度已关账`);
        } catch (e) {
          setError((e as Error).message);
        }
      },
    });

  const reopen = async () => {
    try {
      setStatus(await call('years.reopen', { year, reason }));
      setReopening(false);
      setReason('');
      message.success(`${year}年度已解除关账`);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Card size="small" title="年终" data-testid="year-end">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} closable onClose={() => setError(null)} />}
      <Space direction="vertical">
        <Space>
          <span>{year}年度：</span>
          {status?.closed ? (
            <Tag color="red" icon={<LockOutlined />}>
              已关账（{status.closedAt?.slice(0, 10)}，{status.closedBy}）
            </Tag>
          ) : (
            <Tag>未关账</Tag>
          )}
          {status && !status.closed && (
            <Button icon={<LockOutlined />} onClick={close} disabled={year >= new Date().getFullYear()} title={year >= new Date().getFullYear() ? `${year}年尚未结束，年底之后才能关账` : undefined}>
              关账…
            </Button>
          )}
          {status?.closed && (
            <Button icon={<UnlockOutlined />} onClick={() => setReopening(true)}>
              解除关账…
            </Button>
          )}
        </Space>
        <Space>
          <Button type="primary" onClick={onExportSummary}>
            生成年度工作总结素材（Word）…
          </Button>
          <span style={{ color: '#8c8c8c' }}>按要点条目汇总全年做了什么（次数、日期），生成可编辑的 .docx 草稿。</span>
        </Space>
      </Space>
      {reopening && (
        <Modal open title={`解除${year}年度关账`} okText="解除关账" cancelText="取消" okButtonProps={{ danger: true, disabled: !reason.trim() }} onOk={() => void reopen()} onCancel={() => setReopening(false)}>
          <p>解除后该年度数据可再次修改。原因将记入操作日志。</p>
          <Input.TextArea aria-label="解除关账的原因" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：补录遗漏的党课记录" />
        </Modal>
      )}
    </Card>
  );
}
