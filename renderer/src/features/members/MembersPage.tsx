import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { Member } from '../../../../shared/domain/members';
import { PARTY_ROLE_LABELS } from '../../../../shared/domain/members';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { call } from '../../api/client';
import { useMembers } from './store';
import { MemberFormDialog } from './MemberFormDialog';
import { EndTermDialog } from './EndTermDialog';
import { ImportDialog } from './ImportDialog';
import { MemberFileDrawer } from '../reports/MemberFileDrawer';
import { useUnitWords } from '../settings/unit-store';

const termText = (m: Member) => {
  const from = m.termStart ? formatChineseDate(m.termStart) : '';
  if (m.termEnd) return `${from || '—'} 至 ${formatChineseDate(m.termEnd)}`;
  return from ? `${from} 起` : '—';
};

export function MembersPage() {
  const words = useUnitWords();
  const { message } = App.useApp();
  const { members, loading, error, load } = useMembers();
  const [showEnded, setShowEnded] = useState(false);
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [ending, setEnding] = useState<Member | null>(null);
  const [importing, setImporting] = useState(false);
  const [fileOf, setFileOf] = useState<Member | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  const inOffice = members.filter((m) => m.termEnd === null);
  const shown = useMemo(() => (showEnded ? members : inOffice), [members, inOffice, showEnded]);

  const move = async (m: Member, delta: -1 | 1) => {
    const ids = inOffice.map((x) => x.id);
    const i = ids.indexOf(m.id);
    const j = i + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    try {
      await call('members.reorder', { ids: [...ids, ...members.filter((x) => x.termEnd !== null).map((x) => x.id)] });
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const reinstate = async (m: Member) => {
    try {
      await call('members.reinstate', { id: m.id });
      message.success(`已恢复 ${m.name} 的任职`);
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">{words.members}</h2>
        <Space>
          <span>
            显示已离任 <Switch size="small" checked={showEnded} onChange={setShowEnded} aria-label="显示已离任" />
          </span>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            从 Excel 导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增成员
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<Member>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={shown}
        pagination={false}
        rowClassName={(m) => (m.termEnd ? 'ls-row-ended' : '')}
        locale={{ emptyText: '还没有成员。点击“新增成员”，或从 Excel 导入成员名单。' }}
        columns={[
          { title: '序号', width: 64, render: (_v, _m, i) => i + 1 },
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '职务', dataIndex: 'title' },
          {
            title: words.role,
            dataIndex: 'partyRole',
            width: 96,
            render: (r: Member['partyRole']) => <Tag color={r === 'secretary' ? 'red' : r === 'deputy' ? 'volcano' : 'default'}>{PARTY_ROLE_LABELS[r]}</Tag>,
          },
          { title: '分管领域', dataIndex: 'portfolio', ellipsis: { showTitle: true } },
          { title: '所在支部', dataIndex: 'branch', ellipsis: { showTitle: true } },
          { title: '任职时间', width: 220, render: (_v, m) => termText(m) },
          {
            title: '操作',
            width: 290,
            render: (_v, m) =>
              m.termEnd ? (
                <Space size={4}>
                  <Tag>已离任</Tag>
                  <Button size="small" type="link" onClick={() => setFileOf(m)}>
                    档案
                  </Button>
                  <Button size="small" type="link" onClick={() => void reinstate(m)}>
                    恢复任职
                  </Button>
                </Space>
              ) : (
                <Space size={4}>
                  <Tooltip title="上移">
                    <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`上移 ${m.name}`} onClick={() => void move(m, -1)} />
                  </Tooltip>
                  <Tooltip title="下移">
                    <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`下移 ${m.name}`} onClick={() => void move(m, 1)} />
                  </Tooltip>
                  <Button size="small" type="link" onClick={() => setFileOf(m)} aria-label={`${m.name}的档案`}>
                    档案
                  </Button>
                  <Button size="small" type="link" onClick={() => setEditing(m)}>
                    编辑
                  </Button>
                  <Button size="small" type="link" danger onClick={() => setEnding(m)}>
                    任职结束
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <p style={{ color: '#8c8c8c', marginTop: 12 }}>
        成员一经在会议、台账中出现，就不会被删除；离任时请点“任职结束”，历史记录中的姓名和职务保持不变。
      </p>
      {editing && (
        <MemberFormDialog
          member={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void load();
          }}
        />
      )}
      {fileOf && <MemberFileDrawer member={fileOf} onClose={() => setFileOf(null)} />}
      {ending && (
        <EndTermDialog
          member={ending}
          onClose={(saved) => {
            setEnding(null);
            if (saved) void load();
          }}
        />
      )}
      {importing && (
        <ImportDialog
          onClose={(saved) => {
            setImporting(false);
            if (saved) void load();
          }}
        />
      )}
    </div>
  );
}
