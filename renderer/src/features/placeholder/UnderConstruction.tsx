import { Empty } from 'antd';

export function UnderConstruction({ title }: { title: string }) {
  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">{title}</h2>
      </div>
      <Empty description={`“${title}”功能建设中，敬请期待。`} style={{ marginTop: 80 }} />
    </div>
  );
}
