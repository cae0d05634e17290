import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Progress, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { periodLabel, type KeyProjectSummary } from '../../../../shared/domain/keywork';
import { call } from '../../api/client';
import { useMembers } from '../members/store';
import { ProjectDrawer } from './ProjectDrawer';
import { ProjectFormDialog } from './ProjectFormDialog';
import { RankingTable, RatingTag } from './RankingTable';
import { itemLabel } from '../../../../shared/plan/item-label';

/**
 * 重点工作 (plan items 13 and 15): the office keeps projects, milestones, monthly progress and
 * the 红旗/蜗牛 ratings here, next to the plan they implement; 报表 prints and exports them.
 */
export function KeyWorkPanel({ year }: { year: number }) {
  const { message } = App.useApp();
  const { members, load: loadMembers } = useMembers();
  const [rows, setRows] = useState<KeyProjectSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<KeyProjectSummary | 'new' | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const load = useCallback(() => {
    call('keywork.list', { year }).then(setRows, (e: Error) => setError(e.message));
    setVersion((v) => v + 1);
  }, [year]);
  useEffect(() => {
    load();
    void loadMembers();
  }, [load, loadMembers]);
  const thisMonth = `${year}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
  const lastRated = (p: KeyProjectSummary) => Object.keys(p.ratings).filter((k) => !k.includes('Q')).sort().pop();

  const remove = async (p: KeyProjectSummary) => {
    try {
      await call('keywork.delete', { id: p.id });
      message.success(`已删除“${p.name}”`);
      load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <div data-testid="keywork">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Card
        size="small"
        title={`${year}年重点工作（第13、15条）`}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增重点工作
          </Button>
        }
        style={{ marginBottom: 12 }}
      >
        <Table<KeyProjectSummary>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: '还没有重点工作。点击“新增重点工作”，登记项目、责任领导和节点。' }}
          columns={[
            { title: '项目（任务）', dataIndex: 'name', render: (n: string, p) => <a onClick={() => setOpen(p.id)}>{n}</a> },
            { title: '条目', dataIndex: 'itemNo', width: 70, render: (n: string) => itemLabel(n) },
            { title: '责任领导', dataIndex: 'leaderName', width: 90 },
            { title: '责任单位', dataIndex: 'unit', width: 140 },
            { title: '进度', dataIndex: 'percent', width: 150, render: (n: number | null, p) => (n === null ? '未报' : <Progress percent={n} size="small" strokeColor="#a61b1b" format={() => `${n}%${p.percentMonth ? `（${Number(p.percentMonth.slice(5))}月）` : ''}`} />) },
            {
              title: '节点',
              width: 130,
              render: (_v, p) => (
                <Space size={4}>
                  {p.milestones.done}/{p.milestones.total}
                  {p.milestones.overdue > 0 && <Tag color="red" data-testid="overdue-tag">逾期 {p.milestones.overdue}</Tag>}
                </Space>
              ),
            },
            {
              title: '最近评价',
              width: 150,
              render: (_v, p) => {
                const k = p.ratings[thisMonth] ? thisMonth : lastRated(p);
                return k ? <Space size={2}>{periodLabel(k).replace(`${year}年`, '')}<RatingTag rating={p.ratings[k]!} /></Space> : '—';
              },
            },
            {
              title: '操作',
              width: 140,
              render: (_v, p) => (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(p)}>编辑</Button>
                  <Popconfirm title={`删除“${p.name}”？可在回收站恢复。`} onConfirm={() => void remove(p)}>
                    <Button size="small" type="link" danger>删除</Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="“红旗”“蜗牛”排名">
        <RankingTable year={year} version={version} />
      </Card>
      {editing && <ProjectFormDialog year={year} members={members} project={editing === 'new' ? null : editing} onClose={(saved) => { setEditing(null); if (saved) load(); }} />}
      {open !== null && <ProjectDrawer id={open} onClose={() => setOpen(null)} onChanged={load} />}
    </div>
  );
}
