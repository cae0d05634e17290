import { Form, InputNumber, Space } from 'antd';
import { DURATION_LIMITS } from '../../../shared/contract/define';

/**
 * 时长 of a record or meeting (form fields durationDays / durationHours), both optional. Duties
 * measured in time sum them; days and 学时 are separate because the app never converts one into
 * the other (shared/compliance/time-duties.ts).
 */
export function DurationFields({ what }: { what: string }) {
  const number = (unit: string, max: number) => (
    <InputNumber aria-label={`时长（${unit}）`} min={DURATION_LIMITS.step} max={max} step={DURATION_LIMITS.step} precision={1} suffix={unit} placeholder="不填" style={{ width: 140 }} />
  );
  return (
    <Form.Item
      label="时长（选填）"
      extra={`按时长考核的职责（如“全年累计集中学习不少于12天”“每年不少于40学时”“调研时间不少于20天”）累计${what}所填时长，未填的不计入。天按0.5天填写；天与学时不互相折算，按职责的要求填写，可都填。`}
    >
      <Space size={8}>
        <Form.Item name="durationDays" noStyle>
          {number('天', DURATION_LIMITS.days)}
        </Form.Item>
        <Form.Item name="durationHours" noStyle>
          {number('学时', DURATION_LIMITS.hours)}
        </Form.Item>
      </Space>
    </Form.Item>
  );
}
