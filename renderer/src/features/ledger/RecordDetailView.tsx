import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Select, Space, Spin, Table, Tag } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, LinkOutlined, UndoOutlined } from '@ant-design/icons';
import { reportPeriodLabel } from '../../../../shared/compliance/report-period';
import { durationText } from '../../../../shared/compliance/time-duties';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { displayValue, kindSpec, recordKindLabel, rectificationOverdue } from '../../../../shared/ledger/record-kinds';
import type { RecordDetail, RecordDutyLink } from '../../../../shared/ledger/types';
import { call } from '../../api/client';
import { AttachmentsPanel } from './AttachmentsPanel';
import { RecordFormDialog } from './RecordFormDialog';
import { useLedger } from './store';
import { itemLabel } from '../../../../shared/plan/item-label';

const MODE_LABELS: Record<RecordDutyLink['mode'], string> = { auto: '自动匹配', link: '手动关联', unlink: '不是其佐证', suggested: '待确认' };
const today = () => new Date().toISOString().slice(0, 10);

/** One record: its fields (from the kind's spec), the duties it proves, its attachments. */
export function RecordDetailView({ id }: { id: number }) {
  const { message, modal } = App.useApp();
  const { open, load, members, plan } = useLedger();
  const [r, setR] = useState<RecordDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [linkDuty, setLinkDuty] = useState<number | undefined>();

  const reload = useCallback(async () => {
    try {
      setR(await call('records.get', { id }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) return <Alert type="error" showIcon message={error} action={<Button onClick={() => open(null)}>返回列表</Button>} />;
  if (!r) return <Spin />;
  const spec = kindSpec(r.kind);
  const deleted = !!r.deletedAt;

  const changed = async () => {
    await reload();
    void load();
  };
  const remove = () =>
    modal.confirm({
      title: `删除台账“${r.title}”？`,
      content: r.duties.some((d) => d.mode === 'auto' || d.mode === 'link') ? '这条台账是工作要点职责的完成依据，删除后相应职责可能变为未完成。删除后可在“回收站”中恢复。' : '删除后可在“回收站”中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('records.delete', { id: r.id });
          message.success('已删除，可在回收站恢复');
          void load();
          open(null);
        } catch (e) {
          message.error((e as Error).message);
        }
      },
    });
  const restore = async () => {
    try {
      await call('records.restore', { id: r.id });
      message.success('已恢复');
      await changed();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const link = async (dutyId: number, mode: 'link' | 'unlink' | 'clear') => {
    try {
      await call('compliance.link', { dutyId, ref: `record:${r.id}`, mode });
      setLinkDuty(undefined);
      await reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  // Only the plan of the record's own year can count it.
  const linkable = plan && plan.year === Number(r.date.slice(0, 4)) ? plan.duties.filter((d) => !r.duties.some((x) => x.dutyId === d.id && (x.mode === 'auto' || x.mode === 'link'))) : [];

  return (
    <div>
      <div className="ls-page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => (open(null), (window.location.hash = '#/ledger'))}>
            返回列表
          </Button>
          <h2 className="ls-page-title" style={{ marginLeft: 8 }}>
            {r.title}
          </h2>
          <Tag color="red">{recordKindLabel(r.kind, r.data)}</Tag>
          {deleted && <Tag>已删除</Tag>}
        </Space>
        <Space>
          {deleted ? (
            <Button icon={<UndoOutlined />} onClick={() => void restore()}>
              恢复
            </Button>
          ) : (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={remove}>
                删除
              </Button>
            </>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={spec.titleLabel} span={2}>
            {r.title}
          </Descriptions.Item>
          <Descriptions.Item label={spec.dateLabel}>{formatChineseDate(r.date)}</Descriptions.Item>
          <Descriptions.Item label={spec.membersLabel}>{r.members.map((m) => m.name).join('、') || '—'}</Descriptions.Item>
          {spec.reportPeriod && <Descriptions.Item label="报告期">{reportPeriodLabel(r.reportPeriod) || '未填（按日期计入）'}</Descriptions.Item>}
          <Descriptions.Item label="时长">{durationText(r) || '未填'}</Descriptions.Item>
          {spec.fields.map((f) => (
            <Descriptions.Item key={f.key} label={f.label} span={f.type === 'textarea' ? 'filled' : 1}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{f.type === 'date' && r.data[f.key] ? formatChineseDate(String(r.data[f.key])) : displayValue(f, r.data[f.key]) || '—'}</span>
              {f.key === 'rectificationStatus' && rectificationOverdue(r.kind, r.data, today()) && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  整改已超期
                </Tag>
              )}
            </Descriptions.Item>
          ))}
          {r.note ? (
            <Descriptions.Item label="备注" span={2}>
              {r.note}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card size="small" title="佐证的职责" style={{ marginBottom: 16 }}>
        <Table<RecordDutyLink>
          rowKey="dutyId"
          size="small"
          pagination={false}
          dataSource={r.duties}
          locale={{ emptyText: deleted ? '已删除的台账不计入任何职责。' : '还没有匹配的职责。类型、日期和人员与职责相符时会自动计入；也可以在下面手动关联。' }}
          columns={[
            { title: '要点', dataIndex: 'itemNo', width: 90, render: (n: string) => (n ? itemLabel(n) : '—') },
            { title: '职责', dataIndex: 'title' },
            { title: '方式', dataIndex: 'mode', width: 110, render: (m: RecordDutyLink['mode']) => <Tag color={m === 'unlink' ? 'default' : m === 'link' ? 'blue' : m === 'suggested' ? 'orange' : 'green'}>{MODE_LABELS[m]}</Tag> },
            {
              title: '',
              width: 130,
              render: (_v, d) =>
                deleted ? null : d.mode === 'auto' ? (
                  <a onClick={() => void link(d.dutyId, 'unlink')}>不计入此职责</a>
                ) : d.mode === 'suggested' ? (
                  <Space size={8}>
                    <a onClick={() => void link(d.dutyId, 'link')}>确认</a>
                    <a onClick={() => void link(d.dutyId, 'unlink')}>不是</a>
                  </Space>
                ) : (
                  <a onClick={() => void link(d.dutyId, 'clear')}>{d.mode === 'link' ? '取消关联' : '恢复自动匹配'}</a>
                ),
            },
          ]}
        />
        {!deleted && linkable.length > 0 && (
          <Space style={{ marginTop: 12 }}>
            <Select
              aria-label="关联职责"
              placeholder="选择要关联的职责（一条台账可佐证多项职责）"
              style={{ width: 420 }}
              value={linkDuty}
              onChange={setLinkDuty}
              showSearch
              optionFilterProp="label"
              options={linkable.map((d) => ({ value: d.id, label: `${d.item ? `${itemLabel(d.item)} ` : ''}${d.title}` }))}
            />
            <Button icon={<LinkOutlined />} disabled={!linkDuty} onClick={() => linkDuty && void link(linkDuty, 'link')}>
              关联
            </Button>
          </Space>
        )}
      </Card>
      <Card size="small" title={`附件（${r.attachments.length}）`}>
        <AttachmentsPanel ownerType="record" ownerId={r.id} readOnly={deleted} onChanged={() => void changed()} />
      </Card>
      {editing && (
        <RecordFormDialog
          record={r}
          members={members}
          onClose={(saved) => {
            setEditing(false);
            if (saved) void changed();
          }}
        />
      )}
    </div>
  );
}
