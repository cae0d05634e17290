import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { startWebHost } from './server';
import { defaultDataFile } from '../core/paths';

// `npm run web [-- --db FILE --port N]`: the app in a browser, for machines without Electron's runtime.
const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false,
});
const dataFile = values.db ?? defaultDataFile();

try {
  const core = createCore({ dataFile, operator: `${os.userInfo().username}(浏览器)`, program: '落实浏览器版', action: '打开' });
  for (const n of core.notices) console.warn(n);
  const host = await startWebHost({
    dispatch: core.dispatch,
    rendererDir: path.resolve(import.meta.dirname, '../../out/renderer'),
    port: values.port ? Number(values.port) : undefined,
  });
  void core.startup();
  console.log(`落实（浏览器版）已启动。\n数据文件：${core.ctx.dataFile}\n请在本机浏览器打开：${host.url}\n按 Ctrl+C 退出。`);
  const stop = () => void host.close().then(() => (core.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
