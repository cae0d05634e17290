import { useRef, useState } from 'react';
import { Modal } from 'antd';

/** The user clicks where the item should be cut; the cursor position is the split offset. */
export function SplitDialog({ text, onSplit, onClose }: { text: string; onSplit: (offset: number) => void; onClose: () => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [offset, setOffset] = useState(0);
  const track = () => setOffset(ref.current?.selectionStart ?? 0);
  const ok = offset > 0 && offset < text.length;
  return (
    <Modal open title="拆分条目" okText="在光标处拆分" cancelText="取消" okButtonProps={{ disabled: !ok }} onOk={() => onSplit(offset)} onCancel={onClose}>
      <p style={{ color: '#8c8c8c' }}>在下面的文字中点击要拆开的位置（光标之后的文字成为新的一条）。</p>
      <textarea
        ref={ref}
        aria-label="条目正文"
        readOnly
        value={text}
        onSelect={track}
        onClick={track}
        onKeyUp={track}
        style={{ width: '100%', minHeight: 200, fontSize: 14, lineHeight: 1.7, padding: 8, boxSizing: 'border-box' }}
      />
      <p>{ok ? `将在第 ${offset} 个字处拆分：“…${text.slice(Math.max(0, offset - 8), offset)}｜${text.slice(offset, offset + 8)}…”` : '尚未选择拆分位置'}</p>
    </Modal>
  );
}
