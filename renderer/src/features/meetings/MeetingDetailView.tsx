import { durationText } from '../../../../shared/compliance/time-duties';
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Dropdown, Input, Modal, Space, Spin, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined, LockOutlined, PrinterOutlined, UnlockOutlined } from '@ant-design/icons';
import { SHEET_KINDS, SHEET_LABELS, type SheetKind } from '../../../../shared/contract/print';
import { MEETING_STATUS_LABELS, type MeetingDetail } from '../../../../shared/domain/meetings';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { AttendeesPanel } from './AttendeesPanel';
import { AttachmentsPanel } from '../ledger/AttachmentsPanel';
import { MeetingFormDialog } from './MeetingFormDialog';
import { PrintDialog } from './PrintDialog';
import { TopicsPanel } from './TopicsPanel';
import { whenText } from './format';
import { useMeetings } from './store';

/** One meeting: header, attendance, topics, minutes; printing, locking and deleting. */
export function MeetingDetailView({ id }: { id: number }) {
  const { message, modal } = App.useApp();
  const { open, load } = useMeetings();
  const [m, setM] = useState<MeetingDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState<SheetKind | null>(null);
  const [minutes, setMinutes] = useState('');

  const reload = useCallback(async (next?: MeetingDetail): Promise<MeetingDetail | null> => {
    try {
      const got = next ?? (await call('meetings.get', { id }));
      setM(got);
      setMinutes(got.minutes);
      setError(null);
      return got;
    } catch (e) {
      setError((e as Error).message);
      return null;
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) return <Alert type="error" showIcon message={error} action={<Button onClick={() => open(null)}>返回列表</Button>} />;
  if (!m) return <Spin />;
  const ro = m.locked || !!m.deletedAt;

  const act = async (p: Promise<MeetingDetail>, ok: string) => {
    try {
      await reload(await p);
      message.success(ok);
      void load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const remove = () =>
    modal.confirm({
      title: `删除${m.displayName}？`,
      content:
        m.status === 'held' && m.evidenceKind !== 'other'
          ? `这次会议已召开，是工作要点中“${m.typeName}”职责的完成依据。删除后该职责可能变为未完成。删除后可在“已删除”中恢复。`
          : '删除后可在“已删除”中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('meetings.delete', { id: m.id });
          message.success({
            content: (
              <span>
                已删除{m.displayName}{' '}
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    void call('meetings.restore', { id: m.id }).then(
                      (r) => (message.success(`已恢复${r.displayName}`), load()),
                      (e: Error) => message.error(e.message),
                    )
                  }
                >
                  撤销
                </Button>
              </span>
            ),
            duration: 8,
          });
          open(null);
          void load();
        } catch (e) {
          message.error((e as Error).message);
        }
      },
    });

  const unlock = () => {
    let reason = '';
    modal.confirm({
      title: `解锁${m.displayName}`,
      content: <Input.TextArea aria-label="解锁原因" placeholder="请填写解锁原因（将记入操作日志）" onChange={(e) => (reason = e.target.value)} />,
      okText: '解锁',
      cancelText: '取消',
      onOk: () => act(call('meetings.unlock', { id: m.id, reason }), '已解锁'),
    });
  };

  return (
    <div>
      <div className="ls-page-head">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => open(null)}>
            返回
          </Button>
          <h2 className="ls-page-title" style={{ margin: 0 }}>
            {m.displayName}
            {m.title ? `（${m.title}）` : ''}
          </h2>
          <Tag color={m.status === 'held' ? 'green' : m.status === 'cancelled' ? 'default' : 'blue'}>{MEETING_STATUS_LABELS[m.status]}</Tag>
          {m.locked && <Tag icon={<LockOutlined />}>已锁定</Tag>}
          {m.deletedAt && <Tag color="red">已删除</Tag>}
        </Space>
        <Space>
          <Dropdown menu={{ items: SHEET_KINDS.map((k) => ({ key: k, label: SHEET_LABELS[k] })), onClick: (e) => setPrinting(e.key as SheetKind) }}>
            <Button icon={<PrinterOutlined />}>打印</Button>
          </Dropdown>
          {m.deletedAt ? (
            <Button onClick={() => void act(call('meetings.restore', { id: m.id }), '已恢复')}>恢复</Button>
          ) : m.locked ? (
            <Button icon={<UnlockOutlined />} onClick={unlock}>
              解锁
            </Button>
          ) : (
            <>
              <Button onClick={() => setEditing(true)}>编辑</Button>
              <Button icon={<LockOutlined />} disabled={m.status !== 'held'} title={m.status !== 'held' ? '会议召开后才能锁定' : undefined} onClick={() => Modal.confirm({ title: '锁定后会议内容只读，确认会议记录已定稿？', okText: '锁定', cancelText: '取消', onOk: () => act(call('meetings.lock', { id: m.id }), '已锁定') })}>
                锁定
              </Button>
              <Button danger onClick={remove}>
                删除
              </Button>
            </>
          )}
        </Space>
      </div>
      {m.locked && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="会议记录已定稿并锁定，内容只读。督办事项仍可更新办理状态。" />}
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="时间">{whenText(m)}</Descriptions.Item>
        {durationText(m) && <Descriptions.Item label="时长">{durationText(m)}</Descriptions.Item>}
        <Descriptions.Item label="地点">{m.place || '—'}</Descriptions.Item>
        <Descriptions.Item label="主持人">{m.hostName || '—'}</Descriptions.Item>
        <Descriptions.Item label="记录人">{m.recorder || '—'}</Descriptions.Item>
        <Descriptions.Item label="议程" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{m.agenda || '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'attendees',
            label: `参会人员（${m.attendees.length}）`,
            children: (
              <AttendeesPanel
                meeting={m}
                onChanged={(next) =>
                  void reload(next).then((got) => {
                    // The core marks a 计划 meeting 已召开 once someone is recorded present (see attendance.ts): say so.
                    if (m.status === 'planned' && got?.status === 'held') message.info('已登记到会人员，会议状态已改为“已召开”。如会议实际未召开，可在“编辑”中改回。', 6);
                    void load();
                  })
                }
              />
            ),
          },
          { key: 'topics', label: `议题（${m.topics.length}）`, children: <TopicsPanel meeting={m} onChanged={() => void reload()} /> },
          {
            key: 'attachments',
            label: '附件',
            children: <AttachmentsPanel ownerType="meeting" ownerId={m.id} readOnly={!!m.deletedAt} hint="签到表签字后，可在这里上传其扫描件或照片，连同会议材料一并留存（会议锁定后仍可上传，但不能删除）。" />,
          },
          {
            key: 'minutes',
            label: '会议记录',
            children: (
              <>
                <Input.TextArea aria-label="会议记录" value={minutes} disabled={ro} onChange={(e) => setMinutes(e.target.value)} autoSize={{ minRows: 10, maxRows: 30 }} showCount maxLength={LIMITS.minutes} />
                <Button type="primary" style={{ marginTop: 12 }} disabled={ro || minutes === m.minutes} onClick={() => void act(call('meetings.update', { id: m.id, patch: { minutes } }), '会议记录已保存')}>
                  保存会议记录
                </Button>
              </>
            ),
          },
        ]}
      />
      {editing && (
        <MeetingFormDialog
          meeting={m}
          onClose={(saved) => {
            setEditing(false);
            if (saved) {
              void reload(saved);
              void load();
            }
          }}
        />
      )}
      {printing && <PrintDialog meetingId={m.id} initial={printing} onClose={() => setPrinting(null)} />}
    </div>
  );
}
