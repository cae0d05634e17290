import { useEffect, useState } from 'react';
import { Card, Descriptions } from 'antd';
import type { SystemInfo } from '../../../../shared/contract/system';
import { call } from '../../api/client';

export function AboutCard() {
  const [info, setInfo] = useState<SystemInfo | null>(null);
  useEffect(() => {
    void call('system.info', {}).then(setInfo);
  }, []);
  if (!info) return null;
  return (
    <Card title="关于" style={{ maxWidth: 720 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="程序版本">{info.appVersion}</Descriptions.Item>
        <Descriptions.Item label="数据格式版本">{info.schemaVersion}</Descriptions.Item>
        <Descriptions.Item label="数据文件">{info.dataFile}</Descriptions.Item>
      </Descriptions>
      <p style={{ color: '#8c8c8c', marginBottom: 0 }}>落实只在本机保存数据，从不访问网络。</p>
    </Card>
  );
}
