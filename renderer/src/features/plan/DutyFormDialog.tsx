import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import type { DutyDraft } from '../../../../shared/domain/duties';
import { DUTY_KINDS, DUTY_MEASURES, DUTY_SCOPES, FREQUENCIES, FREQUENCY_LABELS } from '../../../../shared/domain/duties';
import { itemLabel } from '../../../../shared/plan/item-label';
import { useUnitWords } from '../settings/unit-store';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

export const EMPTY_DRAFT: DutyDraft = { item: '', kind: 'other', title: '', frequency: 'year', minCount: 1, scope: 'group', deadline: null, source: '', measure: 'count' };
const MEASURE_LABELS = { count: '次数', days: '天数（累计）', hours: '学时（累计）' } as const;

/** Edits one duty (a draft in the import, or a saved one on the 工作要点 page). */
export function DutyFormDialog({
  duty,
  itemNos,
  onSubmit,
  onClose,
}: {
  duty: DutyDraft;
  itemNos: string[];
  onSubmit: (d: DutyDraft) => Promise<void> | void;
  onClose: () => void;
}) {
  const words = useUnitWords();
  const [form] = Form.useForm<DutyDraft & { deadline: string }>();
  useEffect(() => form.setFieldsValue({ ...duty, measure: duty.measure ?? 'count', deadline: duty.deadline ?? '' }), [duty, form]);
  const submit = async () => {
    const v = await form.validateFields();
    await onSubmit({ ...duty, ...v, item: v.item ?? '', deadline: v.deadline?.trim() ? v.deadline.trim() : null, minCount: Number(v.minCount), amount: v.measure && v.measure !== 'count' ? Number(v.amount) : null });
  };
  return (
    <Modal open title={duty.title ? '编辑职责' : '新增职责'} okText="确定" cancelText="取消" onOk={() => void submit()} onCancel={onClose} width={640} destroyOnHidden>
      <Form form={form} layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 18 }}>
        <Form.Item name="item" label="对应条目">
          <Select allowClear placeholder="不对应具体条目" options={itemNos.map((n) => ({ value: n, label: itemLabel(n) }))} />
        </Form.Item>
        <Form.Item name="title" label="职责名称" rules={[{ required: true, whitespace: true, message: '请填写职责名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label="类别" tooltip="决定由哪类会议或台账作为佐证">
          <Select options={options(DUTY_KINDS, words.kinds)} />
        </Form.Item>
        <Form.Item name="frequency" label="考核周期">
          <Select options={options(FREQUENCIES, FREQUENCY_LABELS)} />
        </Form.Item>
        <Form.Item name="measure" label="计量方式" tooltip="按次数，或按台账记录的时长累计（天、学时）">
          <Select options={options(DUTY_MEASURES, MEASURE_LABELS)} />
        </Form.Item>
        <Form.Item name="minCount" label="每期至少（次）" rules={[{ required: true, message: '请填写次数' }]}>
          <InputNumber min={1} max={366} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.measure !== b.measure}>
          {({ getFieldValue }) =>
            getFieldValue('measure') !== 'count' && (
              <Form.Item name="amount" label="累计时长" rules={[{ required: true, message: '请填写每期累计的天数或学时' }]}>
                <InputNumber min={0.5} max={8784} addonAfter={getFieldValue('measure') === 'hours' ? '学时' : '天'} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="scope" label="责任主体">
          <Select options={options(DUTY_SCOPES, words.scopes)} />
        </Form.Item>
        <Form.Item name="deadline" label="截止日期" extra="如 03-31 表示每年3月31日前完成；留空表示按周期考核" rules={[{ pattern: /^$|^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message: '格式应为 月-日，如 03-31' }]}>
          <Input placeholder="MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="source" label="原文依据">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
