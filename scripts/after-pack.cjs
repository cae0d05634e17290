// electron-builder's afterPack hook: before an installer is made from the packed app, refuse it
// when it was packed for another OS or CPU than this machine's (native modules would be this
// machine's), or when dist:check finds anything wrong (scripts/dist-check/inspect.ts).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

// electron-builder's Arch enum.
const ARCH = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCH[context.arch] ?? String(context.arch);
  if (platform !== process.platform || arch !== process.arch) {
    throw new Error(`拒绝交叉打包：本机是 ${process.platform}-${process.arch}，却在打包 ${platform}-${arch}。请在目标系统和 CPU 上打包（见 docs/release/发布流程.md）。`);
  }
  const root = path.resolve(__dirname, '..');
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/dist-check.ts'), context.appOutDir, '--target', `${platform}-${arch}`], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`dist:check 未通过：${context.appOutDir}`);
};
