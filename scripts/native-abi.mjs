// better-sqlite3 is a native module built for one runtime at a time: Node (vitest, CLI, browser
// host) or Electron (npm start, npm run dist). This switches it only when needed, so `npm test`
// after `npm start` still works, and postinstall never builds for Electron.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const target = process.argv[2];
const quiet = process.argv.includes('--quiet');
const marker = 'node_modules/.luoshi-native-target';
const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : 'node';
const log = (m) => quiet || console.error(m);

if (target === 'node') {
  let loads = true;
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3');
    new Database(':memory:').close();
  } catch {
    loads = false;
  }
  if (!loads || current !== 'node') {
    log('正在为 Node 重新编译 better-sqlite3（约 90 秒）…');
    execSync('npm rebuild better-sqlite3', { stdio: quiet ? 'ignore' : 'inherit' });
  }
  fs.writeFileSync(marker, 'node');
} else if (target === 'electron') {
  if (current !== 'electron') {
    log('正在为 Electron 重新编译 better-sqlite3…');
    // A machine's npm nodedir (its own Node's headers, e.g. /usr) would outrank Electron's headers.
    const { npm_config_nodedir: _ownHeaders, ...env } = process.env;
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit', env });
  }
  fs.writeFileSync(marker, 'electron');
} else {
  console.error('usage: native-abi.mjs node|electron');
  process.exit(2);
}
