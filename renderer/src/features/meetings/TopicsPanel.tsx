import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { DateField, dateRules, isoOf, type DateValue } from '../../components/DateField';
import { formatChineseDate } from '../../../../shared/dates/periods';
import {
  FOLLOWUP_STATUSES, FOLLOWUP_STATUS_LABELS, OPINION_LABELS, TOPIC_CATEGORY_LABELS, isSanZhongYiDa, type Followup, type FollowupStatus, type MeetingDetail, type Topic,
} from '../../../../shared/domain/meetings';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors, validated } from '../../app/forms';
import { TopicDialog } from './TopicDialog';

/** 议题 with decisions, opinions and 督办 follow-ups (editable even after the meeting is locked). */
export function TopicsPanel({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Topic | 'new' | null>(null);
  const [followup, setFollowup] = useState<{ topic: Topic; f: Followup | null } | null>(null);
  const ro = meeting.locked || !!meeting.deletedAt;
  const nameOf = new Map(meeting.attendees.map((a) => [a.memberId, a.name]));

  const remove = async (t: Topic) => {
    try {
      await call('meetings.deleteTopic', { topicId: t.id });
      message.success(`已删除议题“${t.title}”`);
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <>
      <Button type="primary" disabled={ro} style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
        新增议题
      </Button>
      {meeting.topics.length === 0 && <Empty description="还没有议题" />}
      {meeting.topics.map((t, i) => (
        <Card
          key={t.id}
          size="small"
          style={{ marginBottom: 12 }}
          title={
            <Space>
              {`议题${i + 1}：${t.title}`}
              <Tag color={isSanZhongYiDa(t.category) ? 'red' : 'default'}>{TOPIC_CATEGORY_LABELS[t.category]}</Tag>
              {t.priorStudy && <Tag>已个别酝酿</Tag>}
            </Space>
          }
          extra={
            !ro && (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(t)}>
                  编辑
                </Button>
                <Popconfirm title="删除该议题及其督办事项？" okText="删除" cancelText="取消" onConfirm={() => void remove(t)}>
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        >
          {t.presenter && <p>汇报人：{t.presenter}</p>}
          {t.decision && <p>会议决定：{t.decision}</p>}
          {t.opinions.length > 0 && <p>表态：{t.opinions.map((o) => `${nameOf.get(o.memberId) ?? '?'}${OPINION_LABELS[o.opinion]}`).join('；')}</p>}
          <Table<Followup>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={t.followups}
            locale={{ emptyText: '无督办事项' }}
            columns={[
              { title: '督办事项', dataIndex: 'task' },
              { title: '责任人', dataIndex: 'responsible', width: 140 },
              { title: '完成时限', dataIndex: 'dueDate', width: 130, render: (d: string | null) => (d ? formatChineseDate(d) : '—') },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: FollowupStatus) => <Tag color={s === 'done' ? 'green' : s === 'open' ? 'default' : 'blue'}>{FOLLOWUP_STATUS_LABELS[s]}</Tag> },
              { title: '', width: 60, render: (_v, f) => <Button size="small" type="link" onClick={() => setFollowup({ topic: t, f })}>编辑</Button> },
            ]}
          />
          <Button size="small" style={{ marginTop: 8 }} disabled={!!meeting.deletedAt} onClick={() => setFollowup({ topic: t, f: null })}>
            添加督办事项
          </Button>
        </Card>
      ))}
      {editing && (
        <TopicDialog
          meeting={meeting}
          topic={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) onChanged();
          }}
        />
      )}
      {followup && (
        <FollowupDialog
          topic={followup.topic}
          followup={followup.f}
          onClose={(saved) => {
            setFollowup(null);
            if (saved) onChanged();
          }}
        />
      )}
    </>
  );
}

function FollowupDialog({ topic, followup, onClose }: { topic: Topic; followup: Followup | null; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ task: string; responsible: string; dueDate: DateValue; status: FollowupStatus; note: string }>();
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    try {
      await call('meetings.saveFollowup', { topicId: topic.id, id: followup?.id, task: v.task, responsible: v.responsible ?? '', dueDate: isoOf(v.dueDate), status: v.status, note: v.note ?? '' });
      message.success('已保存督办事项');
      onClose(true);
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };
  const del = async () => {
    try {
      await call('meetings.deleteFollowup', { id: followup!.id });
      onClose(true);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Modal
      open
      title={`督办：${topic.title}`}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
      footer={(orig) => (
        <Space>
          {followup && (
            <Button danger onClick={() => void del()}>
              删除
            </Button>
          )}
          {orig}
        </Space>
      )}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ task: followup?.task ?? '', responsible: followup?.responsible ?? '', dueDate: followup?.dueDate ? dayjs(followup.dueDate) : null, status: followup?.status ?? 'open', note: followup?.note ?? '' }}
      >
        <Form.Item name="task" label="督办事项" rules={[{ required: true, whitespace: true, message: '请填写督办事项' }, { max: LIMITS.title, message: `督办事项不能超过${LIMITS.title}个字` }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="responsible" label="责任人／责任单位" rules={[{ max: LIMITS.shortText, message: `责任人不能超过${LIMITS.shortText}个字` }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueDate" label="完成时限" rules={dateRules('完成时限')}>
          <DateField style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="status" label="办理状态">
          <Select options={FOLLOWUP_STATUSES.map((s) => ({ value: s, label: FOLLOWUP_STATUS_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: LIMITS.longText, message: `备注不能超过${LIMITS.longText}个字` }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
