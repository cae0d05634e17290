import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { DUTY_KINDS, type DutyKind } from '../../../../shared/domain/duties';
import type { MeetingType } from '../../../../shared/domain/meetings';
import { LIMITS } from '../../../../shared/limits';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../app/forms';
import { useMeetings } from './store';
import { useUnitWords } from '../settings/unit-store';

const nameRules = [
  { required: true, whitespace: true, message: '请填写会议类型名称' },
  { max: LIMITS.shortText, message: `名称不能超过${LIMITS.shortText}个字` },
];

interface TypeForm {
  name: string;
  evidenceKind: DutyKind;
}

/** 会议类型: built-in ones are fixed; custom ones can be added, edited while unused, and hidden at any time. */
export function MeetingTypesDialog({ onClose }: { onClose: () => void }) {
  const words = useUnitWords();
  const kindOptions = DUTY_KINDS.map((k) => ({ value: k, label: words.kinds[k] }));
  const kindLabel = (k: string) => words.kinds[k as DutyKind] ?? k;
  const { message } = App.useApp();
  const { types, load } = useMeetings();
  const [editing, setEditing] = useState<MeetingType | null>(null);
  const [addForm] = Form.useForm<TypeForm>();
  const [editForm] = Form.useForm<TypeForm>();

  const add = async () => {
    const v = await addForm.validateFields();
    try {
      const t = await call('meetings.createType', { name: v.name, evidenceKind: v.evidenceKind });
      message.success(`已新增会议类型“${t.name}”`);
      addForm.resetFields();
      await load();
    } catch (e) {
      applyFieldErrors(addForm, e, message);
    }
  };

  const save = async (t: MeetingType, patch: { name?: string; evidenceKind?: DutyKind; hidden?: boolean }, form?: typeof editForm) => {
    try {
      await call('meetings.updateType', { id: t.id, ...patch });
      message.success(patch.hidden === undefined ? `已保存会议类型“${patch.name ?? t.name}”` : patch.hidden ? `已隐藏“${t.name}”，新建会议时不再列出` : `已重新显示“${t.name}”`);
      setEditing(null);
      await load();
    } catch (e) {
      if (form) applyFieldErrors(form, e, message);
      else message.error((e as Error).message);
    }
  };

  const inUse = (t: MeetingType) => (t.meetings > 0 ? `已有 ${t.meetings} 次会议，不能修改（可以隐藏）` : undefined);

  return (
    <Modal open title="会议类型" width={760} footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose} destroyOnHidden>
      {/* One form for the row being edited; its fields sit in the table cells. */}
      <Form form={editForm} component={false}>
        <Table<MeetingType>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={types}
          columns={[
            {
              title: '名称',
              render: (_v, t) =>
                editing?.id === t.id ? (
                  <Form.Item name="name" rules={nameRules} style={{ margin: 0 }}>
                    <Input aria-label="新名称" autoFocus onPressEnter={() => void editForm.validateFields().then((v) => save(t, v, editForm))} />
                  </Form.Item>
                ) : (
                  <Space size={4}>
                    {t.name}
                    {t.builtin ? <Tag>内置</Tag> : <Tag color="blue">自定义</Tag>}
                    {t.hidden && <Tag color="default">已隐藏</Tag>}
                  </Space>
                ),
            },
            {
              title: '计入职责',
              width: 170,
              render: (_v, t) =>
                editing?.id === t.id ? (
                  <Form.Item name="evidenceKind" style={{ margin: 0 }}>
                    <Select aria-label="计入职责" options={kindOptions} />
                  </Form.Item>
                ) : (
                  kindLabel(t.evidenceKind)
                ),
            },
            { title: '会议次数', dataIndex: 'meetings', width: 80 },
            {
              title: '',
              width: 150,
              render: (_v, t) =>
                t.builtin ? null : editing?.id === t.id ? (
                  <Space size={0}>
                    <Button size="small" type="link" onClick={() => void editForm.validateFields().then((v) => save(t, v, editForm))}>
                      保存
                    </Button>
                    <Button size="small" type="link" onClick={() => setEditing(null)}>
                      取消
                    </Button>
                  </Space>
                ) : (
                  <Space size={0}>
                    <Button size="small" type="link" disabled={t.meetings > 0} title={inUse(t)} onClick={() => {
                        editForm.setFieldsValue({ name: t.name, evidenceKind: t.evidenceKind as DutyKind });
                        setEditing(t);
                      }}>
                      修改
                    </Button>
                    <Button size="small" type="link" onClick={() => void save(t, { hidden: !t.hidden })}>
                      {t.hidden ? '重新显示' : '隐藏'}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Form>
      <p style={{ color: '#8c8c8c', margin: '8px 0 16px' }}>
        “计入职责”决定这类会议召开后算作哪项职责的完成依据（选“其他”则不计入）。已有会议的类型不能改名或更改计入的职责，以免改变已有会议的名称和完成情况；不再使用时可以隐藏，已有会议不受影响。
      </p>
      <Form form={addForm} layout="inline" initialValues={{ name: '', evidenceKind: 'other' }} onFinish={() => void add()}>
        <Form.Item name="name" label="新类型名称" rules={nameRules}>
          <Input placeholder="例如：党风廉政建设专题会" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="evidenceKind" label="计入职责">
          <Select options={kindOptions} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            添加
          </Button>
        </Form.Item>
      </Form>
    </Modal>
  );
}
