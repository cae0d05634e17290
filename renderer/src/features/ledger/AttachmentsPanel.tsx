import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, List, Popconfirm, Space, Tag, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, FolderOpenOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/contract/ledger';
import type { Attachment } from '../../../../shared/ledger/types';
import { call, fileToBase64 } from '../../api/client';
import { attachmentDownloadUrl } from '../../api/http';

// Files attached to a record or a meeting (scans, photos, .docx, .pdf). The desktop app opens
// them with the system's default program; the browser host downloads them instead.

const isDesktop = () => window.luoshiHost?.kind === 'electron' || !!window.api;

export const sizeText = (n: number) => (n < 1024 ? `${n} 字节` : n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export function AttachmentsPanel({ ownerType, ownerId, readOnly, hint, onChanged }: { ownerType: 'record' | 'meeting'; ownerId: number; readOnly?: boolean; hint?: string; onChanged?: () => void }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(0);
  const load = useCallback(() => call('attachments.list', { ownerType, ownerId }).then(setItems, (e: Error) => message.error(e.message)), [ownerType, ownerId, message]);
  useEffect(() => {
    void load();
  }, [load]);

  const upload = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      message.error(`文件“${file.name}”有 ${sizeText(file.size)}，超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB 的上限。请压缩或拆分后再上传。`);
      return;
    }
    setUploading((n) => n + 1);
    try {
      await call('attachments.upload', { ownerType, ownerId, fileName: file.name, dataBase64: await fileToBase64(file) });
      message.success(`已上传“${file.name}”`);
      await load();
      onChanged?.();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setUploading((n) => n - 1);
    }
  };

  const open = async (a: Attachment) => {
    try {
      const r = await call('host.openAttachment', { id: a.id });
      if (!r.supported) window.location.assign(attachmentDownloadUrl(a.id));
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const remove = async (a: Attachment) => {
    try {
      await call('attachments.remove', { id: a.id });
      message.success(`已删除“${a.name}”，可在台账的“回收站”中恢复`);
      await load();
      onChanged?.();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <div data-testid="attachments">
      {hint && <Alert type="info" showIcon message={hint} style={{ marginBottom: 8 }} />}
      {!readOnly && (
        <Upload multiple showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
          <Button icon={<UploadOutlined />} loading={uploading > 0}>
            上传附件
          </Button>
          <span className="ls-muted" style={{ marginLeft: 8 }}>
            扫描件、照片、Word、PDF 等，每个不超过 {MAX_ATTACHMENT_BYTES / 1024 / 1024} MB
          </span>
        </Upload>
      )}
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: '还没有附件' }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button key="open" type="link" size="small" disabled={a.missing} icon={isDesktop() ? <FolderOpenOutlined /> : <DownloadOutlined />} onClick={() => void open(a)}>
                {isDesktop() ? '打开' : '下载'}
              </Button>,
              !readOnly && (
                <Popconfirm key="del" title={`删除附件“${a.name}”？`} description="删除后可在台账的“回收站”中恢复。" okText="删除" cancelText="取消" onConfirm={() => void remove(a)}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                    删除
                  </Button>
                </Popconfirm>
              ),
            ].filter(Boolean)}
          >
            <Space>
              <PaperClipOutlined />
              <span>{a.name}</span>
              <span className="ls-muted">{sizeText(a.size)}</span>
              {a.missing && <Tag color="red">文件缺失：请从备份恢复或重新上传</Tag>}
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
