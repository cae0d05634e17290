import type { BrowserWindow } from 'electron';
import { logError, logFile } from './log';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A plain Chinese page (no script) saying what happened and what to do; small enough for a data: URL. */
export function failurePageHtml(what: string, detail: string, log: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>落实 · 出错了</title><style>body{font:16px/1.7 "Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:48px auto;max-width:720px;color:#333;background:#f5f3f0}
h1{font-size:22px;color:#a8071a}code{background:#fff;padding:2px 6px;word-break:break-all}</style></head><body>
<h1>${escape(what)}</h1>
<p>数据没有丢失：已保存的内容都在数据文件中。</p>
<p>请<b>关闭落实后重新打开</b>。如果仍然出现这个页面，请联系管理员，并把日志文件交给他：</p>
<p><code>${escape(log)}</code></p>
<p style="color:#888">技术信息：${escape(detail)}</p></body></html>`;
}

/** Replaces a window's content with the failure page and makes sure the window is visible. */
export function showFailure(win: BrowserWindow, what: string, detail: string): void {
  logError(`${what} (${detail})`);
  if (win.isDestroyed()) return;
  void win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(failurePageHtml(what, detail, logFile()))}`);
  if (!win.isVisible()) win.show();
}
