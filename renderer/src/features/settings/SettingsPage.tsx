import { useEffect } from 'react';
import { App, Button, Card, Descriptions, Form, Input } from 'antd';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../app/forms';
import type { SystemInfo } from '../../../../shared/contract/system';
import { useState } from 'react';

export function SettingsPage({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; shortName: string }>();
  const [info, setInfo] = useState<SystemInfo | null>(null);
  useEffect(() => {
    void call('unit.get', {}).then((u) => form.setFieldsValue({ name: u.name, shortName: u.shortName }));
    void call('system.info', {}).then(setInfo);
  }, [form]);

  const save = async (values: { name: string; shortName: string }) => {
    try {
      await call('unit.update', values);
      message.success('单位信息已保存');
      onSaved();
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">设置</h2>
      </div>
      <Card title="单位信息" style={{ maxWidth: 640, marginBottom: 16 }}>
        <Form form={form} layout="vertical" onFinish={save}>
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
      {info && (
        <Card title="关于" style={{ maxWidth: 640 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="程序版本">{info.appVersion}</Descriptions.Item>
            <Descriptions.Item label="数据格式版本">{info.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label="数据文件">{info.dataFile}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </div>
  );
}
