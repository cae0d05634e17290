import { useState } from 'react';
import { Button, Progress, Space, Typography, Upload } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { BACKUP_EXTENSION } from '../../../../shared/contract/backup';
import { chooseOpenPath, hasNativeDialogs } from '../../api/files';
import { uploadToHost } from '../../api/http';

export interface ChosenFile {
  /** Where the core reads it: the file itself (Electron) or the browser host's uploaded copy. */
  path: string;
  name: string;
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** Picks a .luoshi-backup: Electron's open dialog, or the browser's file chooser (then uploaded to the host). */
export function BackupFileChooser({ value, onChange }: { value: ChosenFile | null; onChange: (f: ChosenFile | null) => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pickNative = async () => {
    const p = await chooseOpenPath({ title: '选择备份文件', extensions: [BACKUP_EXTENSION.slice(1)] });
    if (p) onChange({ path: p, name: baseName(p) });
  };
  const upload = async (file: File) => {
    setError(null);
    onChange(null);
    setProgress(0);
    try {
      const r = await uploadToHost(file, setProgress);
      onChange({ path: r.path, name: file.name });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  };

  const button = (
    <Button icon={<FolderOpenOutlined />} loading={progress !== null}>
      选择备份文件…
    </Button>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {hasNativeDialogs() ? (
          <span onClick={() => void pickNative()}>{button}</span>
        ) : (
          <Upload accept={BACKUP_EXTENSION} showUploadList={false} beforeUpload={(f) => (void upload(f), false)}>
            {button}
          </Upload>
        )}
        <Typography.Text type={value ? undefined : 'secondary'} data-testid="backup-file-name">
          {value ? value.name : `尚未选择（${BACKUP_EXTENSION} 文件，例如 U 盘上的“落实备份-20221231${BACKUP_EXTENSION}”）`}
        </Typography.Text>
      </Space>
      {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" status="active" aria-label="读取备份文件" />}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
