import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, List, Row, Select, Space, Tabs } from 'antd';
import { ExportOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ComplianceView } from '../../../../shared/contract/compliance';
import { REPORT_LABELS, type ExportFormat, type MonthlyTrend, type ReportKind } from '../../../../shared/contract/reports';
import { call } from '../../api/client';
import { EChart } from '../../components/EChart';
import { barOption } from '../dashboard/DashboardPage';
import { RankingTable } from '../keywork/RankingTable';
import { useMembers } from '../members/store';
import { monthlyOption } from './charts';
import { ExportDialog } from './ExportDialog';
import { MemberFileView } from './MemberFileView';
import { ReportPrintDialog, type ReportRequest } from './ReportPrintDialog';
import { YearEndCard } from './YearEndCard';
import { itemLabel } from '../../../../shared/plan/item-label';
import { useYear } from '../year/store';
import { useUnitWords } from '../settings/unit-store';

const percent = (r: number) => Math.round(r * 100);
const todayIso = () => new Date().toISOString().slice(0, 10);

/** What each report holds; the member files name the members as the unit's body calls them. */
const descriptionsFor = (members: string): Record<ReportKind, string> => ({
  ledger: '按要点条目：条目 → 职责 → 完成情况 → 佐证材料清单；Excel 每个部分一张工作表。',
  quarterly: '本季度各项职责周期的完成情况、会议召开情况和重点工作进展。',
  'member-files': `每位${members}的个人职责、参会、谈话和牵头重点工作，供民主生活会、述职述责准备。`,
  attendance: '每位成员的应参会、出席、请假、缺席次数和出席率，以及每次会议的出勤明细。',
  ranking: '重点工作“红旗”“蜗牛”全年排名及每次评价记录。',
  summary: '按条目汇总全年做了什么（次数、日期），可编辑的年度工作总结素材。',
});
const FORMATS: Record<ReportKind, ExportFormat[]> = {
  ledger: ['xlsx', 'docx'],
  quarterly: ['xlsx', 'docx'],
  'member-files': ['docx', 'xlsx'],
  attendance: ['xlsx', 'docx'],
  ranking: ['xlsx', 'docx'],
  summary: ['docx'],
};

export function ReportsPage() {
  const words = useUnitWords();
  const year = useYear();
  const [view, setView] = useState<ComplianceView | null>(null);
  const [monthly, setMonthly] = useState<MonthlyTrend[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [quarter, setQuarter] = useState(Math.floor(new Date().getMonth() / 3) + 1);
  const [printing, setPrinting] = useState<ReportRequest | null>(null);
  const [exporting, setExporting] = useState<ReportRequest | null>(null);
  const [memberId, setMemberId] = useState<number | null>(null);
  const [tab, setTab] = useState('overview');
  const { members, load: loadMembers } = useMembers();

  useEffect(() => {
    void loadMembers();
  }, [loadMembers]);
  useEffect(() => {
    setError(null);
    const date = todayIso() > `${year}-12-31` ? `${year + 1}-01-01` : todayIso();
    call('compliance.get', { year, date }).then(setView, (e: Error) => setError(e.message));
    call('reports.monthly', { year }).then(setMonthly, (e: Error) => setError(e.message));
  }, [year]);

  const result = view?.result;
  const itemChart = useMemo(() => {
    const items = result?.summary.byItem ?? [];
    return barOption(items.map((i) => (i.itemNo ? itemLabel(i.itemNo) : '其他')), items.map((i) => percent(i.ratio)), items.map((i) => `${i.done}/${i.required}`));
  }, [result]);
  const owing = useMemo(() => (result?.summary.byMember ?? []).filter((m) => m.required > 0), [result]);
  const memberChart = useMemo(() => barOption(owing.map((m) => m.name), owing.map((m) => percent(m.ratio)), owing.map((m) => `${m.done}/${m.required}`)), [owing]);
  const trend = useMemo(() => monthlyOption(monthly), [monthly]);
  const fileMember = memberId ?? owing[0]?.memberId ?? members[0]?.id ?? null;

  const actions = (report: ReportKind) => {
    const req: ReportRequest = { report, year, ...(report === 'quarterly' ? { quarter } : {}) };
    return [
      <Button key="p" size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(req)} aria-label={`打印${REPORT_LABELS[report]}`}>
        打印
      </Button>,
      <Button key="e" size="small" icon={<ExportOutlined />} onClick={() => setExporting(req)} aria-label={`导出${REPORT_LABELS[report]}`}>
        导出
      </Button>,
    ];
  };

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">报表</h2>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'overview',
            label: '概览与导出',
            children: (
              <>
                {view && !view.hasPlan && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${year}年还没有工作要点，台账、季度进展和总结素材需先在“工作要点”中导入。`} />}
                <Row gutter={12} style={{ marginBottom: 12 }}>
                  <Col span={12}>
                    <Card size="small" title="按要点条目的完成度" data-testid="report-chart-item">
                      {result?.summary.byItem.length ? <EChart option={itemChart} height={Math.max(200, result.summary.byItem.length * 26)} /> : <Empty description="暂无职责" />}
                    </Card>
                  </Col>
                  <Col span={12}>
                    <Card size="small" title="按成员的完成度" data-testid="report-chart-member">
                      {owing.length ? <EChart option={memberChart} height={Math.max(200, owing.length * 28)} /> : <Empty description="没有需由成员个人完成的职责" />}
                    </Card>
                  </Col>
                </Row>
                <Card size="small" title="每月会议召开与出席率" style={{ marginBottom: 12 }} data-testid="report-chart-monthly">
                  <EChart option={trend} height={260} />
                </Card>
                <Card size="small" title="报表">
                  <List
                    data-testid="report-list"
                    dataSource={['ledger', 'quarterly', 'member-files', 'attendance', 'ranking'] as ReportKind[]}
                    renderItem={(k) => (
                      <List.Item actions={actions(k)}>
                        <List.Item.Meta
                          title={
                            <Space>
                              {REPORT_LABELS[k]}
                              {k === 'quarterly' && (
                                <Select aria-label="季度" size="small" value={quarter} onChange={setQuarter} style={{ width: 110 }} options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }))} />
                              )}
                            </Space>
                          }
                          description={descriptionsFor(words.members)[k]}
                        />
                      </List.Item>
                    )}
                  />
                </Card>
              </>
            ),
          },
          {
            key: 'members',
            label: '成员档案',
            children: (
              <>
                <Space style={{ marginBottom: 12 }}>
                  <span>成员</span>
                  <Select aria-label="成员" style={{ width: 160 }} value={fileMember ?? undefined} onChange={setMemberId} options={members.map((m) => ({ value: m.id, label: m.termEnd ? `${m.name}（已离任）` : m.name }))} />
                  <Button icon={<PrinterOutlined />} onClick={() => setPrinting({ report: 'member-files', year })}>打印全部成员档案</Button>
                </Space>
                {fileMember !== null ? <MemberFileView memberId={fileMember} year={year} /> : <Empty description="还没有成员" />}
              </>
            ),
          },
          { key: 'ranking', label: '重点工作排名', children: <Card size="small" extra={<Space>{actions('ranking')}</Space>} title={`${year}年重点工作“红旗”“蜗牛”排名`}><RankingTable year={year} /></Card> },
          { key: 'year-end', label: '年终', children: <YearEndCard year={year} onExportSummary={() => setExporting({ report: 'summary', year })} /> },
        ]}
      />
      {printing && <ReportPrintDialog request={printing} onClose={() => setPrinting(null)} />}
      {exporting && <ExportDialog request={exporting} formats={FORMATS[exporting.report]} onClose={() => setExporting(null)} />}
    </div>
  );
}
