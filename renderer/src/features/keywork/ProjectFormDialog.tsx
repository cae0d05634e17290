import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import type { KeyProjectSummary } from '../../../../shared/domain/keywork';
import { KEY_ITEM_NOS, PROJECT_KINDS, PROJECT_KIND_LABELS } from '../../../../shared/domain/keywork';
import type { Member } from '../../../../shared/domain/members';
import { ApiError, call } from '../../api/client';
import { itemLabel } from '../../../../shared/plan/item-label';
import { useUnitWords } from '../settings/unit-store';

type Values = { name: string; itemNo: string; kind: KeyProjectSummary['kind']; leaderMemberId: number | null; unit: string; target: string; note: string };

export function ProjectFormDialog({ year, project, members, onClose }: { year: number; project: KeyProjectSummary | null; members: Member[]; onClose: (saved: boolean) => void }) {
  const words = useUnitWords();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const submit = async (v: Values) => {
    setSaving(true);
    try {
      await call('keywork.save', { ...v, leaderMemberId: v.leaderMemberId ?? null, year, id: project?.id });
      message.success(project ? `已保存“${v.name}”` : `已新增重点工作“${v.name}”`);
      onClose(true);
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields : undefined;
      form.setFields(Object.entries(fields ?? { name: (e as Error).message }).map(([name, err]) => ({ name: name as keyof Values, errors: [err] })));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={project ? '编辑重点工作' : '新增重点工作'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={() => onClose(false)} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={project ?? { itemNo: '13', kind: 'project', leaderMemberId: null, unit: '', target: '', note: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="name" label="项目（任务）名称" rules={[{ required: true, whitespace: true, message: '请填写项目（任务）名称' }]}>
          <Input aria-label="项目名称" maxLength={200} />
        </Form.Item>
        <Form.Item name="itemNo" label="所属要点条目">
          <Select aria-label="所属要点条目" options={KEY_ITEM_NOS.map((n) => ({ value: n, label: itemLabel(n) }))} />
        </Form.Item>
        <Form.Item name="kind" label="类别">
          <Select aria-label="类别" options={PROJECT_KINDS.map((k) => ({ value: k, label: PROJECT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="leaderMemberId" label="责任领导">
          <Select aria-label="责任领导" allowClear placeholder={`选择${words.members}`} options={members.filter((m) => m.termEnd === null || m.id === project?.leaderMemberId).map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
        <Form.Item name="unit" label="责任单位">
          <Input aria-label="责任单位" maxLength={200} placeholder="如：县发改局" />
        </Form.Item>
        <Form.Item name="target" label="年度目标">
          <Input.TextArea aria-label="年度目标" rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
