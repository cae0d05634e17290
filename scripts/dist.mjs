// `npm run dist`: builds the installers for this machine's OS and CPU only — never for another,
// since the native modules are compiled here (docs/release/发布流程.md). `--dir` stops at the unpacked app.
import { execFileSync } from 'node:child_process';

const TARGETS = {
  'win32-x64': ['--win', 'nsis', '--x64'],
  'linux-x64': ['--linux', 'deb', 'AppImage', '--x64'],
  'linux-arm64': ['--linux', 'deb', '--arm64'],
};
const host = `${process.platform}-${process.arch}`;
const args = TARGETS[host];
if (!args) {
  console.error(`本机（${host}）不是落实的发布平台：请在 Windows x64、Linux x64 或 Linux arm64 上打包。`);
  process.exit(2);
}
const dir = process.argv.includes('--dir');
execFileSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...(dir ? [args[0], 'dir', args.at(-1)] : args)], { stdio: 'inherit', shell: process.platform === 'win32' });
