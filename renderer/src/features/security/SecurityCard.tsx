import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Space } from 'antd';
import { passwordProblem } from '../../../../shared/security/password';
import { call } from '../../api/client';
import { applyFieldErrors, sameAs } from '../../app/forms';
import { PasswordStrength } from './PasswordStrength';
import { useLock } from './store';

interface PasswordForm {
  oldPassword?: string;
  newPassword: string;
  confirm: string;
}

/** Set, change or turn off the app lock, and choose the idle time. */
export function SecurityCard() {
  const { message } = App.useApp();
  const { status, refresh, set } = useLock();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!status) return null;

  const save = async (v: PasswordForm) => {
    try {
      set(await call('lock.setPassword', { oldPassword: v.oldPassword, newPassword: v.newPassword }));
      form.resetFields();
      message.success(status.enabled ? '应用锁密码已修改' : '应用锁已启用');
    } catch (e) {
      applyFieldErrors(form, e, message);
    }
  };

  return (
    <Card title="应用锁" style={{ maxWidth: 720 }}>
      {!status.enabled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="强烈建议启用应用锁"
          description="启用后，每次打开程序和离开电脑一段时间后都需要输入密码，防止他人查看或修改台账。"
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} style={{ maxWidth: 420 }}>
        {status.enabled && (
          <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请填写原密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item
          name="newPassword"
          label={status.enabled ? '新密码' : '设置密码'}
          extra={<PasswordStrength value={newPassword} />}
          rules={[{ required: true, message: '请填写密码' }, { validator: (_r, v: string) => (v && passwordProblem(v) ? Promise.reject(new Error(passwordProblem(v)!)) : Promise.resolve()) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入"
          dependencies={['newPassword']}
          rules={[{ required: true, message: '请再次输入密码' }, sameAs('newPassword', '两次输入的密码不一致')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="请牢记密码：程序没有默认密码，也没有找回密码的办法。忘记密码只能从备份恢复数据。" />
        <Button type="primary" htmlType="submit">
          {status.enabled ? '修改密码' : '启用应用锁'}
        </Button>
      </Form>
      {status.enabled && (
        <Space style={{ marginTop: 24 }} wrap>
          <span>空闲</span>
          <InputNumber
            min={1}
            max={240}
            defaultValue={status.idleMinutes}
            aria-label="自动锁定分钟数"
            onBlur={(e) => {
              const minutes = Number(e.target.value);
              if (minutes && minutes !== status.idleMinutes) void call('lock.setIdleMinutes', { minutes }).then(set, (err: Error) => message.error(err.message));
            }}
          />
          <span>分钟后自动锁定</span>
          <Button onClick={() => void call('lock.lock', {}).then(set)}>立即锁定</Button>
          <Popconfirm
            title="关闭应用锁"
            description={<DisableForm onDone={() => void refresh()} />}
            showCancel={false}
            okButtonProps={{ style: { display: 'none' } }}
          >
            <Button danger>关闭应用锁</Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { message } = App.useApp();
  return (
    <Input.Search
      type="password"
      placeholder="输入当前密码"
      enterButton="确认关闭"
      onSearch={(password) =>
        void call('lock.disable', { password }).then(
          () => {
            message.success('应用锁已关闭');
            onDone();
          },
          (e: Error) => message.error(e.message),
        )
      }
    />
  );
}
