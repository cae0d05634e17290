import { useState } from 'react';
import { Button, Select, Space } from 'antd';
import { itemLabel } from '../../../../shared/plan/item-label';

export interface SourceItem {
  no: string;
  text: string;
}

/** The item text with the duty's source clause highlighted. */
export function SourceText({ text, source }: { text: string; source: string }) {
  const at = source ? text.indexOf(source) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark data-testid="source-highlight">{source}</mark>
      {text.slice(at + source.length)}
    </>
  );
}

/**
 * 原文 of the selected duty's item (or any item the clerk picks), its source highlighted; the
 * clerk may select a clause the rules missed and make a duty of it.
 */
export function SourcePanel({
  items,
  itemNo,
  source,
  onItem,
  onMakeDuty,
}: {
  items: SourceItem[];
  itemNo: string;
  source: string;
  onItem: (no: string) => void;
  onMakeDuty: (itemNo: string, clause: string) => void;
}) {
  const [picked, setPicked] = useState('');
  const item = items.find((i) => i.no === itemNo) ?? items[0];
  const readSelection = () => {
    const s = window.getSelection()?.toString().trim() ?? '';
    setPicked(item && s && item.text.includes(s) ? s : '');
  };
  if (!item) return null;
  return (
    <div data-testid="source-panel" style={{ marginTop: 8 }}>
      <Space style={{ marginBottom: 4 }} wrap>
        <span>原文</span>
        <Select
          size="small"
          aria-label="原文条目"
          style={{ width: 130 }}
          value={item.no}
          options={items.map((i) => ({ value: i.no, label: i.no ? itemLabel(i.no) : '（无编号）' }))}
          onChange={(no) => {
            setPicked('');
            onItem(no);
          }}
        />
        <span style={{ color: '#8c8c8c' }}>选中原文中的一句，可新建职责</span>
        <Button size="small" disabled={!picked} onClick={() => onMakeDuty(item.no, picked)}>
          用选中的文字新建职责
        </Button>
      </Space>
      <div className="ls-source-text" data-testid="source-text" onMouseUp={readSelection} onKeyUp={readSelection}>
        <SourceText text={item.text} source={item.no === itemNo ? source : ''} />
      </div>
    </div>
  );
}
