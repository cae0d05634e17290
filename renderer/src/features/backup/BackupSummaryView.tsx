import { Descriptions } from 'antd';
import type { BackupSummary } from '../../../../shared/contract/backup';

const TABLE_LABELS: Record<string, string> = {
  members: '成员',
  plans: '工作要点',
  duties: '职责',
  meetings: '会议',
  meeting_attendees: '参会记录',
  meeting_topics: '议题',
  records: '台账记录',
  attachments: '附件',
  audit_log: '操作日志',
};

export function BackupSummaryView({ s }: { s: BackupSummary }) {
  return (
    <Descriptions size="small" column={2} bordered style={{ marginTop: 12 }}>
      <Descriptions.Item label="单位">{s.unitName || '（未设置）'}</Descriptions.Item>
      <Descriptions.Item label="备份时间">{new Date(s.createdAt).toLocaleString('zh-CN', { hour12: false })}</Descriptions.Item>
      <Descriptions.Item label="程序版本">{s.appVersion}</Descriptions.Item>
      <Descriptions.Item label="数据格式">第 {s.schemaVersion} 版</Descriptions.Item>
      <Descriptions.Item label="内容" span={2}>
        {Object.entries(TABLE_LABELS)
          .filter(([t]) => t in s.counts)
          .map(([t, label]) => `${label} ${s.counts[t]}`)
          .join('，')}
      </Descriptions.Item>
    </Descriptions>
  );
}
