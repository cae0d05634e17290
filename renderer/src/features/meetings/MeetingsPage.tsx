import { useEffect, useRef, useState } from 'react';
import { useDeepLink } from '../../app/useDeepLink';
import { Alert, Button, Select, Space, Switch, Table, Tabs, Tag } from 'antd';
import { AppstoreOutlined, PlusOutlined } from '@ant-design/icons';
import { MEETING_STATUS_LABELS, type MeetingDetail, type MeetingSummary } from '../../../../shared/domain/meetings';
import { MeetingDetailView } from './MeetingDetailView';
import { FollowupsPanel } from './FollowupsPanel';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MeetingTypesDialog } from './MeetingTypesDialog';
import { StatsPanel } from './StatsPanel';
import { ScheduleYearButton } from './ScheduleYearButton';
import { whenText } from './format';
import { useMeetings } from './store';
import { useRoomBelow } from '../../components/useRoomBelow';
import { useUnitWords } from '../settings/unit-store';

/** The table's header row, its 共N次 footer and the page's bottom margin: what the rows leave room for. */
const AROUND_ROWS = 47 + 48 + 28;

export function MeetingsPage() {
  const words = useUnitWords();
  const s = useMeetings();
  const [creating, setCreating] = useState<false | { kind?: string; date?: string }>(false);
  const [managingTypes, setManagingTypes] = useState(false);
  const tableTop = useRef<HTMLDivElement>(null);
  const room = useRoomBelow(tableTop);
  useEffect(() => {
    void s.load();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  // #/meetings?id=12 opens a meeting, ?new=KIND the form with that kind's type.
  useDeepLink({ open: (id) => s.open(id), create: (kind, date) => setCreating({ kind, date }) });

  if (s.openId !== null) return <div className="ls-page"><MeetingDetailView id={s.openId} /></div>;

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">会议</h2>
        <Space wrap>
          <Select aria-label="会议类型" allowClear placeholder="全部类型" value={s.typeId} style={{ width: 180 }} onChange={(typeId) => s.setFilter({ typeId })} options={s.types.filter((t) => !t.hidden || t.id === s.typeId).map((t) => ({ value: t.id, label: t.name }))} />
          <span>
            已删除 <Switch size="small" checked={s.deleted} onChange={(deleted) => s.setFilter({ deleted })} aria-label="显示已删除" />
          </span>
          <Button icon={<AppstoreOutlined />} onClick={() => setManagingTypes(true)}>
            会议类型
          </Button>
          <ScheduleYearButton year={s.year} types={s.types} onDone={() => void s.load()} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({})}>
            新建会议
          </Button>
        </Space>
      </div>
      {s.error && <Alert type="error" showIcon message={s.error} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          {
            key: 'list',
            label: '会议列表',
            children: (
              <div ref={tableTop}>
                <Table<MeetingSummary>
                  rowKey="id"
                  size="middle"
                  loading={s.loading}
                  dataSource={s.meetings}
                  // A unit tracking several bodies has hundreds of meetings a year: only the rows on
                  // screen are drawn, so the page opens as fast with 300 as with 12 (#15: < 200 ms).
                  virtual
                  scroll={{ y: Math.max(240, room - AROUND_ROWS) }}
                  pagination={false}
                  footer={s.meetings.length > 0 ? () => `共 ${s.meetings.length} 次` : undefined}
                  // Virtual rows are plain divs: the role keeps them rows for screen readers (and tests).
                  onRow={(m) => ({ role: 'row', onClick: () => s.open(m.id), style: { cursor: 'pointer' } })}
                  locale={{ emptyText: s.deleted ? '没有已删除的会议。' : `${s.year}年还没有会议。点击“新建会议”，或“安排全年${words.kinds['party-group-meeting']}”。` }}
                  columns={[
                    { title: '时间', width: 220, render: (_v, m) => whenText(m) },
                    { title: '会议', render: (_v, m) => <a>{m.displayName}{m.title ? `（${m.title}）` : ''}</a> },
                    { title: '主持人', dataIndex: 'hostName', width: 100 },
                    {
                      title: '状态',
                      width: 130,
                      render: (_v, m) => (
                        <Space size={4}>
                          <Tag color={m.status === 'held' ? 'green' : m.status === 'cancelled' ? 'default' : 'blue'}>{MEETING_STATUS_LABELS[m.status]}</Tag>
                          {m.locked && <Tag>已锁定</Tag>}
                        </Space>
                      ),
                    },
                    { title: '应到／实到', width: 110, render: (_v, m) => `${m.counts.expected}／${m.counts.present}` },
                    { title: '请假', width: 70, render: (_v, m) => m.counts.leave },
                    { title: '缺席', width: 70, render: (_v, m) => (m.counts.absent ? <span style={{ color: '#cf1322' }}>{m.counts.absent}</span> : 0) },
                    { title: '议题', width: 70, render: (_v, m) => m.counts.topics },
                  ]}
                />
              </div>
            ),
          },
          { key: 'followups', label: '督办事项', children: <FollowupsPanel key={s.year} year={s.year} /> },
          { key: 'stats', label: '出勤统计', children: <StatsPanel year={s.year} /> },
        ]}
      />
      {managingTypes && <MeetingTypesDialog onClose={() => setManagingTypes(false)} />}
      {creating && s.types.length > 0 && (
        <MeetingFormDialog
          meeting={null}
          defaultKind={creating ? creating.kind : undefined}
          defaultDate={creating ? creating.date : undefined}
          onClose={(saved: MeetingDetail | null) => {
            setCreating(false);
            if (window.location.hash.includes('?')) window.history.replaceState(null, '', '#/meetings');
            if (saved) {
              void s.load();
              s.open(saved.id);
            }
          }}
        />
      )}
    </div>
  );
}
