import { useState } from 'react';
import { Alert, App, Drawer, Empty, Input, List, Spin, Tag } from 'antd';
import { formatChineseDate } from '../../../../shared/dates/periods';
import type { SearchHit, SearchResult, Snippet } from '../../../../shared/ledger/types';
import { call } from '../../api/client';

// The header's search: records, meetings, topics and follow-ups, grouped by type. Matches are
// marked with <mark> elements built from text parts, so stored markup is shown, never run.

function Marked({ parts }: { parts: Snippet }) {
  return (
    <span className="ls-snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

export function SearchBox() {
  const { message } = App.useApp();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');

  const run = async (text: string) => {
    if (!text.trim()) return;
    setOpen(true);
    setLoading(true);
    try {
      setResult(await call('search.query', { q: text.trim() }));
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setLoading(false);
    }
  };
  const go = (h: SearchHit) => {
    setOpen(false);
    window.location.hash = `#/${h.target.page}?id=${h.target.id}`;
  };
  const count = (n: number) => (result?.capped ? `${n}+` : String(n));

  return (
    <>
      <Input.Search
        aria-label="搜索"
        placeholder="搜索台账、会议、议题、督办事项"
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => void run(v)}
        style={{ width: 300, verticalAlign: 'middle', marginRight: 16 }}
        maxLength={100}
      />
      <Drawer title={result ? `“${result.q}”的搜索结果` : '搜索'} open={open} onClose={() => setOpen(false)} size={560} data-testid="search-results">
        {loading ? (
          <Spin />
        ) : !result || result.groups.length === 0 ? (
          <Empty description="没有找到。可以换个说法，或只输入其中的一两个字。" />
        ) : (
          <>
            {result.capped && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="匹配的内容很多，只列出最近的一部分。输入更多的字可以缩小范围。" />}
            {result.groups.map((g) => (
              <div key={g.type} style={{ marginBottom: 16 }}>
                <h3 style={{ margin: '4px 0 8px', fontSize: 15 }}>
                  {g.label} <Tag>{count(g.total)}</Tag>
                  {g.hits.length < g.total && <span className="ls-muted">仅显示最近 {g.hits.length} 条</span>}
                </h3>
                <List
                  size="small"
                  bordered
                  dataSource={g.hits}
                  renderItem={(h) => (
                    <List.Item onClick={() => go(h)} style={{ cursor: 'pointer', display: 'block' }}>
                      <div>
                        <a>{h.title}</a> <span className="ls-muted">{formatChineseDate(h.date)}</span>
                      </div>
                      <Marked parts={h.snippet} />
                    </List.Item>
                  )}
                />
              </div>
            ))}
          </>
        )}
      </Drawer>
    </>
  );
}
