import { Progress } from 'antd';
import { passwordStrength } from '../../../../shared/security/password';

const COLORS = ['#cf1322', '#cf1322', '#d48806', '#7cb305', '#389e0d'];

/** A strength bar for a password being chosen (app lock or backup passphrase). */
export function PasswordStrength({ value }: { value: string }) {
  if (!value) return null;
  const { score, label } = passwordStrength(value);
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }} aria-label={`密码强度：${label}`}>
      <Progress percent={(score + 1) * 20} showInfo={false} strokeColor={COLORS[score]} size="small" style={{ width: 160, margin: 0 }} />
      <span style={{ color: COLORS[score], fontSize: 12 }}>强度：{label}</span>
    </div>
  );
}
