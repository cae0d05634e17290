import { figureOf } from '../../../../shared/compliance/time-duties';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { Alert, Button, Card, Col, Empty, InputNumber, Row, Space, Statistic, Table, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { EChartsOption } from 'echarts';
import { COMPLIANCE_STATUS_LABELS, COMPLIANCE_STATUSES, TERM_RULE_TEXT, type DutyResult } from '../../../../shared/compliance/types';
import { sortByUrgency } from '../../../../shared/compliance/engine';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { EChart } from '../../components/EChart';
import { PARTY_RED } from '../../theme/theme';
import { useRoute } from '../../app/routes';
import { useCompliance } from '../compliance/store';
import { StatusTag, STATUS_COLORS } from '../compliance/StatusTag';
import { DutyDetail } from '../compliance/DutyDetail';
import { recordHref } from '../compliance/links';
import { itemLabel } from '../../../../shared/plan/item-label';
import { DateField, isoOf } from '../../components/DateField';
import { useUnitWords } from '../settings/unit-store';

const percent = (r: number) => Math.round(r * 100);

export function barOption(names: string[], ratios: number[], labels: string[]): EChartsOption {
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
    tooltip: { trigger: 'axis', formatter: (p: unknown) => { const i = (p as { dataIndex: number }[])[0]!.dataIndex; return `${names[i]}：${labels[i]}`; } },
    series: [{ type: 'bar', data: ratios, barMaxWidth: 16, itemStyle: { color: PARTY_RED }, label: { show: true, position: 'right', formatter: (p) => labels[p.dataIndex] ?? '' } }],
  };
}

export function DashboardPage() {
  const words = useUnitWords();
  const { date, dueSoonDays, view, loading, error, setDate, setDueSoonDays, load } = useCompliance();
  const go = useRoute((s) => s.go);
  useEffect(() => {
    void load();
  }, [load]);

  const result = view?.result;
  // The figures and the duty table are drawn first; the charts and the members' list below them
  // follow in a second render React may interrupt (at 460 members that list was most of the first
  // paint). Only the first time there are figures: an update redraws everything together.
  const restShown = useDeferredValue(!!result, false);
  const duties = useMemo(() => (result ? sortByUrgency(result.duties) : []), [result]);
  const gaps = useMemo(
    () =>
      (result?.summary.byMember ?? [])
        .map((m) => ({ ...m, open: m.duties.filter((d) => d.done < d.required) }))
        .filter((m) => m.open.length > 0),
    [result],
  );
  const itemChart = useMemo(() => {
    const items = result?.summary.byItem ?? [];
    return barOption(items.map((i) => (i.itemNo ? itemLabel(i.itemNo) : '其他')), items.map((i) => percent(i.ratio)), items.map((i) => `${i.done}/${i.required}`));
  }, [result]);
  const memberChart = useMemo(() => {
    const ms = (result?.summary.byMember ?? []).filter((m) => m.required > 0);
    return barOption(ms.map((m) => m.name), ms.map((m) => percent(m.ratio)), ms.map((m) => `${m.done}/${m.required}`));
  }, [result]);

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">工作台</h2>
        <Space>
          <span>截至</span>
          <DateField aria-label="截至日期" standalone allowClear={false} value={dayjs(date)} style={{ width: 160 }} onChange={(d) => isoOf(d) && setDate(isoOf(d)!)} />
          <Tooltip title="距到期日不超过这些天且未完成的，标为“即将到期”">
            <span>提前提醒</span>
          </Tooltip>
          <InputNumber aria-label="提前提醒天数" min={0} max={90} value={dueSoonDays} onChange={(v) => v !== null && setDueSoonDays(v)} suffix="天" style={{ width: 90 }} />
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {view && !view.hasPlan && (
        <Card>
          <Empty description={`${date.slice(0, 4)}年还没有工作要点。先导入工作要点，确认其中的职责后，这里会显示每项职责的完成情况。`}>
            <Button type="primary" onClick={() => go('plan')}>
              去导入工作要点
            </Button>
          </Empty>
        </Card>
      )}
      {result && view?.hasPlan && (
        <>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            {/* 无人承担 only when some duty has nobody to owe it: a hint to fill in the member list. */}
            {COMPLIANCE_STATUSES.filter((s) => s !== 'unassigned' || result.summary.byStatus[s] > 0).map((s) => (
              <Col key={s} flex={1}>
                <Card size="small" data-testid={`count-${s}`}>
                  <Statistic title={COMPLIANCE_STATUS_LABELS[s]} value={result.summary.byStatus[s]} suffix="项" valueStyle={{ color: s === 'overdue' ? '#cf1322' : s === 'done' ? '#389e0d' : undefined }} />
                </Card>
              </Col>
            ))}
            <Col flex={1}>
              <Card size="small">
                <Statistic title="全年完成度" value={percent(result.summary.ratio)} suffix={`% (${result.summary.done}/${result.summary.required})`} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={`职责状态（截至 ${formatChineseDate(date)}，逾期在前）`} style={{ marginBottom: 12 }}>
            <Table<DutyResult>
              size="small"
              rowKey="dutyId"
              loading={loading}
              dataSource={duties}
              pagination={false}
              data-testid="duty-status-table"
              expandable={{ expandedRowRender: (d) => <DutyDetail duty={d} view={view} onChanged={() => void load()} /> }}
              columns={[
                { title: '状态', dataIndex: 'status', width: 90, render: (s: DutyResult['status']) => <StatusTag status={s} /> },
                { title: '条目', dataIndex: 'itemNo', width: 90, render: (n: string) => (n ? itemLabel(n) : '—') },
                { title: '类别', dataIndex: 'kind', width: 100, render: (k: DutyResult['kind']) => <Tag>{words.kinds[k]}</Tag> },
                {
                  title: '职责',
                  dataIndex: 'title',
                  // Evidence that several duties could be meant by counts only once confirmed in the detail.
                  render: (t: string, d) => (
                    <>
                      {t}
                      {d.suggested.length > 0 && (
                        <Tag color="orange" style={{ marginLeft: 6 }}>
                          待确认 {d.suggested.length}
                        </Tag>
                      )}
                    </>
                  ),
                },
                {
                  title: '本期',
                  width: 200,
                  render: (_v, d) => (d.current ? `${d.current.label} ${figureOf(d.current)}` : '—'),
                },
                { title: '全年', width: 100, render: (_v, d) => figureOf(d) },
                { title: '逾期周期', dataIndex: 'overduePeriods', width: 80, render: (n: number) => (n ? <span style={{ color: '#cf1322' }}>{n}</span> : '—') },
                {
                  // The earliest period still short: in the past (red) when something is overdue.
                  title: '最早未完成期限',
                  dataIndex: 'nextDue',
                  width: 140,
                  render: (d: string | null, row) => (d ? <span style={row.overduePeriods ? { color: '#cf1322' } : undefined}>{formatChineseDate(d)}</span> : '—'),
                },
                { title: '', width: 80, render: (_v, d) => (d.status === 'done' ? null : <a href={recordHref(d.kind)}>去登记</a>) },
              ]}
            />
          </Card>
          {restShown && (
            <>
              <Row gutter={12} style={{ marginBottom: 12 }}>
                <Col span={12}>
                  <Card size="small" title="按要点条目的完成度" data-testid="chart-by-item">
                    <EChart option={itemChart} height={Math.max(200, (result.summary.byItem.length || 1) * 28)} />
                  </Card>
                </Col>
                <Col span={12}>
                  <Card size="small" title="按成员的完成度" data-testid="chart-by-member">
                    {memberChart && result.summary.byMember.some((m) => m.required > 0) ? (
                      <EChart option={memberChart} height={Math.max(200, result.summary.byMember.length * 28)} />
                    ) : (
                      <Empty description={result.summary.byStatus.unassigned > 0 ? '尚未录入应承担的成员，个人职责无人承担' : '没有需由成员个人完成的职责'} />
                    )}
                  </Card>
                </Col>
              </Row>
              <Card size="small" title="成员待完成事项" style={{ marginBottom: 12 }} data-testid="member-gaps">
                {gaps.length === 0 ? (
                  <span style={{ color: '#8c8c8c' }} data-testid="member-gaps-none">
                    {result.summary.byStatus.unassigned > 0
                      ? `有 ${result.summary.byStatus.unassigned} 项职责无人承担：请在“成员”页录入成员、职务和任职日期。`
                      : result.summary.byMember.length === 0
                        ? '没有需由成员个人完成的职责。'
                        : '所有成员的个人职责均已完成。'}
                  </span>
                ) : (
                  gaps.map((m) => (
                    <div key={m.memberId} className="ls-gap-row">
                      <b style={{ width: 80, display: 'inline-block' }}>{m.name}</b>
                      <Space wrap size={[8, 4]}>
                        {m.open.map((d) => (
                          <a key={d.dutyId} href={recordHref(d.kind)} title={d.title}>
                            <Tag color={STATUS_COLORS[d.status]}>
                              {words.kinds[d.kind]} {figureOf(d)}
                            </Tag>
                          </a>
                        ))}
                      </Space>
                    </div>
                  ))
                )}
              </Card>
              <Alert type="info" showIcon message="任期规则" description={TERM_RULE_TEXT} />
            </>
          )}
        </>
      )}
    </div>
  );
}
