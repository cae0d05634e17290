import { App, Checkbox, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import type { Attendee, MeetingDetail } from '../../../../shared/domain/meetings';
import type { Member } from '../../../../shared/domain/members';
import { DateField, dateRules, isoOf, type DateValue } from '../../components/DateField';
import { useMeetings } from './store';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors, validated } from '../../app/forms';
import { useUnitWords } from '../settings/unit-store';

interface FormValues {
  leaveReason: string;
  leaveRequestedAt: DateValue;
  leaveApprover: string;
  leaveApproved: boolean;
}

const inOffice = (m: Member, date: string) => (!m.termStart || m.termStart <= date) && (!m.termEnd || m.termEnd >= date);

/** The 党组书记 in office on the meeting's date approves leave (not when the secretary is the one asking). */
export const approverFor = (members: readonly Member[], attendee: Attendee, date: string) =>
  members.find((m) => m.partyRole === 'secretary' && inOffice(m, date) && m.id !== attendee.memberId)?.name ?? '';

/** 请假: reason required; when asked and whether the secretary approved (unapproved counts as 无故缺席). */
export function LeaveDialog({ attendee, meeting, onClose }: { attendee: Attendee; meeting: MeetingDetail; onClose: (saved: boolean) => void }) {
  const words = useUnitWords();
  const { message } = App.useApp();
  const members = useMeetings((s) => s.members);
  const [form] = Form.useForm<FormValues>();
  // Leave is usually asked for the meeting itself: dated on its day unless the clerk says otherwise.
  const initial: FormValues = {
    leaveReason: attendee.leaveReason,
    leaveRequestedAt: dayjs(attendee.leaveRequestedAt ?? meeting.date),
    leaveApprover: attendee.leaveApprover || approverFor(members, attendee, meeting.date),
    leaveApproved: attendee.status === 'leave' ? attendee.leaveApproved : true,
  };
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    try {
      await call('meetings.setAttendance', {
        attendeeId: attendee.id, status: 'leave', leaveReason: v.leaveReason, leaveRequestedAt: isoOf(v.leaveRequestedAt),
        leaveApprover: v.leaveApprover ?? '', leaveApproved: !!v.leaveApproved,
      });
      message.success(`已登记${attendee.name}请假`);
      onClose(true);
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };
  return (
    <Modal open title={`${attendee.name} 请假`} okText="保存" cancelText="取消" onOk={() => void submit()} onCancel={() => onClose(false)} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="leaveReason" label="请假事由" rules={[{ required: true, whitespace: true, message: '请填写请假事由' }, { max: LIMITS.title, message: `请假事由不能超过${LIMITS.title}个字` }]}>
          <Input autoFocus placeholder="例如：赴市参加专题会议" />
        </Form.Item>
        <Form.Item name="leaveRequestedAt" label="请假时间" rules={dateRules('请假时间')}>
          <DateField style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leaveApprover" label="批准人" rules={[{ max: LIMITS.name, message: `批准人不能超过${LIMITS.name}个字` }]}>
          <Input placeholder={`${words.scopes.secretary}姓名`} />
        </Form.Item>
        <Form.Item name="leaveApproved" valuePropName="checked" extra={`未经${words.scopes.secretary}批准的请假，按无故缺席统计。`}>
          <Checkbox>已经{words.scopes.secretary}批准</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
