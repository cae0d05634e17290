import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import type { BackupSummary } from '../../../../shared/contract/backup';
import { BACKUP_EXTENSION } from '../../../../shared/contract/backup';
import { call } from '../../api/client';
import { sameAs } from '../../app/forms';
import { PasswordStrength } from '../security/PasswordStrength';
import { BackupSummaryView } from './BackupSummaryView';
import { JobProgress } from './JobProgress';
import { PathField } from './PathField';
import { useJob } from './useJob';
import { useOpenedBackup } from './openedFile';

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

/** Encrypted backup to a file (e.g. on a USB drive): passphrase twice, strength, a plain warning. */
export function CreateBackup() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outFile: string; passphrase: string; confirm: string }>();
  const pass = Form.useWatch('passphrase', form) ?? '';
  const { job, running, run } = useJob<BackupSummary>();
  const [done, setDone] = useState<BackupSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: { outFile: string; passphrase: string }) => {
    setDone(null);
    setError(null);
    try {
      const r = await run(() => call('backup.create', { outFile: v.outFile, passphrase: v.passphrase }));
      setDone(r);
      form.resetFields(['passphrase', 'confirm']);
      message.success('备份已生成并校验通过');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Card title="生成加密备份" style={{ maxWidth: 980 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ outFile: '' }}>
        <Form.Item name="outFile" label="备份文件保存位置" rules={[{ required: true, whitespace: true, message: '请填写备份文件的保存位置' }]}>
          <PathField mode="save" title="备份文件保存位置" defaultName={`落实备份-${today()}${BACKUP_EXTENSION}`} extensions={['luoshi-backup']} placeholder={`例如：E:\\落实备份-${today()}${BACKUP_EXTENSION}（U 盘）`} />
        </Form.Item>
        <Form.Item
          name="passphrase"
          label="备份口令"
          extra={<PasswordStrength value={pass} />}
          rules={[{ required: true, message: '请设置备份口令' }, { min: 8, message: '备份口令至少需要 8 个字符' }]}
        >
          <Input.Password autoComplete="new-password" aria-label="备份口令" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入口令"
          dependencies={['passphrase']}
          rules={[{ required: true, message: '请再次输入口令' }, sameAs('passphrase', '两次输入的口令不一致')]}
        >
          <Input.Password autoComplete="new-password" aria-label="再次输入口令" />
        </Form.Item>
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="口令一旦遗忘，备份将无法打开，任何人（包括开发者）都无法找回。请把口令记在安全的地方，不要与 U 盘放在一起。" />
        <Button type="primary" htmlType="submit" loading={running}>
          生成备份
        </Button>
      </Form>
      <JobProgress job={job} />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} />}
      {done && (
        <>
          <Alert style={{ marginTop: 12 }} type="success" showIcon message={`备份已写入 ${done.file}，并已读回完整校验。`} description={done.warnings?.join('；') || undefined} />
          <BackupSummaryView s={done} />
        </>
      )}
    </Card>
  );
}

/** Verify a backup without touching the data; then, if asked, restore it. */
export function RestoreBackup() {
  const { modal, message } = App.useApp();
  const opened = useOpenedBackup((s) => s.path);
  const [file, setFile] = useState(opened ?? '');
  const [pass, setPass] = useState('');
  const [verified, setVerified] = useState<BackupSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const verifyJob = useJob<BackupSummary>();
  const restoreJob = useJob<BackupSummary & { preRestoreDir: string }>();

  const verify = async () => {
    setError(null);
    setVerified(null);
    try {
      setVerified(await verifyJob.run(() => call('backup.verify', { file, passphrase: pass })));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const restore = () =>
    modal.confirm({
      title: '用此备份替换当前数据？',
      content: `将恢复“${verified?.unitName}”于 ${verified && new Date(verified.createdAt).toLocaleString('zh-CN', { hour12: false })} 的备份。当前数据会先保存为“恢复前快照”，需要时可找回。`,
      okText: '恢复',
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          const r = await restoreJob.run(() => call('backup.restore', { file, passphrase: pass }));
          message.success(`已恢复。原有数据保存在 ${r.preRestoreDir}`);
          window.setTimeout(() => window.location.reload(), 1200);
        } catch (e) {
          setError((e as Error).message);
        }
      },
    });

  return (
    <Card title="校验与恢复备份" style={{ maxWidth: 980 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <PathField value={file} onChange={setFile} mode="open" title="备份文件" extensions={['luoshi-backup']} placeholder="备份文件的完整路径，例如：E:\落实备份-20221231.luoshi-backup" />
        <Input.Password value={pass} onChange={(e) => setPass(e.target.value)} placeholder="备份口令" aria-label="备份口令（恢复）" />
        <Space>
          <Button onClick={() => void verify()} loading={verifyJob.running} disabled={!file || !pass}>
            校验备份
          </Button>
          <Button danger disabled={!verified} loading={restoreJob.running} onClick={restore}>
            从此备份恢复…
          </Button>
        </Space>
        <Typography.Text type="secondary">校验只读取备份，不改动当前数据。恢复前请先校验。</Typography.Text>
      </Space>
      <JobProgress job={verifyJob.job ?? null} />
      <JobProgress job={restoreJob.job ?? null} />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="backup-error" />}
      {verified && (
        <>
          <Alert style={{ marginTop: 12 }} type="success" showIcon message="备份完好：口令正确，内容与清单一致，数据库完整性检查通过。" />
          <BackupSummaryView s={verified} />
        </>
      )}
    </Card>
  );
}

