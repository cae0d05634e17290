import { App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Attendee } from '../../../../shared/domain/meetings';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../app/forms';

interface FormValues {
  leaveReason: string;
  leaveRequestedAt: Dayjs | null;
  leaveApprover: string;
  leaveApproved: boolean;
}

/** 请假: reason required; when asked and whether the secretary approved (unapproved counts as 无故缺席). */
export function LeaveDialog({ attendee, onClose }: { attendee: Attendee; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const initial: FormValues = {
    leaveReason: attendee.leaveReason,
    leaveRequestedAt: attendee.leaveRequestedAt ? dayjs(attendee.leaveRequestedAt) : dayjs(),
    leaveApprover: attendee.leaveApprover,
    leaveApproved: attendee.status === 'leave' ? attendee.leaveApproved : true,
  };
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await call('meetings.setAttendance', {
        attendeeId: attendee.id, status: 'leave', leaveReason: v.leaveReason, leaveRequestedAt: v.leaveRequestedAt ? v.leaveRequestedAt.format('YYYY-MM-DD') : null,
        leaveApprover: v.leaveApprover ?? '', leaveApproved: !!v.leaveApproved,
      });
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
        <Form.Item name="leaveRequestedAt" label="请假时间">
          <DatePicker format="YYYY年M月D日" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="leaveApprover" label="批准人" rules={[{ max: LIMITS.name, message: `批准人不能超过${LIMITS.name}个字` }]}>
          <Input placeholder="党组书记姓名" />
        </Form.Item>
        <Form.Item name="leaveApproved" valuePropName="checked" extra="未经党组书记批准的请假，按无故缺席统计。">
          <Checkbox>已经党组书记批准</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
