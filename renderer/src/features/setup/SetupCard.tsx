import { useEffect, useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import type { SetupStatus } from '../../../../shared/contract/setup';
import { call } from '../../api/client';

/** In 设置: reopen the first-start guide, and remove the demo unit. */
export function SetupCard({ onChanged }: { onChanged: () => void }) {
  const { message } = App.useApp();
  const [status, setStatus] = useState<SetupStatus | null>(null);
  useEffect(() => {
    void call('setup.status', {}).then(setStatus);
  }, []);
  if (!status) return null;
  return (
    <Card title="首次设置与演示数据" style={{ maxWidth: 720 }}>
      <Space direction="vertical">
        <Button
          onClick={() =>
            void call('setup.dismiss', { dismissed: false }).then(() => {
              message.success('下次打开程序时将显示首次设置向导');
              window.location.reload();
            })
          }
        >
          重新打开首次设置向导
        </Button>
        {status.demo && (
          <>
            <Typography.Text type="warning">当前是演示数据。清除后回到空白状态（清除前自动保存快照，可在“备份与恢复”中找回）。</Typography.Text>
            <Popconfirm
              title="清除全部演示数据？"
              okText="清除"
              cancelText="取消"
              onConfirm={() =>
                call('demo.clear', {}).then(
                  () => {
                    message.success('演示数据已清除');
                    onChanged();
                    window.location.reload();
                  },
                  (e: Error) => message.error(e.message),
                )
              }
            >
              <Button danger>清除演示数据</Button>
            </Popconfirm>
          </>
        )}
      </Space>
    </Card>
  );
}
