import { useEffect } from 'react';
import { App, Button, Card, Form, Input } from 'antd';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../app/forms';
import { useUnit } from './unit-store';

export function UnitCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; shortName: string }>();
  useEffect(() => {
    void call('unit.get', {}).then((u) => form.setFieldsValue({ name: u.name, shortName: u.shortName }));
  }, [form]);

  const save = async (values: { name: string; shortName: string }) => {
    try {
      await call('unit.update', values);
      message.success('单位信息已保存');
      void useUnit.getState().load();
      onSaved();
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };

  return (
    <Card title="单位信息" style={{ maxWidth: 640 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="name" label="单位名称" rules={[{ required: true, message: '请填写单位名称' }, { max: 60, message: '单位名称不能超过60个字' }]}>
          <Input placeholder="例如：××县人民政府党组" />
        </Form.Item>
        <Form.Item name="shortName" label="单位简称" rules={[{ max: 20, message: '单位简称不能超过20个字' }]}>
          <Input placeholder="例如：县政府党组" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          保存
        </Button>
      </Form>
    </Card>
  );
}
