import { useState } from 'react';
import { Drawer, Select, Space } from 'antd';
import type { Member } from '../../../../shared/domain/members';
import { MemberFileView } from './MemberFileView';

const thisYear = new Date().getFullYear();

/** 成员档案 opened from a row of the 成员 page. */
export function MemberFileDrawer({ member, onClose }: { member: Member; onClose: () => void }) {
  const [year, setYear] = useState(thisYear);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <Drawer
      open
      width={980}
      onClose={onClose}
      title={`成员档案：${member.name}`}
      extra={
        <Space>
          <span>年度</span>
          <Select aria-label="档案年度" value={year} onChange={setYear} style={{ width: 100 }} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
        </Space>
      }
    >
      <MemberFileView memberId={member.id} year={year} />
    </Drawer>
  );
}
