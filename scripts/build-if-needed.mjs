// Builds the renderer when out/ is missing or older than any source file, so `npm run web` just works.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const built = 'out/renderer/index.html';
const newest = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);

const stale = !fs.existsSync(built) || Math.max(newest('renderer'), newest('shared')) > fs.statSync(built).mtimeMs;
if (stale) {
  console.log('正在构建界面（首次约需一分钟）…');
  execSync('npx electron-vite build', { stdio: 'inherit' });
}
