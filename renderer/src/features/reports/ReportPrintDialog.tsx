import { useEffect, useRef, useState } from 'react';
import { Alert, Modal, Space, Spin } from 'antd';
import type { ReportKind } from '../../../../shared/contract/reports';
import { call } from '../../api/client';
import { SheetFrame } from '../../components/SheetFrame';
import { SheetActions } from '../../components/SheetActions';

export interface ReportRequest {
  report: ReportKind;
  year: number;
  memberId?: number;
  quarter?: number;
}

/** Print preview of any report: the same A4 HTML the core renders for every host. */
export function ReportPrintDialog({ request, onClose }: { request: ReportRequest; onClose: () => void }) {
  const [sheet, setSheet] = useState<{ html: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  // Callers pass a fresh object each render; refetch only when what it asks for changes.
  const key = JSON.stringify(request);
  useEffect(() => {
    let live = true;
    call('reports.print', JSON.parse(key) as ReportRequest).then(
      (s) => live && setSheet(s),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return (
    <Modal open title={sheet ? `打印：${sheet.title}` : '打印'} width={960} onCancel={onClose} footer={null} destroyOnHidden>
      <Space style={{ marginBottom: 12 }}>
        <SheetActions frame={frame} sheet={sheet} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {!sheet && !error && <Spin />}
      {sheet && <SheetFrame ref={frame} sheet={sheet} height="70vh" />}
    </Modal>
  );
}
