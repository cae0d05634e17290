import { figureOf } from '../../../../shared/compliance/time-duties';
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, List, Space, Spin, Table, Tag } from 'antd';
import { ExportOutlined, PrinterOutlined } from '@ant-design/icons';
import type { MemberFile, MemberFileDuty, MemberFileMeeting } from '../../../../shared/contract/reports';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { ATTENDANCE_LABELS } from '../../../../shared/domain/meetings';
import { PARTY_ROLE_LABELS } from '../../../../shared/domain/members';
import { call } from '../../api/client';
import { StatusTag } from '../compliance/StatusTag';
import { ExportDialog } from './ExportDialog';
import { ReportPrintDialog, type ReportRequest } from './ReportPrintDialog';
import { useUnitWords } from '../settings/unit-store';

const ATT_COLORS: Record<string, string> = { present: 'green', late: 'gold', leave: 'blue', absent: 'red', expected: 'default' };

/** 一人一档: a member's duties with evidence, attendance, talks and key work for one year. */
export function MemberFileView({ memberId, year }: { memberId: number; year: number }) {
  const words = useUnitWords();
  const [file, setFile] = useState<MemberFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    let live = true;
    setFile(null);
    setError(null);
    call('reports.memberFile', { memberId, year }).then(
      (f) => live && setFile(f),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [memberId, year]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!file) return <Spin />;
  const a = file.attendance;
  const request: ReportRequest = { report: 'member-files', year, memberId };
  return (
    <div data-testid="member-file">
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
          打印档案
        </Button>
        <Button icon={<ExportOutlined />} onClick={() => setExporting(true)}>
          导出
        </Button>
        <span style={{ color: '#8c8c8c' }}>统计截至 {formatChineseDate(file.asOf)}</span>
      </Space>
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="姓名">{file.member.name}</Descriptions.Item>
        <Descriptions.Item label="职务">{file.member.title || '—'}</Descriptions.Item>
        <Descriptions.Item label="党组职务">{PARTY_ROLE_LABELS[file.member.partyRole]}</Descriptions.Item>
        <Descriptions.Item label="分管领域">{file.member.portfolio || '—'}</Descriptions.Item>
        <Descriptions.Item label="所在支部">{file.member.branch || '—'}</Descriptions.Item>
        <Descriptions.Item label="参会">
          应到 {a.expected} · 出席 {a.present + a.late}
          {a.late ? `（迟到${a.late}）` : ''} · 请假 {a.leave} · 缺席 {a.absent}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title="个人职责" style={{ marginBottom: 12 }}>
        <Table<MemberFileDuty>
          size="small"
          rowKey="dutyId"
          pagination={false}
          dataSource={file.duties}
          data-testid="member-file-duties"
          locale={{ emptyText: '本年度没有需由该成员个人完成的职责。' }}
          expandable={{
            rowExpandable: (d) => d.evidence.length > 0 || d.periods.length > 1,
            expandedRowRender: (d) => (
              <Space direction="vertical" size={4}>
                {d.periods.length > 1 && <span>分期：{d.periods.map((p) => `${p.label} ${figureOf(p)}`).join('；')}</span>}
                {d.evidence.map((e) => (
                  <span key={e.ref}>
                    {formatChineseDate(e.date)}　{e.title}
                  </span>
                ))}
              </Space>
            ),
          }}
          columns={[
            { title: '类别', dataIndex: 'kind', width: 110, render: (k: MemberFileDuty['kind']) => <Tag>{words.kinds[k]}</Tag> },
            { title: '职责', dataIndex: 'title' },
            { title: '完成', width: 100, render: (_v, d) => <b>{figureOf(d)}</b> },
            { title: '状态', dataIndex: 'status', width: 100, render: (s: MemberFileDuty['status']) => <StatusTag status={s} /> },
            { title: '佐证', width: 260, render: (_v, d) => (d.evidence.length ? d.evidence.map((e) => `${formatChineseDate(e.date)} ${e.title}`).join('；') : <span style={{ color: '#8c8c8c' }}>暂无</span>) },
          ]}
        />
      </Card>
      <Card size="small" title={`参加会议（应到 ${a.expected} 次）`} style={{ marginBottom: 12 }}>
        <Table<MemberFileMeeting>
          size="small"
          rowKey="meetingId"
          dataSource={a.meetings}
          pagination={a.meetings.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: '本年度还没有需参加的已召开会议。' }}
          columns={[
            { title: '日期', dataIndex: 'date', width: 150, render: (d: string) => formatChineseDate(d) },
            { title: '会议', dataIndex: 'name' },
            { title: '参会', dataIndex: 'status', width: 90, render: (s: MemberFileMeeting['status']) => <Tag color={ATT_COLORS[s]}>{ATTENDANCE_LABELS[s]}</Tag> },
            { title: '说明', render: (_v, m) => (m.status === 'leave' ? `${m.leaveReason || '请假'}${m.leaveApproved ? '（已批准）' : '（未经批准）'}` : '') },
          ]}
        />
      </Card>
      <Card size="small" title={`谈心谈话、提醒谈话（${file.talks.length} 次）`} style={{ marginBottom: 12 }}>
        {file.talks.length ? <List size="small" dataSource={file.talks} renderItem={(t) => <List.Item>{formatChineseDate(t.date)}　{t.title}</List.Item>} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无谈话记录" />}
      </Card>
      {file.otherRecords.length > 0 && (
        <Card size="small" title="其他台账" style={{ marginBottom: 12 }}>
          <List size="small" dataSource={file.otherRecords} renderItem={(t) => <List.Item>{formatChineseDate(t.date)}　<Tag>{words.kinds[t.kind]}</Tag>{t.title}</List.Item>} />
        </Card>
      )}
      {file.keyProjects.length > 0 && (
        <Card size="small" title="牵头的重点工作">
          <List
            size="small"
            dataSource={file.keyProjects}
            renderItem={(p) => (
              <List.Item>
                {p.name}　进度 {p.percent ?? '—'}%　红旗 {p.redFlags} 次　蜗牛 {p.snails} 次{p.overdueMilestones ? <Tag color="red" style={{ marginLeft: 8 }}>逾期节点 {p.overdueMilestones}</Tag> : null}
              </List.Item>
            )}
          />
        </Card>
      )}
      {printing && <ReportPrintDialog request={request} onClose={() => setPrinting(false)} />}
      {exporting && <ExportDialog request={request} formats={['docx', 'xlsx']} onClose={() => setExporting(false)} />}
    </div>
  );
}
