import { useEffect, useState } from 'react';
import { Alert, Card, Spin } from 'antd';
import { marked } from 'marked';

const MANUAL = encodeURI('使用说明.md');

/** The user manual (docs/使用说明.md, shipped beside the app), rendered offline. */
export function HelpPage() {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(MANUAL)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((md) => setHtml(marked.parse(md, { async: false })))
      .catch(() => setError('找不到使用说明文件。请重新安装程序，或查看安装目录下的 docs/使用说明.md。'));
  }, []);
  return (
    <div className="ls-page">
      <div className="ls-page-head">
        <h2 className="ls-page-title">使用说明</h2>
      </div>
      {error && <Alert type="error" showIcon message={error} />}
      <Card>{html === null && !error ? <Spin /> : <article className="ls-manual" dangerouslySetInnerHTML={{ __html: html ?? '' }} />}</Card>
    </div>
  );
}
