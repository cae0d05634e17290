import { useState } from 'react';
import { Alert, Button, Form, Modal, Radio } from 'antd';
import { REPORT_LABELS, type ExportFormat } from '../../../../shared/contract/reports';
import { call } from '../../api/client';
import { JobProgress } from '../backup/JobProgress';
import { PathField } from '../backup/PathField';
import { useJob } from '../backup/useJob';
import type { ReportRequest } from './ReportPrintDialog';

interface Done {
  file: string;
  title: string;
}

const FORMAT_LABELS: Record<ExportFormat, string> = { xlsx: 'Excel（.xlsx）', docx: 'Word（.docx）' };

/** Exports a report to a file the user names (typed, or the system dialog in Electron), with progress. */
export function ExportDialog({ request, formats, onClose }: { request: ReportRequest; formats: ExportFormat[]; onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>(formats[0]!);
  const base = `${request.year}年${REPORT_LABELS[request.report].replace(/（.*）/, '')}`;
  const [outFile, setOutFile] = useState('');
  const { job, running, run } = useJob<Done>();
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    setDone(null);
    try {
      setDone(await run(() => call('reports.export', { ...request, format, outFile: outFile.trim() })));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal open title={`导出：${REPORT_LABELS[request.report]}`} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label="格式">
          <Radio.Group
            value={format}
            onChange={(e) => {
              const f = e.target.value as ExportFormat;
              setFormat(f);
              setOutFile((p) => p.replace(/\.(xlsx|docx)$/i, `.${f}`));
            }}
            options={formats.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
          />
        </Form.Item>
        <Form.Item label="保存位置" extra="填写完整路径（含文件名）；文件夹不存在时会自动创建。">
          <PathField value={outFile} onChange={setOutFile} mode="save" title="保存位置" defaultName={`${base}.${format}`} extensions={[format]} placeholder={`例如：D:\\台账\\${base}.${format}`} />
        </Form.Item>
        <Button type="primary" loading={running} disabled={!outFile.trim()} onClick={() => void start()}>
          导出
        </Button>
      </Form>
      <JobProgress job={job} />
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="export-error" />}
      {done && <Alert style={{ marginTop: 12 }} type="success" showIcon message={`已导出“${done.title}”：${done.file}`} data-testid="export-done" />}
    </Modal>
  );
}
