import { useState } from 'react';
import { Alert, App, Button, Descriptions, Input, Modal, Space, Tag } from 'antd';
import { ATTENDANCE_LABELS, type MeetingDetail } from '../../../../shared/domain/meetings';
import type { RollCallPlan } from '../../../../shared/meetings/rollcall';
import { call } from '../../api/client';

const EXAMPLE = '参会：张三、李四\n请假：王五（出差）\n列席：赵六（县财政局局长）';

/** Paste the roll call as the office circulated it; see what was recognised; then apply. */
export function RollCallDialog({ meetingId, onClose }: { meetingId: number; onClose: (m: MeetingDetail | null) => void }) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [plan, setPlan] = useState<RollCallPlan | null>(null);

  const preview = async () => {
    try {
      setPlan(await call('meetings.rollCallPreview', { id: meetingId, text }));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const apply = async () => {
    try {
      const m = await call('meetings.rollCallApply', { id: meetingId, text });
      message.success('已按点名登记参会情况');
      onClose(m);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Modal
      open
      title="粘贴点名"
      width={680}
      onCancel={() => onClose(null)}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={() => onClose(null)}>取消</Button>
          <Button onClick={() => void preview()} disabled={!text.trim()}>
            识别
          </Button>
          <Button type="primary" onClick={() => void apply()} disabled={!plan}>
            按识别结果登记
          </Button>
        </Space>
      }
    >
      <Input.TextArea
        aria-label="点名文字"
        autoSize={{ minRows: 5, maxRows: 10 }}
        placeholder={EXAMPLE}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setPlan(null);
        }}
      />
      {plan && (
        <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }} data-testid="rollcall-preview">
          <Descriptions.Item label="将登记">
            {plan.changes.length ? plan.changes.map((c) => <Tag key={c.attendeeId}>{`${c.name}：${ATTENDANCE_LABELS[c.to]}${c.reason ? `（${c.reason}）` : ''}`}</Tag>) : '无'}
          </Descriptions.Item>
          <Descriptions.Item label="新增列席">{plan.newGuests.length ? plan.newGuests.map((g) => <Tag key={g.name}>{g.name}{g.title ? `（${g.title}）` : ''}</Tag>) : '无'}</Descriptions.Item>
          <Descriptions.Item label="未能匹配">{plan.unmatched.length ? plan.unmatched.map((n) => <Tag color="orange" key={n}>{n}</Tag>) : '无'}</Descriptions.Item>
          <Descriptions.Item label="未提及的成员">{plan.notMentioned.join('、') || '无'}</Descriptions.Item>
          {plan.conflicts.length > 0 && (
            <Descriptions.Item label="状态冲突">
              <Alert type="error" message={`${plan.conflicts.join('、')} 出现了不同的状态，请改正点名文字。`} />
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Modal>
  );
}
