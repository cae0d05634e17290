import { useState } from 'react';
import { Alert, App, Modal, Table, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { MemberImportPreview, MemberImportRow } from '../../../../shared/contract/members';
import { MEMBER_IMPORT_MAX_BYTES } from '../../../../shared/contract/members';
import { call, fileToBase64 } from '../../api/client';

/** Preview first: every row with its problems; nothing is saved unless every row is valid. */
export function ImportDialog({ onClose }: { onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<MemberImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File) => {
    setError(null);
    setPreview(null);
    if (f.size > MEMBER_IMPORT_MAX_BYTES) {
      setError(`文件太大（${(f.size / 1024 / 1024).toFixed(1)} MB），成员名单不应超过 5 MB，请确认是否选错了文件。`);
      return false;
    }
    const picked = { fileName: f.name, dataBase64: await fileToBase64(f) };
    setBusy(true);
    try {
      setPreview(await call('members.importPreview', picked));
      setFile(picked);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
    return false;
  };

  const commit = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await call('members.importCommit', file);
      message.success(`已导入 ${r.created} 名成员`);
      onClose(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const canCommit = !!preview && preview.errorCount === 0 && preview.validCount > 0;
  return (
    <Modal
      open
      width={960}
      title="从 Excel 导入成员"
      okText={preview ? `导入 ${preview.validCount} 名成员` : '导入'}
      cancelText="取消"
      okButtonProps={{ disabled: !canCommit, loading: busy }}
      onOk={() => void commit()}
      onCancel={() => onClose(false)}
    >
      <Upload.Dragger accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => pick(f)} disabled={busy}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>点击或拖入 .xlsx 文件</p>
        <p style={{ color: '#8c8c8c' }}>第一行为表头，需包含：姓名、职务、党组职务（书记/副书记/成员）、分管领域、所在支部</p>
      </Upload.Dragger>
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="import-error" />}
      {preview && (
        <>
          <Alert
            style={{ marginTop: 12 }}
            type={preview.errorCount ? 'error' : 'success'}
            showIcon
            data-testid="import-summary"
            message={
              preview.errorCount
                ? `共 ${preview.rows.length} 行，其中 ${preview.errorCount} 行有错误。请在 Excel 中改正后重新选择文件；在此之前不会导入任何成员。`
                : `共 ${preview.rows.length} 行，全部可以导入。`
            }
            description={preview.missingColumns.length ? `未找到的列（将留空）：${preview.missingColumns.join('、')}` : undefined}
          />
          <Table<MemberImportRow>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="row"
            pagination={false}
            scroll={{ y: 320 }}
            dataSource={preview.rows}
            rowClassName={(r) => (r.errors.length ? 'ls-row-error' : '')}
            columns={[
              { title: '行', dataIndex: 'row', width: 56 },
              { title: '姓名', render: (_v, r) => r.values.name, width: 100 },
              { title: '职务', render: (_v, r) => r.values.title },
              { title: '党组职务', render: (_v, r) => r.values.partyRole, width: 90 },
              { title: '分管领域', render: (_v, r) => r.values.portfolio, ellipsis: true },
              { title: '所在支部', render: (_v, r) => r.values.branch, ellipsis: true },
              {
                title: '检查结果',
                width: 240,
                render: (_v, r) => (r.errors.length ? r.errors.map((e) => <div key={e} style={{ color: '#cf1322' }}>{e}</div>) : <Tag color="green">可导入</Tag>),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
