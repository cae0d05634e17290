import { useState } from 'react';
import { Alert, Button, Card, Input, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { call } from '../../api/client';
import { useLock } from './store';
import { unitBodyOf } from '../../../../shared/domain/unit-body';

export function LockScreen({ unitName }: { unitName: string }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setStatus = useLock((s) => s.set);

  const unlock = async () => {
    if (!password) return setError('请输入密码');
    setBusy(true);
    try {
      setStatus(await call('lock.unlock', { password }));
    } catch (e) {
      setError((e as Error).message);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: 'linear-gradient(160deg, #7f1212 0%, #a61b1b 55%, #f5f3f0 55.2%)' }}>
      <Card style={{ width: 380, boxShadow: '0 12px 32px rgba(0,0,0,.18)' }}>
        <div style={{ textAlign: 'center', marginBottom: 20 }}>
          <span className="ls-brand-mark" style={{ margin: '0 auto 10px', color: '#a61b1b', borderColor: '#a61b1b', width: 44, height: 44, fontSize: 26 }}>
            实
          </span>
          <Typography.Title level={4} style={{ margin: 0 }}>
            落实 · {unitBodyOf(unitName)}工作台账
          </Typography.Title>
          <Typography.Text type="secondary">{unitName || ' '}</Typography.Text>
        </div>
        <Input.Password
          size="large"
          prefix={<LockOutlined />}
          placeholder="应用锁密码"
          aria-label="应用锁密码"
          value={password}
          autoFocus
          onChange={(e) => {
            setPassword(e.target.value);
            setError(null);
          }}
          onPressEnter={() => void unlock()}
        />
        {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} />}
        <Button type="primary" size="large" block style={{ marginTop: 16 }} loading={busy} onClick={() => void unlock()}>
          解锁
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          忘记密码时，无法绕过应用锁：只能在重新安装后从备份文件恢复数据（需要备份口令）。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
