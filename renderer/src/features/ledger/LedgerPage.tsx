import { useEffect, useState } from 'react';
import { useDeepLink } from '../../app/useDeepLink';
import { Alert, Button, Select, Space, Table, Tabs, Tag } from 'antd';
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { KIND_SPECS, recordKindLabel, rectificationOverdue } from '../../../../shared/ledger/record-kinds';
import type { LedgerRecord } from '../../../../shared/ledger/types';
import { RecordDetailView } from './RecordDetailView';
import { RecordFormDialog } from './RecordFormDialog';
import { RecycleBinPanel } from './RecycleBinPanel';
import { useLedger } from './store';
import { itemLabel } from '../../../../shared/plan/item-label';

const today = () => new Date().toISOString().slice(0, 10);

/** 台账: evidence records by year, kind, member and plan item / duty; the recycle bin. */
export function LedgerPage() {
  const s = useLedger();
  const [creating, setCreating] = useState<false | { kind?: string; date?: string }>(false);
  const [tab, setTab] = useState('list');
  useEffect(() => {
    void s.loadLookups();
    void s.load();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  // #/ledger?id=12 opens a record, ?new=KIND the form for that kind.
  useDeepLink({
    open: (id) => s.open(id),
    create: (kind, date) => {
      s.open(null);
      setCreating({ kind, date });
    },
  });

  const form = creating && (
    <RecordFormDialog
      record={null}
      defaultKind={creating.kind}
      defaultDate={creating.date}
      members={s.members}
      onClose={(saved) => {
        setCreating(false);
        if (window.location.hash.includes('?')) window.history.replaceState(null, '', '#/ledger');
        if (saved) {
          void s.load();
          s.open(saved.id);
        }
      }}
    />
  );
  if (s.openId !== null) return <div className="ls-page"><RecordDetailView key={s.openId} id={s.openId} />{form}</div>;

  const planOptions = (s.plan?.sections ?? []).flatMap((sec) =>
    sec.items.map((it) => {
      const duties = s.plan!.duties.filter((d) => d.itemId === it.id);
      return {
        label: `${itemLabel(it.no)} ${it.title}`.slice(0, 40),
        title: it.title,
        options: [{ value: `item:${it.id}`, label: `${itemLabel(it.no)}（全部职责）` }, ...duties.map((d) => ({ value: `duty:${d.id}`, label: `${itemLabel(it.no)} · ${d.title}` }))],
      };
    }),
  );

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">台账</h2>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({})}>
          新增台账
        </Button>
      </div>
      {s.error && <Alert type="error" showIcon message={s.error} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: '台账列表',
            children: (
              <>
                <Space wrap style={{ marginBottom: 12 }}>
                  <Select aria-label="台账类型" allowClear placeholder="全部类型" value={s.kind} style={{ width: 160 }} onChange={(kind) => s.setFilter({ kind })} options={KIND_SPECS.map((k) => ({ value: k.kind, label: k.label }))} />
                  <Select aria-label="成员" allowClear showSearch optionFilterProp="label" placeholder="全部成员" value={s.memberId} style={{ width: 140 }} onChange={(memberId) => s.setFilter({ memberId })} options={s.members.map((m) => ({ value: m.id, label: m.name }))} />
                  <Select
                    aria-label="要点条目或职责"
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    placeholder={s.plan ? '全部要点条目 / 职责' : `${s.year}年尚未导入工作要点`}
                    disabled={!s.plan}
                    value={s.planRef}
                    style={{ width: 320 }}
                    onChange={(planRef) => s.setFilter({ planRef })}
                    options={planOptions}
                  />
                </Space>
                <Table<LedgerRecord>
                  rowKey="id"
                  size="middle"
                  loading={s.loading}
                  dataSource={s.rows}
                  onRow={(r) => ({ onClick: () => s.open(r.id), style: { cursor: 'pointer' } })}
                  pagination={{ current: s.page, pageSize: s.pageSize, total: s.total, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => `共 ${n} 条`, onChange: (p, size) => s.setPage(p, size) }}
                  locale={{ emptyText: `${s.year}年还没有符合条件的台账。点击“新增台账”记录党课、调研报告、督导检查、谈话等。` }}
                  columns={[
                    { title: '日期', width: 140, render: (_v, r) => formatChineseDate(r.date) },
                    { title: '类型', width: 130, render: (_v, r) => <Tag>{recordKindLabel(r.kind, r.data)}</Tag> },
                    {
                      title: '标题',
                      render: (_v, r) => (
                        <Space size={6}>
                          <a>{r.title}</a>
                          {r.attachmentCount > 0 && (
                            <span className="ls-muted">
                              <PaperClipOutlined />
                              {r.attachmentCount}
                            </span>
                          )}
                          {rectificationOverdue(r.kind, r.data, today()) && <Tag color="red">整改超期</Tag>}
                        </Space>
                      ),
                    },
                    { title: '相关成员', width: 220, render: (_v, r) => r.members.map((m) => m.name).join('、') },
                  ]}
                />
              </>
            ),
          },
          { key: 'bin', label: '回收站', children: tab === 'bin' ? <RecycleBinPanel onChanged={() => void s.load()} /> : null },
        ]}
      />
      {form}
    </div>
  );
}
