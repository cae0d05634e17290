import { figureOf } from '../../../../shared/compliance/time-duties';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { CopyOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { DutyResult } from '../../../../shared/compliance/types';
import { type DutyDraft } from '../../../../shared/domain/duties';
import type { Duty, PlanItemView } from '../../../../shared/domain/plan';
import { call } from '../../api/client';
import { useMembers } from '../members/store';
import { useCompliance, yearOfDate } from '../compliance/store';
import { StatusTag } from '../compliance/StatusTag';
import { DutyFormDialog, EMPTY_DRAFT } from './DutyFormDialog';
import { ImportWizard } from './ImportWizard';
import { dutyRule } from './labels';
import { usePlan } from './store';
import { KeyWorkPanel } from '../keywork/KeyWorkPanel';
import { itemLabel, itemOwnNo } from '../../../../shared/plan/item-label';
import { useUnitWords } from '../settings/unit-store';

/** Moves the shared "as of" date into another year, keeping month and day where possible. */
const dateInYear = (date: string, year: number) => `${year}${date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)}`;

export function PlanPage() {
  const words = useUnitWords();
  const { message } = App.useApp();
  const { date, setDate, view, load: loadCompliance } = useCompliance();
  const year = yearOfDate(date);
  const { plan, years, loading, error, load } = usePlan();
  const { members, load: loadMembers } = useMembers();
  const [importing, setImporting] = useState(false);
  // 重点工作 lives here, beside the plan items (13, 15) it implements; 报表 only prints and exports it.
  const [tab, setTab] = useState<'plan' | 'keywork'>('plan');
  const [editing, setEditing] = useState<{ id: number | null; duty: DutyDraft } | null>(null);

  const reload = async () => {
    await Promise.all([load(year), loadCompliance()]);
  };
  useEffect(() => {
    void reload();
    void loadMembers();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year]);

  // The first part is drawn at once, the rest of a long plan (a table and a select per item) in a
  // second render React may interrupt, so opening the page does not wait for all of it.
  const allShown = useDeferredValue(!!plan, false);
  const sections = plan ? (allShown ? plan.sections : plan.sections.slice(0, 1)) : [];

  const results = useMemo(() => new Map((view?.result.duties ?? []).map((d) => [d.dutyId, d])), [view]);
  const itemNos = plan?.sections.flatMap((s) => s.items.map((i) => i.no)).filter(Boolean) ?? [];

  const run = async (f: () => Promise<unknown>, ok?: string) => {
    try {
      await f();
      if (ok) message.success(ok);
      await reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const saveItem = (item: PlanItemView, patch: { leadMemberId?: number | null; responsibleUnits?: string }) =>
    run(() => call('plan.updateItem', { itemId: item.id, ...patch }), '已保存');

  const copyFromLastYear = () => run(() => call('plan.copyFromYear', { fromYear: year - 1, toYear: year }), `已从${year - 1}年工作要点复制`);

  const submitDuty = (d: DutyDraft) =>
    run(
      () => (editing?.id ? call('duties.update', { id: editing.id, duty: d }) : call('duties.create', { year, duty: d })),
      editing?.id ? '已修改职责' : '已新增职责',
    ).then(() => setEditing(null));

  const dutyTable = (duties: Duty[]) =>
    duties.length === 0 ? (
      <div className="ls-no-duties">本条没有可核查的量化职责（可点“新增职责”手工补充）</div>
    ) : (
    <Table<Duty>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={duties}
      locale={{ emptyText: '本条没有可核查的职责' }}
      columns={[
        { title: '类别', dataIndex: 'kind', width: 100, render: (k: Duty['kind']) => <Tag>{words.kinds[k]}</Tag> },
        { title: '职责', dataIndex: 'title' },
        { title: '要求', width: 250, render: (_v, d) => dutyRule(d, words.scopes) },
        {
          title: '完成情况',
          width: 250,
          render: (_v, d) => {
            const r: DutyResult | undefined = results.get(d.id);
            return r ? (
              <Space size={4}>
                <StatusTag status={r.status} />
                <span data-testid="duty-figure" style={{ whiteSpace: 'nowrap' }}>{figureOf(r)}</span>
                {r.unstated ? <Tag color="orange">{r.unstated} 条未填时长</Tag> : null}
                {r.suggested.length > 0 && <Tag color="orange">待确认 {r.suggested.length}</Tag>}
              </Space>
            ) : null;
          },
        },
        {
          title: '操作',
          width: 110,
          render: (_v, d) => (
            <Space size={0}>
              <Button size="small" type="link" onClick={() => setEditing({ id: d.id, duty: d })}>
                编辑
              </Button>
              <Popconfirm title="删除这项职责？" okText="删除" cancelText="取消" onConfirm={() => run(() => call('duties.delete', { id: d.id }), '已删除职责')}>
                <Button size="small" type="link" danger>
                  删除
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
    );

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">工作要点</h2>
        <Space>
          {plan && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing({ id: null, duty: EMPTY_DRAFT })}>
              新增职责
            </Button>
          )}
          {!plan && years.includes(year - 1) && (
            <Button icon={<CopyOutlined />} onClick={() => void copyFromLastYear()}>
              从{year - 1}年复制
            </Button>
          )}
          <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            导入工作要点
          </Button>
        </Space>
      </div>
      <Tabs activeKey={tab} onChange={(k) => setTab(k as 'plan' | 'keywork')} items={[{ key: 'plan', label: '要点与职责' }, { key: 'keywork', label: '重点工作' }]} style={{ marginBottom: 4 }} />
      {tab === 'keywork' && <KeyWorkPanel year={year} />}
      {tab === 'plan' && error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {tab === 'plan' && !plan && !loading && (
        <Card>
          <Empty description={`${year}年还没有工作要点。导入 Word（.docx/.doc）、WPS、PDF 或 .txt 文件，或粘贴正文，系统会识别条目并提出可核查的职责。`}>
            <Button type="primary" onClick={() => setImporting(true)}>
              导入工作要点
            </Button>
          </Empty>
        </Card>
      )}
      {tab === 'plan' && plan && (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Typography.Title level={4} style={{ marginTop: 0, textAlign: 'center' }} data-testid="plan-title">
              {plan.title}
            </Typography.Title>
            {plan.preamble && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}>{plan.preamble}</Typography.Paragraph>}
            <span style={{ color: '#8c8c8c' }}>
              {plan.sections.length} 个部分 · {plan.sections.reduce((n, s) => n + s.items.length, 0)} 条 · {plan.duties.length} 项职责 · 来源 {plan.sourceName}
            </span>
          </Card>
          {sections.map((s) => (
            <Card key={s.id} size="small" title={`${s.no ? `${s.no}、` : ''}${s.title}`} style={{ marginBottom: 12 }} data-testid="plan-section">
              {s.items.map((item) => (
                <div key={item.id} className="ls-plan-item" data-testid="plan-item">
                  <div className="ls-plan-item-head">
                    <b>
                      {item.no && `${itemOwnNo(item.no)}. `}
                      {item.title}
                    </b>
                    <Space size={8}>
                      <span>牵头领导</span>
                      <Select
                        aria-label={`${itemLabel(item.no)}牵头领导`}
                        allowClear
                        placeholder="未指定"
                        style={{ width: 120 }}
                        value={item.leadMemberId ?? undefined}
                        options={members.filter((m) => m.termEnd === null || m.id === item.leadMemberId).map((m) => ({ value: m.id, label: m.name }))}
                        onChange={(v) => void saveItem(item, { leadMemberId: v ?? null })}
                      />
                      <span>责任单位</span>
                      <Input
                        aria-label={`${itemLabel(item.no)}责任单位`}
                        style={{ width: 260 }}
                        defaultValue={item.responsibleUnits}
                        placeholder="如：县政府办公室"
                        onBlur={(e) => e.target.value !== item.responsibleUnits && void saveItem(item, { responsibleUnits: e.target.value })}
                      />
                    </Space>
                  </div>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 6 }} ellipsis={{ rows: 2, expandable: true, symbol: '展开全文' }}>
                    {item.text}
                  </Typography.Paragraph>
                  {dutyTable(plan.duties.filter((d) => d.itemId === item.id))}
                </div>
              ))}
            </Card>
          ))}
          {allShown && plan.duties.some((d) => d.itemId === null) && (
            <Card size="small" title="不对应具体条目的职责">
              {dutyTable(plan.duties.filter((d) => d.itemId === null))}
            </Card>
          )}
        </>
      )}
      {importing && (
        <ImportWizard
          defaultYear={year}
          onClose={(saved) => {
            setImporting(false);
            if (saved === null) return;
            if (saved !== year) setDate(dateInYear(date, saved));
            else void reload();
          }}
        />
      )}
      {editing && <DutyFormDialog duty={editing.duty} itemNos={itemNos} onClose={() => setEditing(null)} onSubmit={submitDuty} />}
    </div>
  );
}
