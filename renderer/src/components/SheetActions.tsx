import type { RefObject } from 'react';
import { App, Button } from 'antd';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { call } from '../api/client';

/**
 * 打印 (the system dialog, from the preview frame) and, in the desktop app, 保存为 PDF
 * (Chromium's printToPDF in the main process). In the browser host, 另存为 PDF is in the
 * browser's own print dialog.
 */
export function SheetActions({ frame, sheet }: { frame: RefObject<HTMLIFrameElement | null>; sheet: { html: string; title: string } | null }) {
  const { message } = App.useApp();
  const savePdf = async () => {
    if (!sheet) return;
    try {
      const r = await call('host.savePdf', sheet);
      if (r.path) message.success(`已保存 ${r.path}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <>
      <Button type="primary" icon={<PrinterOutlined />} disabled={!sheet} onClick={() => frame.current?.contentWindow?.print()}>
        打印
      </Button>
      {window.luoshiHost?.kind === 'electron' && (
        <Button icon={<FilePdfOutlined />} disabled={!sheet} onClick={() => void savePdf()}>
          保存为 PDF
        </Button>
      )}
      <span style={{ color: '#8c8c8c' }}>纸张：A4。{window.luoshiHost?.kind === 'electron' ? '' : '在打印对话框中选择“另存为 PDF”即可保存电子版。'}</span>
    </>
  );
}
