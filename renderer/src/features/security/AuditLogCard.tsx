import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Input, Space, Table, Tag } from 'antd';
import { auditFileName } from '../../../../shared/files/names';
import { chooseSaveTarget, savedWhere, startDownload } from '../../api/files';
import type { Dayjs } from 'dayjs';
import type { AuditRow } from '../../../../shared/contract/security';
import { call } from '../../api/client';
import { auditActionLabel } from '../../../../shared/domain/audit-actions';

const RESULT_TAG: Record<string, { color: string; label: string }> = {
  ok: { color: 'green', label: '成功' },
  failed: { color: 'red', label: '失败' },
  refused: { color: 'orange', label: '拒绝' },
};

const formatTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** The append-only audit log: who did what, when, filterable, with a chain check. */
export function AuditLogCard() {
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [text, setText] = useState('');
  const [verify, setVerify] = useState<{ rows: number; brokenAt: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const { message } = App.useApp();
  const filters = { from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD'), text: text || undefined };

  const load = useCallback(async () => {
    try {
      const r = await call('audit.list', {
        page,
        pageSize: 20,
        ...filters,
      });
      setRows(r.rows);
      setTotal(r.total);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [page, range, text]);
  useEffect(() => {
    void load();
  }, [load]);

  const exportLog = async () => {
    const target = await chooseSaveTarget({ title: '导出操作日志', name: auditFileName(new Date().toISOString().slice(0, 10)), extensions: ['xlsx'] });
    if (!target) return;
    setExporting(true);
    try {
      const r = await call('audit.export', { ...target, ...filters });
      if (r.downloadId) startDownload(r.downloadId);
      message.success(`已导出 ${r.rows} 条，保存在${savedWhere(r)}`);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title="操作日志"
      extra={
        <Space>
          <Button loading={exporting} onClick={() => void exportLog()}>
            导出 Excel（按当前筛选）
          </Button>
          <Button onClick={() => void call('audit.verify', {}).then(setVerify)}>校验日志完整性</Button>
        </Space>
      }
    >
      {verify && (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type={verify.brokenAt ? 'error' : 'success'}
          message={verify.brokenAt ? `日志第 ${verify.brokenAt} 条之后的记录被改动过（哈希链不连续）。` : `全部 ${verify.rows} 条日志完整，未被改动。`}
        />
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker value={range} onChange={(v) => (setPage(1), setRange(v))} format="YYYY年M月D日" />
        <Input.Search allowClear placeholder="操作人或内容" onSearch={(v) => (setPage(1), setText(v))} style={{ width: 220 }} />
      </Space>
      <Table<AuditRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ current: page, pageSize: 20, total, onChange: setPage, showTotal: (t) => `共 ${t} 条` }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: formatTime },
          { title: '操作人', dataIndex: 'operator', width: 120 },
          { title: '操作', dataIndex: 'action', width: 160, render: (a: string) => <span title={a}>{auditActionLabel(a)}</span> },
          { title: '内容', dataIndex: 'summary' },
          { title: '结果', dataIndex: 'result', width: 80, render: (r: string) => <Tag color={RESULT_TAG[r]?.color}>{RESULT_TAG[r]?.label ?? r}</Tag> },
        ]}
      />
    </Card>
  );
}
