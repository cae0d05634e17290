import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { DateField, dateRules, type DateValue } from '../../components/DateField';
import type { Member } from '../../../../shared/domain/members';
import { PARTY_ROLES, PARTY_ROLE_LABELS } from '../../../../shared/domain/members';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../app/forms';
import { TermConflictQuestion, termQuestion, type TermAnswer, type TermQuestion } from './TermConflictQuestion';
import { useUnitWords } from '../settings/unit-store';

interface FormValues {
  name: string;
  title: string;
  partyRole: Member['partyRole'];
  portfolio: string;
  branch: string;
  termStart: DateValue;
  note: string;
}

const maxRule = (label: string, max: number) => ({ max, message: `${label}不能超过${max}个字` });

export function MemberFormDialog({ member, onClose }: { member: Member | null; onClose: (saved: boolean) => void }) {
  const words = useUnitWords();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [question, setQuestion] = useState<TermQuestion | null>(null);
  const initial: FormValues = member
    ? { ...member, termStart: member.termStart ? dayjs(member.termStart) : null }
    : { name: '', title: '', partyRole: 'member', portfolio: '', branch: '', termStart: null, note: '' };

  const submit = async () => {
    const v = await form.validateFields();
    const fields = { ...v, termStart: v.termStart ? v.termStart.format('YYYY-MM-DD') : null };
    try {
      if (member) await call('members.update', { id: member.id, patch: fields });
      else await call('members.create', fields);
      message.success(member ? `已保存 ${fields.name} 的信息` : `已新增成员 ${fields.name}`);
      onClose(true);
    } catch (e) {
      const q = member ? await termQuestion(e, member.id, { termStart: fields.termStart }) : null;
      if (q) setQuestion(q);
      else applyFieldErrors(form, e, message);
    }
  };

  /** A start after meetings the member attended: take the covering date, go back to the field, or drop the edit. */
  const answer = (a: TermAnswer) => {
    const q = question!;
    setQuestion(null);
    if (a === 'cancel') onClose(false);
    else if (a === 'cover') {
      form.setFieldValue('termStart', dayjs(q.cover));
      void submit();
    }
  };

  return (
    <Modal open title={member ? `编辑成员：${member.name}` : '新增成员'} okText="保存" cancelText="取消" onOk={() => void submit()} onCancel={() => onClose(false)} destroyOnHidden width={560}>
      <Form form={form} layout="vertical" initialValues={initial} requiredMark>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, maxRule('姓名', LIMITS.name)]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="title" label="职务" rules={[maxRule('职务', LIMITS.shortText)]}>
          <Input placeholder="例如：县委常委、常务副县长" />
        </Form.Item>
        <Form.Item name="partyRole" label={words.role} rules={[{ required: true, message: `请选择${words.role}` }]}>
          <Select options={PARTY_ROLES.map((r) => ({ value: r, label: PARTY_ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="portfolio" label="分管领域" rules={[maxRule('分管领域', LIMITS.title)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} placeholder="例如：发展改革、财政、审计" />
        </Form.Item>
        <Form.Item name="branch" label="所在支部" rules={[maxRule('所在支部', LIMITS.shortText)]}>
          <Input placeholder="例如：县政府办公室机关党支部" />
        </Form.Item>
        <Form.Item name="termStart" label="任职开始日期" rules={dateRules('任职开始日期')} extra="用于计算应尽职责：年中任职的成员只对任职期间的职责负责。">
          <DateField style={{ width: '100%' }} placeholder="如 2021-06-28（可不填）" />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[maxRule('备注', LIMITS.longText)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
      {question && member && <TermConflictQuestion member={member} q={question} onAnswer={answer} />}
    </Modal>
  );
}
