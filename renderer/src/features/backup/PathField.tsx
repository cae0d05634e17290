import { Button, Input, Space } from 'antd';
import { call } from '../../api/client';

/** A file path: typed, or chosen with the system dialog where the host has one (Electron). */
export function PathField(props: { value?: string; onChange?: (v: string) => void; mode: 'save' | 'open'; title: string; defaultName?: string; extensions: string[]; placeholder: string }) {
  const hasDialog = window.luoshiHost?.kind === 'electron';
  const pick = async () => {
    const r = await call('host.pickPath', { mode: props.mode, title: props.title, defaultName: props.defaultName, extensions: props.extensions });
    if (r.path) props.onChange?.(r.path);
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input value={props.value} onChange={(e) => props.onChange?.(e.target.value)} placeholder={props.placeholder} aria-label={props.title} />
      {hasDialog && <Button onClick={() => void pick()}>选择…</Button>}
    </Space.Compact>
  );
}
