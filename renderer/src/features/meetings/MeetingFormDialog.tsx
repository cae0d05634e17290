import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { MEETING_STATUSES, MEETING_STATUS_LABELS, type MeetingDetail, type MeetingStatus } from '../../../../shared/domain/meetings';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors, validated } from '../../app/forms';
import { useMeetings } from './store';
import { DateField, dateRules, isoOf, type DateValue } from '../../components/DateField';
import { DurationFields } from '../../components/DurationFields';
import { defaultDateIn } from '../../../../shared/dates/working-year';
import { confirmOtherYear } from '../year/confirmOtherYear';
import { todayIso, useYear } from '../year/store';
import { useUnitWords } from '../settings/unit-store';

interface FormValues {
  typeId: number;
  title: string;
  date: DateValue;
  startTime: string;
  endTime: string;
  place: string;
  hostMemberId: number | null;
  recorder: string;
  agenda: string;
  status: MeetingStatus;
  copyFromLast: boolean;
  durationDays: number | null;
  durationHours: number | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeRule = (label: string) => ({ pattern: TIME, message: `${label}的格式应为 09:30` });

/** New meeting (attendees default to members in office on the date) or edit of its header. */
export function MeetingFormDialog({ meeting, onClose, defaultKind, defaultDate }: {
  meeting: MeetingDetail | null;
  onClose: (saved: MeetingDetail | null) => void;
  /** Preselects the type whose evidence kind this is (links from the dashboard). */
  defaultKind?: string;
  /** The day clicked in the calendar; else today in the working year, or its first working day. */
  defaultDate?: string;
}) {
  const words = useUnitWords();
  const { message, modal } = App.useApp();
  const year = useYear();
  const { types, members } = useMeetings();
  const [form] = Form.useForm<FormValues>();
  const secretary = members.find((m) => m.partyRole === 'secretary' && !m.termEnd);
  const initial: Partial<FormValues> = meeting
    ? { ...meeting, date: dayjs(meeting.date), startTime: meeting.startTime ?? '', endTime: meeting.endTime ?? '' }
    : { typeId: (types.find((t) => t.evidenceKind === defaultKind && !t.hidden) ?? types[0])?.id, date: dayjs(defaultDate ?? defaultDateIn(year, todayIso())), startTime: '09:00', endTime: '', place: '', hostMemberId: secretary?.id ?? null, recorder: '', agenda: '', status: 'planned', title: '', copyFromLast: false, durationDays: null, durationHours: null };

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const date = isoOf(v.date)!;
    if (date !== meeting?.date && !(await confirmOtherYear(modal, date, year))) return;
    const fields = {
      typeId: v.typeId, title: v.title ?? '', date, startTime: v.startTime || null, endTime: v.endTime || null, place: v.place ?? '',
      hostMemberId: v.hostMemberId ?? null, recorder: v.recorder ?? '', agenda: v.agenda ?? '', status: v.status,
      durationDays: v.durationDays ?? null, durationHours: v.durationHours ?? null,
    };
    try {
      const saved = meeting ? await call('meetings.update', { id: meeting.id, patch: fields }) : await call('meetings.create', { ...fields, copyFromLast: !!v.copyFromLast });
      message.success(meeting ? `已保存${saved.displayName}` : `已新建${saved.displayName}，应到 ${saved.counts.expected} 人`);
      onClose(saved);
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };

  const max = (label: string, n: number) => ({ max: n, message: `${label}不能超过${n}个字` });
  return (
    <Modal open title={meeting ? `编辑：${meeting.displayName}` : '新建会议'} okText="保存" cancelText="取消" onOk={() => void submit()} onCancel={() => onClose(null)} destroyOnHidden width={620}>
      <Form form={form} layout="vertical" initialValues={initial} requiredMark>
        <Form.Item name="typeId" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
          <Select options={types.filter((t) => !t.hidden || t.id === meeting?.typeId).map((t) => ({ value: t.id, label: t.name }))} />
        </Form.Item>
        {!meeting && (
          <Form.Item name="copyFromLast" valuePropName="checked" extra="沿用上一次同类会议的地点、时间、主持人、记录人、议程和列席人员。">
            <Checkbox>复制上一次同类会议</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="title" label="会议主题" rules={[max('会议主题', LIMITS.title)]} extra={`专题会议等可填写主题；${words.kinds['party-group-meeting']}可不填。`}>
          <Input />
        </Form.Item>
        <Form.Item name="date" label="会议日期" rules={dateRules('会议日期', true)} extra={meeting ? undefined : `应到人员默认为该日在任的全体${words.members}（按排序）。`}>
          <DateField style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="startTime" label="开始时间" rules={[timeRule('开始时间')]} style={{ flex: 1 }}>
            <Input placeholder="09:00" />
          </Form.Item>
          <Form.Item name="endTime" label="结束时间" rules={[timeRule('结束时间')]} style={{ flex: 1 }}>
            <Input placeholder="11:30" />
          </Form.Item>
          <Form.Item name="status" label="状态" style={{ flex: 1 }}>
            <Select options={MEETING_STATUSES.map((s) => ({ value: s, label: MEETING_STATUS_LABELS[s] }))} />
          </Form.Item>
        </div>
        <DurationFields what="会议（如中心组集中学习）" />
        <Form.Item name="place" label="会议地点" rules={[max('会议地点', LIMITS.shortText)]}>
          <Input placeholder="例如：县政府三楼会议室" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="hostMemberId" label="主持人" style={{ flex: 1 }}>
            <Select allowClear options={members.filter((m) => !m.termEnd || m.id === meeting?.hostMemberId).map((m) => ({ value: m.id, label: m.name }))} />
          </Form.Item>
          <Form.Item name="recorder" label="记录人" rules={[max('记录人', LIMITS.name)]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </div>
        <Form.Item name="agenda" label="会议议程" rules={[max('会议议程', LIMITS.longText)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
