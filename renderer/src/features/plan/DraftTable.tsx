import { App, Button, Input, InputNumber, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { DutyDraft } from '../../../../shared/domain/duties';
import { DUTY_KINDS, DUTY_MEASURE_UNITS, DUTY_SCOPES, FREQUENCIES, FREQUENCY_LABELS } from '../../../../shared/domain/duties';
import { itemLabel } from '../../../../shared/plan/item-label';
import { useUnitWords } from '../settings/unit-store';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));
const DEADLINE = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The proposed duties, each correctable in place (kind, frequency, count, scope, deadline)
 * before anything is saved. A changed duty is marked corrected, so a re-import keeps it.
 */
export function DraftTable({
  duties,
  selected,
  onSelect,
  onChange,
  onEdit,
  onDelete,
}: {
  duties: DutyDraft[];
  selected: number | null;
  onSelect: (index: number) => void;
  onChange: (index: number, duty: DutyDraft) => void;
  onEdit: (index: number) => void;
  onDelete: (index: number) => void;
}) {
  const words = useUnitWords();
  const { message } = App.useApp();
  const set = (i: number, patch: Partial<DutyDraft>) => onChange(i, { ...duties[i]!, ...patch, corrected: true });
  return (
    <Table<DutyDraft>
      size="small"
      rowKey={(_d, i) => String(i)}
      dataSource={duties}
      pagination={false}
      scroll={{ y: 250 }}
      data-testid="duty-drafts"
      rowClassName={(_d, i) => (i === selected ? 'ls-draft-row-selected' : '')}
      onRow={(_d, i) => ({ onClick: () => i !== undefined && onSelect(i) })}
      columns={[
        { title: '条目', dataIndex: 'item', width: 80, render: (v: string) => (v ? itemLabel(v) : '—') },
        {
          title: '职责',
          dataIndex: 'title',
          render: (t: string, d) => (
            <Space size={4} wrap>
              <span>{t}</span>
              {d.note && (
                <Tooltip title={d.note}>
                  <Tag color="orange">请核对</Tag>
                </Tooltip>
              )}
              {d.corrected && <Tag color="blue">已修改</Tag>}
            </Space>
          ),
        },
        {
          title: '类别',
          dataIndex: 'kind',
          width: 118,
          render: (k: DutyDraft['kind'], _d, i) => <Select size="small" aria-label="类别" style={{ width: 108 }} value={k} options={options(DUTY_KINDS, words.kinds)} onChange={(kind) => set(i, { kind })} />,
        },
        {
          title: '周期',
          dataIndex: 'frequency',
          width: 96,
          render: (f: DutyDraft['frequency'], _d, i) => <Select size="small" aria-label="周期" style={{ width: 88 }} value={f} options={options(FREQUENCIES, FREQUENCY_LABELS)} onChange={(frequency) => set(i, { frequency })} />,
        },
        {
          title: '每期至少',
          dataIndex: 'minCount',
          width: 96,
          // A time duty is corrected by its amount (天/学时); a count duty by its number of times.
          render: (n: number, d, i) => {
            const timed = d.measure !== undefined && d.measure !== 'count';
            return (
              <Space size={2}>
                <InputNumber
                  size="small"
                  aria-label="每期至少"
                  style={{ width: 56 }}
                  min={1}
                  max={timed ? 8784 : 366}
                  value={timed ? (d.amount ?? null) : n}
                  onChange={(v) => typeof v === 'number' && set(i, timed ? { amount: v } : { minCount: v })}
                />
                <span>{DUTY_MEASURE_UNITS[d.measure ?? 'count']}</span>
              </Space>
            );
          },
        },
        {
          title: '责任主体',
          dataIndex: 'scope',
          width: 140,
          render: (sc: DutyDraft['scope'], _d, i) => <Select size="small" aria-label="责任主体" style={{ width: 132 }} value={sc} options={options(DUTY_SCOPES, words.scopes)} onChange={(scope) => set(i, { scope })} />,
        },
        {
          title: '截止',
          dataIndex: 'deadline',
          width: 84,
          render: (v: string | null, _d, i) => (
            <Input
              size="small"
              aria-label="截止日期"
              placeholder="MM-DD"
              defaultValue={v ?? ''}
              key={`${i}-${v ?? ''}`}
              status={v === null || DEADLINE.test(v) ? undefined : 'error'}
              onBlur={(e) => {
                const t = e.target.value.trim();
                if (t === (v ?? '')) return;
                if (t === '' || DEADLINE.test(t)) set(i, { deadline: t || null });
                else {
                  message.error('截止日期的格式应为 月-日，如 03-31；留空表示按周期考核');
                  e.target.value = v ?? '';
                }
              }}
            />
          ),
        },
        {
          title: '操作',
          width: 96,
          render: (_v, _d, i) => (
            <Space size={0}>
              <Button size="small" type="link" onClick={() => onEdit(i)}>
                更多
              </Button>
              <Button size="small" type="link" danger onClick={() => onDelete(i)}>
                删除
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
