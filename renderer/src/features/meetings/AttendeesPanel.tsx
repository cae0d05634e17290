import { useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Radio, Space, Table, Tag } from 'antd';
import { ATTENDANCE_LABELS, type Attendance, type Attendee, type MeetingDetail } from '../../../../shared/domain/meetings';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../app/forms';
import { LeaveDialog } from './LeaveDialog';
import { RollCallDialog } from './RollCallDialog';

const STATUS_BUTTONS: Exclude<Attendance, 'expected'>[] = ['present', 'late', 'leave', 'absent'];

/** Attendance, entered one click per person from the signed sheet, or pasted as a roll call. */
export function AttendeesPanel({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: (m?: MeetingDetail) => void }) {
  const { message } = App.useApp();
  const [leaveFor, setLeaveFor] = useState<Attendee | null>(null);
  const [rollCall, setRollCall] = useState(false);
  const [guestOpen, setGuestOpen] = useState(false);
  const ro = meeting.locked || !!meeting.deletedAt;

  const run = async (p: Promise<unknown>, ok?: string) => {
    try {
      const r = await p;
      if (ok) message.success(ok);
      onChanged(r && typeof r === 'object' && 'attendees' in r ? (r as MeetingDetail) : undefined);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const setStatus = (a: Attendee, status: Exclude<Attendance, 'expected'>) => {
    if (status === 'leave') return setLeaveFor(a);
    void run(call('meetings.setAttendance', { attendeeId: a.id, status }));
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button disabled={ro} onClick={() => void run(call('meetings.markAllPresent', { id: meeting.id }), '未登记的人员已登记为出席')}>
          未登记的全部出席
        </Button>
        <Button disabled={ro} onClick={() => setRollCall(true)}>
          粘贴点名…
        </Button>
        <Button disabled={ro} onClick={() => setGuestOpen(true)}>
          添加列席人员
        </Button>
        <span style={{ color: '#8c8c8c' }}>
          应到 {meeting.counts.expected} 人，实到 {meeting.counts.present} 人，请假 {meeting.counts.leave} 人，缺席 {meeting.counts.absent} 人
        </span>
      </Space>
      <Table<Attendee>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.attendees}
        columns={[
          { title: '序号', width: 60, render: (_v, _a, i) => i + 1 },
          { title: '姓名', dataIndex: 'name', width: 110, render: (n: string, a) => (a.role === 'guest' ? <Space size={4}>{n}<Tag>列席</Tag></Space> : n) },
          { title: '职务', render: (_v, a) => [a.unit, a.titleSnapshot].filter(Boolean).join('') },
          {
            title: '参会情况',
            width: 300,
            render: (_v, a) => (
              <Radio.Group
                size="small"
                optionType="button"
                buttonStyle="solid"
                disabled={ro}
                value={a.status}
                aria-label={`${a.name}的参会情况`}
                onChange={(e) => setStatus(a, e.target.value as Exclude<Attendance, 'expected'>)}
                options={STATUS_BUTTONS.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
              />
            ),
          },
          {
            title: '请假事由／审批',
            render: (_v, a) =>
              a.status === 'leave' ? (
                <span>
                  {a.leaveReason}
                  {a.leaveApproved ? <Tag color="green" style={{ marginLeft: 6 }}>{a.leaveApprover || '书记'}已批准</Tag> : <Tag color="orange" style={{ marginLeft: 6 }}>未经批准</Tag>}
                </span>
              ) : a.status === 'absent' ? <Tag color="red">无故缺席</Tag> : a.status === 'expected' ? <span style={{ color: '#bfbfbf' }}>未登记</span> : null,
          },
          {
            title: '',
            width: 70,
            render: (_v, a) =>
              ro ? null : (
                <Popconfirm title={`从本次会议移除 ${a.name}？`} okText="移除" cancelText="取消" onConfirm={() => void run(call('meetings.removeAttendee', { attendeeId: a.id }), `已从本次会议移除${a.name}`)}>
                  <Button size="small" type="link" danger>
                    移除
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {leaveFor && (
        <LeaveDialog
          attendee={leaveFor}
          meeting={meeting}
          onClose={(saved) => {
            setLeaveFor(null);
            if (saved) onChanged();
          }}
        />
      )}
      {rollCall && (
        <RollCallDialog
          meetingId={meeting.id}
          onClose={(m) => {
            setRollCall(false);
            if (m) onChanged(m);
          }}
        />
      )}
      {guestOpen && (
        <GuestDialog
          meetingId={meeting.id}
          onClose={(saved) => {
            setGuestOpen(false);
            if (saved) onChanged();
          }}
        />
      )}
    </>
  );
}

function GuestDialog({ meetingId, onClose }: { meetingId: number; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; unit: string; title: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await call('meetings.addGuest', { meetingId, name: v.name, unit: v.unit ?? '', title: v.title ?? '' });
      message.success(`已添加列席人员${v.name.trim()}`);
      onClose(true);
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };
  return (
    <Modal open title="添加列席人员" okText="添加" cancelText="取消" onOk={() => void submit()} onCancel={() => onClose(false)} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写列席人员姓名' }, { max: LIMITS.name, message: `姓名不能超过${LIMITS.name}个字` }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="unit" label="单位" rules={[{ max: LIMITS.shortText, message: `单位不能超过${LIMITS.shortText}个字` }]}>
          <Input placeholder="例如：县财政局" />
        </Form.Item>
        <Form.Item name="title" label="职务" rules={[{ max: LIMITS.shortText, message: `职务不能超过${LIMITS.shortText}个字` }]}>
          <Input placeholder="例如：局长" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
