import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Modal, Radio, Typography } from 'antd';
import { REPORT_LABELS, type ExportFormat } from '../../../../shared/contract/reports';
import { reportFileName } from '../../../../shared/files/names';
import { call } from '../../api/client';
import { chooseSaveTarget, hasNativeDialogs, savedWhere, startDownload } from '../../api/files';
import { JobProgress } from '../backup/JobProgress';
import { useJob } from '../backup/useJob';
import type { ReportRequest } from './ReportPrintDialog';

interface Done {
  file: string;
  title: string;
  downloadId?: string;
}

const FORMAT_LABELS: Record<ExportFormat, string> = { xlsx: 'Excel（.xlsx）', docx: 'Word（.docx）' };

/** Exports a report: Electron asks where to save (a proposed Chinese name); the browser downloads it. */
export function ExportDialog({ request, formats, onClose }: { request: ReportRequest; formats: ExportFormat[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [format, setFormat] = useState<ExportFormat>(formats[0]!);
  const [unitShortName, setUnitShortName] = useState('');
  const { job, running, run } = useJob<Done>();
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('unit.get', {}).then((u) => setUnitShortName(u.shortName || u.name), () => undefined);
  }, []);
  const name = reportFileName({ ...request, format, unitShortName });

  const start = async () => {
    setError(null);
    setDone(null);
    try {
      const target = await chooseSaveTarget({ title: `导出${REPORT_LABELS[request.report]}`, name, extensions: [format] });
      if (!target) return;
      let downloadId: string | undefined;
      const r = await run(async () => {
        const started = await call('reports.export', { ...request, format, ...target });
        downloadId = started.downloadId;
        return started;
      });
      const finished = { ...r, downloadId };
      if (downloadId) startDownload(downloadId);
      setDone(finished);
      message.success(`已导出“${r.title}”`);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal open title={`导出：${REPORT_LABELS[request.report]}`} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label="格式">
          <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} options={formats.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))} />
        </Form.Item>
        <Form.Item label="文件名" extra={hasNativeDialogs() ? '点“导出”后选择保存位置，可修改文件名。' : '点“导出”后由浏览器下载，保存在浏览器的“下载”文件夹中。'}>
          <Typography.Text data-testid="export-name">{name}</Typography.Text>
        </Form.Item>
        <Button type="primary" loading={running} onClick={() => void start()}>
          导出
        </Button>
      </Form>
      <JobProgress job={job} />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="export-error" />}
      {done && <Alert style={{ marginTop: 12 }} type="success" showIcon message={`已导出“${done.title}”，保存在${savedWhere(done)}。`} data-testid="export-done" />}
    </Modal>
  );
}
