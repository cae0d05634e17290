import { useState } from 'react';
import { Alert, App, Button, Checkbox, Input, Modal, Spin, Table, Tabs, Tag, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { MemberImportPreview, MemberImportRow } from '../../../../shared/contract/members';
import { MEMBER_IMPORT_MAX_BYTES } from '../../../../shared/contract/members';
import { MEMBER_IMPORT_MAX_ROWS } from '../../../../shared/members/import-limit';
import { call, fileToBase64 } from '../../api/client';

/** Hands a file from the core to the browser's downloads (both hosts run Chromium). */
function download(file: { fileName: string; dataBase64: string }): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rows the preview shows on one page: a list at the limit (1,000) stays quick to draw. */
const PAGE = 100;

/** Preview first: every row with its problems; nothing is saved unless every row is valid. From an .xlsx or a pasted list. */
export function ImportDialog({ onClose }: { onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [text, setText] = useState('');
  /** The pasted text the preview shows (what 导入 commits, even if the box was edited since). */
  const [pasted, setPasted] = useState<string | null>(null);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<MemberImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** What is being done while the dialog waits (a list at the limit takes a second or two). */
  const [busy, setBusy] = useState<string | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);

  const pick = async (f: File) => {
    setError(null);
    setPreview(null);
    if (f.size > MEMBER_IMPORT_MAX_BYTES) {
      setError(`文件太大（${(f.size / 1024 / 1024).toFixed(1)} MB），成员名单不应超过 5 MB，请确认是否选错了文件。`);
      return false;
    }
    const picked = { fileName: f.name, dataBase64: await fileToBase64(f) };
    setBusy(`正在读取并检查“${f.name}”……`);
    try {
      setPreview(await call('members.importPreview', picked));
      setFile(picked);
      setOnlyErrors(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
    return false;
  };

  const previewPaste = async () => {
    setError(null);
    setPreview(null);
    setBusy('正在检查粘贴的名单……');
    try {
      setPreview(await call('members.pastePreview', { text }));
      setPasted(text);
      setOnlyErrors(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const template = () =>
    call('members.importTemplate', {}).then(
      (t) => {
        download(t);
        message.success(`已下载${t.fileName}`);
      },
      (e: Error) => message.error(e.message),
    );

  const switchTo = (m: string) => {
    setMode(m as 'file' | 'paste');
    setPreview(null);
    setError(null);
  };

  const commit = async () => {
    const source = mode === 'paste' ? (pasted === null ? null : { paste: pasted }) : file;
    if (!source) return;
    setBusy(`正在导入 ${preview?.validCount ?? ''} 名成员……`);
    try {
      const r = 'paste' in source ? await call('members.pasteCommit', { text: source.paste }) : await call('members.importCommit', source);
      message.success(`已导入 ${r.created} 名成员`);
      onClose(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const shown = preview && onlyErrors ? preview.rows.filter((r) => r.errors.length) : (preview?.rows ?? []);
  const canCommit = !!preview && preview.errorCount === 0 && preview.validCount > 0;
  return (
    <Modal
      open
      width={960}
      title="导入成员名单"
      okText={preview ? `导入 ${preview.validCount} 名成员` : '导入'}
      cancelText="取消"
      okButtonProps={{ disabled: !canCommit, loading: !!busy }}
      onOk={() => void commit()}
      onCancel={() => onClose(false)}
    >
      <Spin spinning={!!busy} description={busy ?? undefined}>
        <Tabs
          activeKey={mode}
          onChange={switchTo}
          tabBarExtraContent={
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void template()}>
              下载 Excel 模板
            </Button>
          }
          items={[
            {
              key: 'file',
              label: '选择 Excel 文件',
              children: (
                <Upload.Dragger accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => pick(f)} disabled={!!busy}>
                  {preview && file ? (
                    // One line once a list is shown, so its rows fit a 1366×768 screen.
                    <p>
                      已选择“{file.fileName}”，点击或拖入可重新选择
                    </p>
                  ) : (
                    <>
                      <p className="ant-upload-drag-icon">
                        <InboxOutlined />
                      </p>
                      <p>点击或拖入 .xlsx 文件</p>
                      <p style={{ color: '#8c8c8c' }}>第一行为表头，需包含：姓名、职务、党组职务（书记/副书记/成员）、分管领域、所在支部；一次最多 {MEMBER_IMPORT_MAX_ROWS} 行</p>
                    </>
                  )}
                </Upload.Dragger>
              ),
            },
            {
              key: 'paste',
              label: '粘贴名单',
              children: (
                <>
                  <Input.TextArea
                    aria-label="成员名单"
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    autoSize={{ minRows: 5, maxRows: 10 }}
                    placeholder={'每行一人：姓名 职务 党组职务 分管领域 所在支部（用空格分开，也可从 Excel 直接复制）\n张建国 县委副书记、县长 书记 全面工作 县政府办公室党支部\n李卫东 县委常委、常务副县长 副书记'}
                  />
                  <Button style={{ marginTop: 8 }} onClick={() => void previewPaste()} disabled={!text.trim()} loading={!!busy}>
                    预览
                  </Button>
                </>
              ),
            },
          ]}
        />
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
                  ? `共 ${preview.rows.length} 行，其中 ${preview.errorCount} 行有错误。${mode === 'paste' ? '请改正粘贴的名单后重新预览' : '请在 Excel 中改正后重新选择文件'}；在此之前不会导入任何成员。`
                  : `共 ${preview.rows.length} 行，全部可以导入。`
              }
              description={preview.missingColumns.length ? `未找到的列（将留空）：${preview.missingColumns.join('、')}` : undefined}
            />
            {preview.errorCount > 0 && preview.rows.length > 20 && (
              <Checkbox style={{ marginTop: 8 }} checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)}>
                只看有错误的 {preview.errorCount} 行
              </Checkbox>
            )}
            <Table<MemberImportRow>
              style={{ marginTop: 12 }}
              size="small"
              rowKey="row"
              pagination={shown.length > PAGE ? { pageSize: PAGE, showSizeChanger: false, size: 'small', showTotal: (n) => `共 ${n} 行` } : false}
              // Room for the page switcher under it inside the dialog on a 768-pixel-high screen.
              scroll={{ y: 'min(320px, calc(100vh - 500px))' }}
              dataSource={shown}
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
      </Spin>
    </Modal>
  );
}
