import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Drawer, Input, InputNumber, Popconfirm, Radio, Select, Space, Table, Tag, Timeline } from 'antd';
import { DateField, isoOf } from '../../components/DateField';
import dayjs from 'dayjs';
import { formatChineseDate } from '../../../../shared/dates/periods';
import { periodLabel, periodsOfRatingYear, RATING_LABELS, RATINGS, type KeyProjectDetail, type Milestone, type ProgressNote, type Rating } from '../../../../shared/domain/keywork';
import { call } from '../../api/client';
import { RatingTag } from './RankingTable';
import { itemLabel } from '../../../../shared/plan/item-label';

/** One project: milestones (overdue flagged), monthly progress, and its rating with history. */
export function ProjectDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const [p, setP] = useState<KeyProjectDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ms, setMs] = useState<{ title: string; dueDate: string | null }>({ title: '', dueDate: null });
  const [prog, setProg] = useState<{ month: string; percent: number | null; note: string }>({ month: dayjs().format('YYYY-MM'), percent: null, note: '' });
  const [rate, setRate] = useState<{ period: string; rating: Rating; reason: string }>({ period: dayjs().format('YYYY-MM'), rating: 'red-flag', reason: '' });
  useEffect(() => {
    call('keywork.get', { id }).then((d) => {
      setP(d);
      const inYear = (m: string) => (m.startsWith(`${d.year}-`) ? m : `${d.year}-01`);
      setProg((s) => ({ ...s, month: inYear(s.month) }));
      setRate((s) => ({ ...s, period: inYear(s.period) }));
    }, (e: Error) => setError(e.message));
  }, [id]);

  const act = async (fn: () => Promise<KeyProjectDetail>, ok: string) => {
    setError(null);
    try {
      setP(await fn());
      message.success(ok);
      onChanged();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  if (!p) return <Drawer open onClose={onClose} title="重点工作" width={820}>{error && <Alert type="error" showIcon message={error} />}</Drawer>;
  const { months, quarters } = periodsOfRatingYear(p.year);
  return (
    <Drawer open onClose={onClose} width={860} title={`${p.name}（${itemLabel(p.itemNo)} · ${p.leaderName || '未定责任领导'} · ${p.unit || '未定责任单位'}）`}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Card size="small" title={`节点（${p.milestones.done}/${p.milestones.total} 已完成${p.milestones.overdue ? `，${p.milestones.overdue} 个逾期` : ''}）`} style={{ marginBottom: 12 }}>
        <Table<Milestone>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.milestoneList}
          rowClassName={(m) => (m.overdue ? 'ls-row-overdue' : '')}
          columns={[
            { title: '节点', dataIndex: 'title' },
            { title: '计划完成', dataIndex: 'dueDate', width: 140, render: (d: string, m) => <>{formatChineseDate(d)}{m.overdue && <Tag color="red" style={{ marginLeft: 6 }}>逾期</Tag>}</> },
            {
              title: '完成',
              width: 170,
              render: (_v, m) => (
                <Checkbox checked={m.done} aria-label={`${m.title}已完成`} onChange={(e) => void act(() => call('keywork.saveMilestone', { projectId: p.id, id: m.id, done: e.target.checked }), '已保存')}>
                  {m.done && m.doneDate ? formatChineseDate(m.doneDate) : '未完成'}
                </Checkbox>
              ),
            },
            { title: '', width: 60, render: (_v, m) => <Popconfirm title="删除该节点？" onConfirm={() => void act(() => call('keywork.deleteMilestone', { id: m.id }), '已删除')}><a>删除</a></Popconfirm> },
          ]}
        />
        <Space style={{ marginTop: 8 }}>
          <Input aria-label="节点名称" placeholder="节点，如：主体封顶" value={ms.title} onChange={(e) => setMs({ ...ms, title: e.target.value })} style={{ width: 240 }} />
          <DateField aria-label="计划完成日期" standalone value={ms.dueDate ? dayjs(ms.dueDate) : null} onChange={(d) => setMs({ ...ms, dueDate: isoOf(d) })} />
          <Button disabled={!ms.title.trim() || !ms.dueDate} onClick={() => void act(() => call('keywork.saveMilestone', { projectId: p.id, title: ms.title, dueDate: ms.dueDate! }), '已添加节点').then((ok) => ok && setMs({ title: '', dueDate: null }))}>
            添加节点
          </Button>
        </Space>
      </Card>
      <Card size="small" title={`月度进展（最新 ${p.percent ?? '—'}%）`} style={{ marginBottom: 12 }}>
        <Table<ProgressNote>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={[...p.progress].reverse()}
          columns={[
            { title: '月份', dataIndex: 'month', width: 110, render: (m: string) => periodLabel(m) },
            { title: '进度', dataIndex: 'percent', width: 80, render: (n: number) => `${n}%` },
            { title: '进展情况', dataIndex: 'note' },
          ]}
        />
        <Space style={{ marginTop: 8 }} wrap>
          <Select aria-label="进展月份" style={{ width: 130 }} value={prog.month} onChange={(month) => setProg({ ...prog, month })} options={months.map((m) => ({ value: m, label: periodLabel(m) }))} />
          <InputNumber aria-label="进度百分比" min={0} max={100} suffix="%" value={prog.percent} onChange={(percent) => setProg({ ...prog, percent })} style={{ width: 100 }} />
          <Input aria-label="进展情况" placeholder="本月进展" value={prog.note} onChange={(e) => setProg({ ...prog, note: e.target.value })} style={{ width: 300 }} />
          <Button disabled={prog.percent === null} onClick={() => void act(() => call('keywork.saveProgress', { projectId: p.id, month: prog.month, percent: prog.percent!, note: prog.note }), '已保存进展')}>
            保存进展
          </Button>
        </Space>
      </Card>
      <Card size="small" title="“红旗”“蜗牛”评价">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select aria-label="评价周期" style={{ width: 150 }} value={rate.period} onChange={(period) => setRate({ ...rate, period })} options={[...months, ...quarters].map((m) => ({ value: m, label: periodLabel(m) }))} />
          <Radio.Group value={rate.rating} onChange={(e) => setRate({ ...rate, rating: e.target.value as Rating })} options={RATINGS.map((r) => ({ value: r, label: r === 'none' ? '撤销评价' : RATING_LABELS[r] }))} />
          <Input aria-label="评价理由" placeholder="理由" value={rate.reason} onChange={(e) => setRate({ ...rate, reason: e.target.value })} style={{ width: 220 }} />
          <Button type="primary" onClick={() => void act(() => call('keywork.rate', { projectId: p.id, ...rate }), '已评价')}>
            评价
          </Button>
        </Space>
        {p.ratingHistory.length === 0 ? (
          <span style={{ color: '#8c8c8c' }}>尚未评价。</span>
        ) : (
          <Timeline
            data-testid="rating-history"
            items={p.ratingHistory.map((r) => ({
              color: r.rating === 'red-flag' ? 'red' : 'gray',
              children: (
                <span style={{ opacity: r.current ? 1 : 0.55 }}>
                  {periodLabel(r.period)} <RatingTag rating={r.rating} /> {r.reason} <span style={{ color: '#8c8c8c' }}>（{formatChineseDate(r.ratedAt.slice(0, 10))} {r.operator}{r.current ? '' : '，已被更正'}）</span>
                </span>
              ),
            }))}
          />
        )}
      </Card>
    </Drawer>
  );
}
