import { Alert, App, Button, Checkbox, Form, Input, Modal, Select } from 'antd';
import {
  OPINIONS, OPINION_LABELS, TOPIC_CATEGORIES, TOPIC_CATEGORY_LABELS, isPresent, isSanZhongYiDa, type MeetingDetail, type Opinion, type Topic, type TopicCategory,
} from '../../../../shared/domain/meetings';
import { quorum } from '../../../../shared/meetings/quorum';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors, validated } from '../../app/forms';

interface FormValues {
  title: string;
  presenter: string;
  category: TopicCategory;
  priorStudy: boolean;
  decision: string;
  minutes: string;
  opinions: Record<string, Opinion | undefined>;
}

/** One 议题; for 三重一大 each present member's opinion and the quorum rule are shown. */
export function TopicDialog({ meeting, topic, onClose }: { meeting: MeetingDetail; topic: Topic | null; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const category = Form.useWatch('category', form) ?? topic?.category ?? 'other';
  const members = meeting.attendees.filter((a) => a.role === 'member');
  const here = members.filter((a) => isPresent(a.status));
  const q = quorum(here.length, members.length, category);
  const initial: FormValues = {
    title: topic?.title ?? '', presenter: topic?.presenter ?? '', category: topic?.category ?? 'other', priorStudy: topic?.priorStudy ?? false,
    decision: topic?.decision ?? '', minutes: topic?.minutes ?? '',
    opinions: Object.fromEntries((topic?.opinions ?? []).map((o) => [String(o.memberId), o.opinion])),
  };
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const opinions = isSanZhongYiDa(v.category)
      ? Object.entries(v.opinions ?? {}).filter((e): e is [string, Opinion] => !!e[1]).map(([id, opinion]) => ({ memberId: Number(id), opinion }))
      : [];
    try {
      await call('meetings.saveTopic', {
        meetingId: meeting.id, id: topic?.id, title: v.title, presenter: v.presenter ?? '', category: v.category, priorStudy: !!v.priorStudy, decision: v.decision ?? '', minutes: v.minutes ?? '', opinions,
      });
      message.success(topic ? '已保存议题' : `已新增议题“${v.title.trim()}”`);
      onClose(true);
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };
  const max = (label: string, n: number) => ({ max: n, message: `${label}不能超过${n}个字` });
  return (
    <Modal open title={topic ? '编辑议题' : '新增议题'} okText="保存" cancelText="取消" width={680} onOk={() => void submit()} onCancel={() => onClose(false)} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="title" label="议题名称" rules={[{ required: true, whitespace: true, message: '请填写议题名称' }, max('议题名称', LIMITS.title)]}>
          <Input autoFocus />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="presenter" label="汇报人" rules={[max('汇报人', LIMITS.shortText)]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="category" label="类别" style={{ flex: 1 }}>
            <Select options={TOPIC_CATEGORIES.map((c) => ({ value: c, label: TOPIC_CATEGORY_LABELS[c] }))} />
          </Form.Item>
        </div>
        {isSanZhongYiDa(category) && (
          <>
            <Alert
              style={{ marginBottom: 12 }}
              type={q.ok ? 'success' : 'warning'}
              showIcon
              message={`“三重一大”事项：${q.rule}。本次到会 ${q.present}/${q.total} 人，需 ${q.needed} 人，${q.ok ? '符合要求' : '不符合要求'}。`}
            />
            <Form.Item name="priorStudy" valuePropName="checked">
              <Checkbox>会前已个别酝酿</Checkbox>
            </Form.Item>
            <div style={{ marginBottom: 8, display: 'flex', alignItems: 'center', gap: 12 }}>
              到会成员表态：
              {here.length > 0 && (
                <Button size="small" onClick={() => form.setFieldValue('opinions', Object.fromEntries(here.map((a) => [String(a.memberId), 'agree'])))}>
                  全体同意
                </Button>
              )}
            </div>
            {here.length === 0 && <p style={{ color: '#8c8c8c' }}>请先在“参会人员”中登记出席情况。</p>}
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 12 }}>
              {here.map((a) => (
                <Form.Item key={a.id} name={['opinions', String(a.memberId)]} label={a.name} style={{ marginBottom: 8 }}>
                  <Select allowClear placeholder="未表态" options={OPINIONS.map((o) => ({ value: o, label: OPINION_LABELS[o] }))} />
                </Form.Item>
              ))}
            </div>
          </>
        )}
        <Form.Item name="decision" label="会议决定" rules={[max('决定事项', LIMITS.longText)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="minutes" label="议题记录" rules={[max('议题记录', LIMITS.minutes)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
