import { Button, Collapse, List } from 'antd';
import type { PossibleDuty } from '../../../../shared/plan/extract';
import { itemLabel } from '../../../../shared/plan/item-label';

/** Clauses with a quantity the rules could not read: listed with their source, never dropped silently. */
export function PossibleDuties({ possible, onMake, onShow }: { possible: PossibleDuty[]; onMake: (p: PossibleDuty) => void; onShow: (p: PossibleDuty) => void }) {
  if (possible.length === 0) return null;
  return (
    <Collapse
      size="small"
      style={{ marginTop: 8 }}
      data-testid="possible-duties"
      items={[
        {
          key: 'possible',
          label: `可能的职责（${possible.length}）：含有数量但未能识别，请判断是否需要考核`,
          children: (
            <List
              size="small"
              style={{ maxHeight: 140, overflow: 'auto' }}
              dataSource={possible}
              renderItem={(p) => (
                <List.Item
                  actions={[
                    <Button key="show" size="small" type="link" onClick={() => onShow(p)}>
                      看原文
                    </Button>,
                    <Button key="make" size="small" onClick={() => onMake(p)}>
                      设为职责
                    </Button>,
                  ]}
                >
                  {p.item ? `${itemLabel(p.item)}：` : ''}
                  {p.source}
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
