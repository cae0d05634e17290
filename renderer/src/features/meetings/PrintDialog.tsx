import { useEffect, useRef, useState } from 'react';
import { Alert, InputNumber, Modal, Segmented, Space } from 'antd';
import { SHEET_KINDS, SHEET_LABELS, type SheetKind } from '../../../../shared/contract/print';
import { call } from '../../api/client';
import { SheetFrame } from '../../components/SheetFrame';
import { SheetActions } from '../../components/SheetActions';

/**
 * Shows a printed sheet exactly as it will print: the core's HTML in a sandboxed iframe (no
 * scripts; same-origin only so the parent may call print()). 打印 opens the system dialog, where
 * 另存为 PDF is also offered, in Electron and in the browser host alike.
 */
export function PrintDialog({ meetingId, initial, onClose }: { meetingId: number; initial: SheetKind; onClose: () => void }) {
  const [kind, setKind] = useState<SheetKind>(initial);
  const [blankRows, setBlankRows] = useState(5);
  const [sheet, setSheet] = useState<{ html: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    call('print.sheet', { kind, meetingId, options: { blankRows } })
      .then((s) => live && setSheet(s))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [kind, meetingId, blankRows]);

  return (
    <Modal open title="打印" width={900} onCancel={onClose} footer={null} destroyOnHidden>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<SheetKind> value={kind} onChange={setKind} options={SHEET_KINDS.map((k) => ({ value: k, label: SHEET_LABELS[k] }))} />
        {kind === 'signin' && (
          <span>
            列席空白行 <InputNumber aria-label="列席空白行" min={0} max={40} value={blankRows} onChange={(v) => setBlankRows(v ?? 0)} style={{ width: 70 }} />
          </span>
        )}
        <SheetActions frame={frame} sheet={sheet} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {sheet && <SheetFrame ref={frame} sheet={sheet} />}
    </Modal>
  );
}
