import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import type { BackupSummary } from '../../../../shared/contract/backup';
import { backupFileName } from '../../../../shared/files/names';
import { call } from '../../api/client';
import { chooseSaveTarget, hasNativeDialogs, savedWhere, startDownload } from '../../api/files';
import { sameAs } from '../../app/forms';
import { PasswordStrength } from '../security/PasswordStrength';
import { BackupSummaryView } from './BackupSummaryView';
import { JobProgress } from './JobProgress';
import { BackupFileChooser, type ChosenFile } from './BackupFileChooser';
import { useJob } from './useJob';
import { useOpenedBackup } from './openedFile';
import { reloadAfterRestore } from './restoreNotice';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Encrypted backup to a file (e.g. on a USB drive): passphrase twice, strength, a plain warning. */
export function CreateBackup() {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ passphrase: string; confirm: string }>();
  const pass = Form.useWatch('passphrase', form) ?? '';
  const { job, running, run } = useJob<BackupSummary>();
  const [done, setDone] = useState<(BackupSummary & { downloadId?: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: { passphrase: string }) => {
    setDone(null);
    setError(null);
    try {
      const target = await chooseSaveTarget({ title: '保存加密备份', name: backupFileName(todayIso()), extensions: ['luoshi-backup'] });
      if (!target) return;
      let downloadId: string | undefined;
      const r = await run(async () => {
        const started = await call('backup.create', { ...target, passphrase: v.passphrase });
        downloadId = started.downloadId;
        return started;
      });
      if (downloadId) startDownload(downloadId);
      setDone({ ...r, downloadId });
      form.resetFields(['passphrase', 'confirm']);
      message.success('备份已生成并校验通过');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Card title="生成加密备份" style={{ maxWidth: 980 }}>
      <Typography.Paragraph type="secondary">
        {hasNativeDialogs()
          ? `点“生成备份”后选择保存位置（建议 U 盘），文件名为“${backupFileName(todayIso())}”。`
          : `点“生成备份”后由浏览器下载“${backupFileName(todayIso())}”，请再把它复制到 U 盘。`}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
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
          <Alert style={{ marginTop: 12 }} type="success" showIcon message={`备份已生成，保存在${savedWhere(done)}，并已读回完整校验。`} description={done.warnings?.join('；') || undefined} />
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
  const [chosen, setChosen] = useState<ChosenFile | null>(opened ? { path: opened, name: opened.split(/[\\/]/).pop() ?? opened } : null);
  const file = chosen?.path ?? '';
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
          message.success('已从备份恢复');
          reloadAfterRestore(`已从备份恢复“${r.unitName || '本单位'}”的数据。恢复前的数据保存在 ${r.preRestoreDir}`);
        } catch (e) {
          setError((e as Error).message);
        }
      },
    });

  return (
    <Card title="校验与恢复备份" style={{ maxWidth: 980 }}>

      <Space direction="vertical" style={{ width: '100%' }}>
        <BackupFileChooser
          value={chosen}
          onChange={(f) => {
            setChosen(f);
            setVerified(null);
          }}
        />
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

