import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Empty, List, Segmented, Space, Tag } from 'antd';
import { FileAddOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { EvidenceItem } from '../../../../shared/contract/compliance';
import { EVIDENCE_LIMIT_MAX } from '../../../../shared/contract/compliance';
import { addDays, formatChineseDate } from '../../../../shared/dates/periods';
import { call } from '../../api/client';
import { useCompliance } from '../compliance/store';
import { StatusTag } from '../compliance/StatusTag';
import { evidenceHref } from '../compliance/links';
import { daysOf, entriesByDate, type CalendarEntry, type EntryType } from '../../../../shared/calendar/entries';
import type { MeetingSummary, MeetingType } from '../../../../shared/domain/meetings';
import { yearOf } from '../../../../shared/dates/working-year';
import { ScheduleYearButton } from '../meetings/ScheduleYearButton';
import { todayIso, useWorkingYear } from '../year/store';
import { useUnitWords } from '../settings/unit-store';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const TYPE_LABEL: Record<EntryType, string> = { due: '到期', planned: '计划', meeting: '会议', record: '台账' };
const TYPE_COLOR: Record<EntryType, string> = { due: 'red', planned: 'purple', meeting: 'blue', record: 'green' };
/** The legend: the same swatches as the entries in the days. */
const LEGEND: [EntryType, string][] = [['due', '职责到期'], ['planned', '计划召开的会议'], ['meeting', '已召开的会议'], ['record', '台账']];

const shiftMonth = (date: string, delta: number) => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + delta;
  const ny = y + Math.floor(m / 12);
  return `${ny}-${String(((m % 12) + 12) % 12 + 1).padStart(2, '0')}-01`;
};

/** Month and week views, Monday first, with holidays / 调休 workdays from offline data. */
export function CalendarPage() {
  const words = useUnitWords();
  const { date: asOf, view, error, load } = useCompliance();
  const { year, setYear } = useWorkingYear();
  const [mode, setMode] = useState<'month' | 'week'>('month');
  const [anchor, setAnchor] = useState(asOf);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  // The header's year moves the calendar there (same month)...
  useEffect(() => {
    if (year !== null && yearOf(anchor) !== year) setAnchor(`${year}${anchor.slice(4, 8)}01`);
  }, [year]); // eslint-disable-line react-hooks/exhaustive-deps
  // ...and paging the calendar into another year moves the working year (every page follows).
  const goTo = (date: string) => {
    setAnchor(date);
    if (yearOf(date) !== year) setYear(yearOf(date));
  };

  const days = useMemo(() => daysOf(mode, anchor), [mode, anchor]);
  const from = days[0]!.date;
  const to = days[days.length - 1]!.date;
  const evidence = useRangeEvidence(from, to, view);
  const planned = usePlannedMeetings(from, to, view);
  const entries = useMemo(() => entriesByDate(view, evidence.items, planned.meetings), [view, evidence.items, planned.meetings]);
  const move = (delta: number) => goTo(mode === 'month' ? shiftMonth(anchor, delta) : addDays(anchor, 7 * delta));
  const today = todayIso();
  const heading = mode === 'month' ? `${Number(anchor.slice(0, 4))}年${Number(anchor.slice(5, 7))}月` : `${formatChineseDate(days[0]!.date)} — ${formatChineseDate(days[6]!.date)}`;

  const entryLine = (e: CalendarEntry, i: number) => (
    <div key={i} className={`ls-cal-entry ls-cal-${e.type}${e.type === 'due' && e.status === 'overdue' ? ' ls-cal-overdue' : ''}`} title={e.title} data-entry={e.type}>
      {e.type === 'due' && e.onHoliday ? '⚠' : ''}
      {TYPE_LABEL[e.type]}·{e.type === 'due' ? words.kinds[e.kind] : e.title}
    </div>
  );

  const openEntries = open ? (entries.get(open) ?? []) : [];
  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">日历</h2>
        <Space>
          <ScheduleYearButton year={yearOf(anchor)} types={planned.types} onDone={() => void load()} />
          <Button icon={<LeftOutlined />} aria-label="上一页" onClick={() => move(-1)} />
          <b style={{ minWidth: 120, textAlign: 'center', display: 'inline-block' }} data-testid="calendar-heading">
            {heading}
          </b>
          <Button icon={<RightOutlined />} aria-label="下一页" onClick={() => move(1)} />
          <DatePicker
            picker="month"
            aria-label="选择年月"
            allowClear={false}
            value={dayjs(anchor)}
            format="YYYY年M月"
            style={{ width: 120 }}
            onChange={(d) => d && goTo(d.format('YYYY-MM-01'))}
          />
          <Button onClick={() => goTo(today)}>今天</Button>
          <Segmented value={mode} onChange={(v) => setMode(v as 'month' | 'week')} options={[{ value: 'month', label: '月' }, { value: 'week', label: '周' }]} />
        </Space>
      </div>
      {(error ?? evidence.error ?? planned.error) && <Alert type="error" showIcon message={error ?? evidence.error ?? planned.error} style={{ marginBottom: 12 }} />}
      <div className="ls-cal-legend" data-testid="calendar-legend">
        {LEGEND.map(([type, label]) => (
          <span key={type} className={`ls-cal-entry ls-cal-${type}`}>
            {TYPE_LABEL[type]}·{label}
          </span>
        ))}
        <span><Tag color="red">休</Tag>法定节假日</span>
        <span><Tag color="gold">班</Tag>调休上班</span>
        <span>⚠ 到期日在非工作日</span>
      </div>
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
              className={`ls-cal-day${d.inMonth ? '' : ' ls-cal-out'}${weekend ? ' ls-cal-off' : ''}${d.date === today ? ' ls-cal-today' : ''}`}
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
        {open && (
          <Space style={{ marginBottom: 12 }}>
            <Button type="primary" icon={<PlusOutlined />} href={`#/meetings?new=meeting&date=${open}`}>
              在这一天新建会议
            </Button>
            <Button icon={<FileAddOutlined />} href={`#/ledger?new=record&date=${open}`}>
              在这一天新增台账
            </Button>
          </Space>
        )}
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
                    <Tag>{words.kinds[e.kind]}</Tag>
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

/** 计划 meetings of the shown days (not evidence yet, so compliance.evidence leaves them out); again after a change. */
function usePlannedMeetings(from: string, to: string, reloadWith: unknown): { meetings: MeetingSummary[]; types: MeetingType[]; error: string | null } {
  const [state, setState] = useState<{ meetings: MeetingSummary[]; types: MeetingType[]; error: string | null }>({ meetings: [], types: [], error: null });
  useEffect(() => {
    let live = true;
    const years = [...new Set([yearOf(from), yearOf(to)])];
    Promise.all([call('meetings.types', {}), ...years.map((year) => call('meetings.list', { year }))]).then(
      ([types, ...lists]) => live && setState({ types, meetings: lists.flat().filter((m) => m.status === 'planned' && m.date >= from && m.date <= to), error: null }),
      (e: Error) => live && setState({ meetings: [], types: [], error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [from, to, reloadWith]);
  return state;
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
