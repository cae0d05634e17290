import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Button, Select, Space, Table, Tag } from 'antd';
import type { ComplianceView, EvidenceItem, EvidencePage } from '../../../../shared/contract/compliance';
import type { DutyResult, PeriodResult } from '../../../../shared/compliance/types';
import { reportPeriodLabel } from '../../../../shared/compliance/report-period';
import { durationIn, figureOf, formatAmount, unitOf, unstatedText } from '../../../../shared/compliance/time-duties';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { call } from '../../api/client';
import { evidenceHref } from './links';
import { StatusTag } from './StatusTag';
import { useUnitWords } from '../settings/unit-store';

/** A year's period of a frequent kind can hold thousands of items: show the first few, the rest on request. */
const EVIDENCE_SHOWN = 10;

function EvidenceList({ refs, render }: { refs: string[]; render: (ref: string) => ReactNode }) {
  const [all, setAll] = useState(false);
  const shown = all ? refs : refs.slice(0, EVIDENCE_SHOWN);
  return (
    <Space direction="vertical" size={0}>
      {shown.map(render)}
      {refs.length > shown.length && (
        <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setAll(true)}>
          共 {refs.length} 条，显示全部
        </Button>
      )}
    </Space>
  );
}

/**
 * One duty's periods with the evidence counted in each (each links to its meeting or
 * record), per-member rows for member duties, and linking / unlinking evidence by hand.
 */
type LinkMode = 'link' | 'unlink' | 'clear';

/** What the clerk is told after each action on a (duty, evidence) pair. */
const DONE: Record<'confirm' | 'reject' | 'undoReject' | 'unlink' | 'unlinkManual' | 'link', string> = {
  confirm: '已确认，计入该职责',
  reject: '已标为不是该职责的佐证',
  undoReject: '已撤销，不再排除',
  unlink: '已取消关联，不再计入该职责',
  unlinkManual: '已取消关联',
  link: '已关联佐证，计入该职责',
};

/**
 * One duty's periods with the evidence counted in each (each links to its meeting or
 * record), per-member rows for member duties, the suggestions to confirm (several duties ask
 * for the same kind), the rejected ones, and linking / unlinking evidence by hand.
 */
export function DutyDetail({ duty, view, onChanged }: { duty: DutyResult; view: ComplianceView; onChanged: () => void }) {
  const words = useUnitWords();
  const { message } = App.useApp();
  const byRef = new Map(view.evidence.map((e) => [e.ref, e]));
  const linked = new Set(view.links.filter((l) => l.dutyId === duty.dutyId && l.mode === 'link').map((l) => l.ref));
  const counted = new Set([...duty.periods.flatMap((p) => p.evidence), ...duty.suggested, ...duty.rejected]);
  const candidates = useCandidates(view.result.year);

  const link = async (ref: string, mode: LinkMode, done: keyof typeof DONE) => {
    try {
      await call('compliance.link', { dutyId: duty.dutyId, ref, mode });
      message.success(DONE[done]);
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const title = (ref: string) => {
    const e: EvidenceItem | undefined = byRef.get(ref);
    if (!e) return <a href={evidenceHref(ref)}>{ref}</a>;
    const period = reportPeriodLabel(e.reportPeriod);
    const link = <a href={evidenceHref(ref)}>{`${formatChineseDate(e.date)} ${e.title}${period ? `（报告期：${period}）` : ''}`}</a>;
    if (!duty.measure) return link;
    // What this piece adds to a duty measured in time; one without a duration adds nothing.
    const d = durationIn(e, duty.measure);
    return (
      <span data-testid="evidence-duration">
        {link}
        {d === null ? <Tag color="orange" style={{ marginLeft: 4 }}>未填时长，未计入</Tag> : <Tag style={{ marginLeft: 4 }}>{`${formatAmount(d)} ${unitOf(duty.measure)}`}</Tag>}
      </span>
    );
  };

  const evidenceLink = (ref: string) => (
    <Space key={ref} size={2}>
      {title(ref)}
      {linked.has(ref) && <Tag color="gold">{byRef.get(ref)?.kind === duty.kind ? '已确认' : '手工关联'}</Tag>}
      <Button size="small" type="link" onClick={() => void (linked.has(ref) ? link(ref, 'clear', 'unlinkManual') : link(ref, 'unlink', 'unlink'))}>
        取消关联
      </Button>
    </Space>
  );

  const options = candidates.page.items.filter((e) => !counted.has(e.ref));
  return (
    <div className="ls-duty-detail">
      {duty.measure && duty.amount !== undefined && (
        <div className="ls-duty-time" style={{ marginBottom: 8, color: '#595959' }}>
          按时长考核：每个周期累计不少于 {formatAmount(duty.amount)} {unitOf(duty.measure)}，为计入的会议和台账所填时长（{unitOf(duty.measure)}）之和；天与学时不互相折算。
        </div>
      )}
      {duty.periods.some((p) => p.status === 'unassigned') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="duty-unassigned"
          message={`这项职责由“${words.scopes[duty.scope]}”承担，但“成员”中${duty.periods.every((p) => p.status === 'unassigned') ? '没有' : '有的周期没有'}在任的${duty.scope === 'secretary' ? '书记' : '成员'}，这些周期显示“无人承担”，不算完成。请在“成员”页录入成员、职务和任职日期。`}
        />
      )}
      {duty.unstated ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="unstated-durations"
          message={`${unstatedText(duty.unstated, duty.measure)}。请打开这些台账或会议补填时长（${unitOf(duty.measure!)}）。`}
        />
      ) : null}
      <Table<PeriodResult>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={duty.periods}
        columns={[
          { title: '周期', dataIndex: 'label', width: 200 },
          { title: '到期日', dataIndex: 'due', width: 130, render: (d: string) => formatChineseDate(d) },
          { title: '完成', width: duty.measure ? 120 : 80, render: (_v, p) => <span data-testid="period-figure">{figureOf(p)}</span> },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: PeriodResult['status']) => <StatusTag status={s} /> },
          { title: '佐证', render: (_v, p) => (p.evidence.length ? <EvidenceList refs={p.evidence} render={evidenceLink} /> : <span style={{ color: '#bbb' }}>无</span>) },
        ]}
      />
      {duty.members && (
        <div style={{ marginTop: 8 }}>
          <b>成员完成情况：</b>
          <Space wrap size={[12, 4]}>
            {duty.members.map((m) => (
              <span key={m.memberId} data-testid="member-progress">
                {m.name} {figureOf(m)} <StatusTag status={m.status} />
              </span>
            ))}
          </Space>
        </div>
      )}
      {duty.suggested.length > 0 && (
        <div className="ls-duty-suggested" style={{ marginTop: 8 }}>
          <b>待确认（{duty.suggested.length}）：</b>
          <span style={{ color: '#8c8c8c' }}>本年度有几项职责要求同类佐证，以下会议或台账可能属于本职责，确认后才计入。</span>
          <div>
            <EvidenceList
              refs={duty.suggested}
              render={(ref) => (
                <Space key={ref} size={4} data-testid="suggested-evidence">
                  {title(ref)}
                  <Button size="small" type="primary" ghost onClick={() => void link(ref, 'link', 'confirm')}>
                    确认
                  </Button>
                  <Button size="small" onClick={() => void link(ref, 'unlink', 'reject')}>
                    不是
                  </Button>
                </Space>
              )}
            />
          </div>
        </div>
      )}
      {duty.rejected.length > 0 && (
        <div className="ls-duty-rejected" style={{ marginTop: 8 }}>
          <b>已排除（{duty.rejected.length}）：</b>
          <div>
            <EvidenceList
              refs={duty.rejected}
              render={(ref) => (
                <Space key={ref} size={4} data-testid="rejected-evidence">
                  <span style={{ textDecoration: 'line-through', color: '#8c8c8c' }}>{title(ref)}</span>
                  <Button size="small" type="link" onClick={() => void link(ref, 'clear', 'undoReject')}>
                    撤销
                  </Button>
                </Space>
              )}
            />
          </div>
        </div>
      )}
      <Space style={{ marginTop: 8 }} wrap>
        <span>手工关联佐证：</span>
        <Select
          showSearch
          style={{ width: 420 }}
          placeholder="输入标题关键词，查找本年度的会议或台账"
          filterOption={false}
          onSearch={candidates.search}
          loading={candidates.loading}
          notFoundContent={candidates.loading ? '查找中…' : '没有找到，请换个关键词'}
          value={null}
          options={options.map((e) => ({ value: e.ref, label: `${formatChineseDate(e.date)} ${words.kinds[e.kind]} ${e.title}` }))}
          onChange={(ref: string) => void link(ref, 'link', 'link')}
          popupRender={(menu) => (
            <>
              {menu}
              {candidates.page.total > candidates.page.items.length && (
                <div style={{ padding: '4px 12px', color: '#8c8c8c' }}>
                  共 {candidates.page.total} 条，只列出前 {candidates.page.items.length} 条，请输入关键词缩小范围
                </div>
              )}
            </>
          )}
        />
      </Space>
    </div>
  );
}

const CANDIDATES = 100;

/** The year's meetings and records matching the typed words, asked from the core on demand (a year holds tens of thousands). */
function useCandidates(year: number) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState<EvidencePage>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const t = setTimeout(() => {
      call('compliance.evidence', { from: `${year}-01-01`, to: `${year}-12-31`, q: q.trim() || undefined, limit: CANDIDATES })
        .then((p) => live && setPage(p), () => live && setPage({ items: [], total: 0 }))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [year, q]);
  return { page, loading, search: setQ };
}
