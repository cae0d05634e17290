import { useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Drawer, Empty, List, Segmented, Space, Tag } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { EvidenceItem } from '../../../../shared/contract/compliance';
import { EVIDENCE_LIMIT_MAX } from '../../../../shared/contract/compliance';
import { addDays, formatChineseDate } from '../../../../shared/dates/periods';
import { DUTY_KIND_LABELS } from '../../../../shared/domain/duties';
import { call } from '../../api/client';
import { useCompliance } from '../compliance/store';
import { StatusTag } from '../compliance/StatusTag';
import { evidenceHref } from '../compliance/links';
import { daysOf, entriesByDate, type CalendarEntry } from './entries';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const TYPE_LABEL = { due: '到期', meeting: '会议', record: '台账' } as const;
const TYPE_COLOR = { due: 'red', meeting: 'blue', record: 'green' } as const;

const shiftMonth = (date: string, delta: number) => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + delta;
  const ny = y + Math.floor(m / 12);
  return `${ny}-${String(((m % 12) + 12) % 12 + 1).padStart(2, '0')}-01`;
};

/** Month and week views, Monday first, with holidays / 调休 workdays from offline data. */
export function CalendarPage() {
  const { date: asOf, setDate, view, error, load } = useCompliance();
  const [mode, setMode] = useState<'month' | 'week'>('month');
  const [anchor, setAnchor] = useState(asOf);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  // The compliance data is per year: follow the anchor into another year.
  useEffect(() => {
    if (anchor.slice(0, 4) !== asOf.slice(0, 4)) setDate(`${anchor.slice(0, 4)}${asOf.slice(4) === '-02-29' ? '-02-28' : asOf.slice(4)}`);
  }, [anchor, asOf, setDate]);

  const days = useMemo(() => daysOf(mode, anchor), [mode, anchor]);
  const evidence = useRangeEvidence(days[0]!.date, days[days.length - 1]!.date, view);
  const entries = useMemo(() => entriesByDate(view, evidence.items), [view, evidence.items]);
  const move = (delta: number) => setAnchor(mode === 'month' ? shiftMonth(anchor, delta) : addDays(anchor, 7 * delta));
  const heading = mode === 'month' ? `${Number(anchor.slice(0, 4))}年${Number(anchor.slice(5, 7))}月` : `${formatChineseDate(days[0]!.date)} — ${formatChineseDate(days[6]!.date)}`;

  const entryLine = (e: CalendarEntry, i: number) => (
    <div key={i} className={`ls-cal-entry ls-cal-${e.type}${e.type === 'due' && e.status === 'overdue' ? ' ls-cal-overdue' : ''}`} title={e.title}>
      {e.type === 'due' && e.onHoliday ? '⚠' : ''}
      {TYPE_LABEL[e.type]}·{e.type === 'due' ? DUTY_KIND_LABELS[e.kind] : e.title}
    </div>
  );

  const openEntries = open ? (entries.get(open) ?? []) : [];
  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">日历</h2>
        <Space>
          <Button icon={<LeftOutlined />} aria-label="上一页" onClick={() => move(-1)} />
          <b style={{ minWidth: 120, textAlign: 'center', display: 'inline-block' }} data-testid="calendar-heading">
            {heading}
          </b>
          <Button icon={<RightOutlined />} aria-label="下一页" onClick={() => move(1)} />
          <Button onClick={() => setAnchor(asOf)}>回到 {formatChineseDate(asOf)}</Button>
          <Segmented value={mode} onChange={(v) => setMode(v as 'month' | 'week')} options={[{ value: 'month', label: '月' }, { value: 'week', label: '周' }]} />
        </Space>
      </div>
      {(error ?? evidence.error) && <Alert type="error" showIcon message={error ?? evidence.error} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 8, color: '#8c8c8c' }} size={16}>
        <span><Tag color="red">休</Tag>法定节假日</span>
        <span><Tag color="gold">班</Tag>调休上班</span>
        <span>⚠ 到期日在非工作日</span>
        <Badge color="red" text="职责到期" />
        <Badge color="blue" text="会议" />
        <Badge color="green" text="台账" />
      </Space>
      <div className={`ls-cal ls-cal-${mode}`} data-testid="calendar">
        {WEEKDAYS.map((w) => (
          <div key={w} className="ls-cal-head">
            周{w}
          </div>
        ))}
        {days.map((d) => {
          const list = entries.get(d.date) ?? [];
          const weekend = !d.info.isWorkday;
          return (
            <div
              key={d.date}
              role="button"
              tabIndex={0}
              aria-label={formatChineseDate(d.date)}
              data-date={d.date}
              className={`ls-cal-day${d.inMonth ? '' : ' ls-cal-out'}${weekend ? ' ls-cal-off' : ''}${d.date === asOf ? ' ls-cal-today' : ''}`}
              onClick={() => setOpen(d.date)}
              onKeyDown={(e) => e.key === 'Enter' && setOpen(d.date)}
            >
              <div className="ls-cal-num">
                <span>{Number(d.date.slice(8))}</span>
                {d.info.isHoliday && <Tag color="red">休</Tag>}
                {d.info.isAdjustedWorkday && <Tag color="gold">班</Tag>}
                {d.info.name && <span className="ls-cal-holiday">{d.info.name}</span>}
              </div>
              {list.slice(0, mode === 'week' ? 20 : 3).map(entryLine)}
              {mode === 'month' && list.length > 3 && <div className="ls-cal-more">还有 {list.length - 3} 项</div>}
            </div>
          );
        })}
      </div>
      <Drawer open={open !== null} title={open ? formatChineseDate(open) : ''} onClose={() => setOpen(null)} size={480}>
        {open && (dayNote(open, days) ?? null)}
        {openEntries.length === 0 ? (
          <Empty description="这一天没有到期事项、会议或台账" />
        ) : (
          <List
            data-testid="day-entries"
            dataSource={openEntries}
            renderItem={(e) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <Space>
                    <Tag color={TYPE_COLOR[e.type]}>{TYPE_LABEL[e.type]}</Tag>
                    <Tag>{DUTY_KIND_LABELS[e.kind]}</Tag>
                    {e.status && <StatusTag status={e.status} />}
                  </Space>
                  {e.ref ? <a href={evidenceHref(e.ref)}>{e.title}</a> : <span>{e.title}</span>}
                  {e.onHoliday && <span style={{ color: '#d48806' }}>⚠ 到期日为非工作日，请提前安排</span>}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </div>
  );
}

/** Meetings and records of the shown days only (a year holds tens of thousands); again when the compliance view reloads after a change. */
function useRangeEvidence(from: string, to: string, reloadWith: unknown): { items: EvidenceItem[]; error: string | null } {
  const [state, setState] = useState<{ items: EvidenceItem[]; error: string | null }>({ items: [], error: null });
  useEffect(() => {
    let live = true;
    call('compliance.evidence', { from, to, limit: EVIDENCE_LIMIT_MAX }).then(
      (p) => live && setState({ items: p.items, error: null }),
      (e: Error) => live && setState({ items: [], error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [from, to, reloadWith]);
  return state;
}

function dayNote(date: string, days: ReturnType<typeof daysOf>) {
  const info = days.find((d) => d.date === date)?.info;
  if (!info?.name) return null;
  return <Alert style={{ marginBottom: 12 }} type={info.isHoliday ? 'warning' : 'info'} message={info.isHoliday ? `${info.name}假期` : `${info.name}调休上班日`} />;
}
