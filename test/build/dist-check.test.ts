import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { expectedFuses, inspectApp, type Target } from '../../scripts/dist-check/inspect';
import { tmpDir } from '../helpers/tmp';

// dist:check runs on real binaries of other platforms: sodium-native's prebuilds (win32-x64,
// linux-x64/arm64, which need GLIBC_2.33) and Electron's extract-zip addon (linux-arm64 built
// for GLIBC_2.17). The Electron executable is one of those with a fuse wire appended, which is
// where Electron keeps it (a sentinel, the wire version, its length, one byte per fuse).
const SODIUM = 'node_modules/sodium-native/prebuilds';
const ARM64_OLD_GLIBC = 'node_modules/@electron-internal/extract-zip/index.linux-arm64-gnu.node';
const X64_OLD_GLIBC = 'node_modules/@electron-internal/extract-zip/index.linux-x64-gnu.node';
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_ORDER = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];
const FUSES = expectedFuses();

function fuseWire(fuses: Record<string, boolean>): Buffer {
  return Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, FUSE_ORDER.length]), Buffer.from(FUSE_ORDER.map((k) => (fuses[k] ? 0x31 : 0x30)))]);
}

interface Fixture {
  target: Target;
  sqlite: string;
  exe: string | null;
  extraNatives?: Record<string, string>;
  dependencies?: Record<string, string>;
  fuses?: Record<string, boolean>;
  asar?: boolean;
}

/** A packaged app laid out like electron-builder's linux-unpacked / win-unpacked. */
async function packaged(f: Fixture): Promise<string> {
  const root = path.join(tmpDir(), f.target.os === 'win32' ? 'win-unpacked' : `linux-${f.target.cpu}-unpacked`);
  const resources = path.join(root, 'resources');
  const unpacked = path.join(resources, 'app.asar.unpacked', 'node_modules');
  fs.mkdirSync(path.join(unpacked, 'better-sqlite3/build/Release'), { recursive: true });
  fs.copyFileSync(f.sqlite, path.join(unpacked, 'better-sqlite3/build/Release/better_sqlite3.node'));
  for (const [rel, from] of Object.entries(f.extraNatives ?? {})) {
    fs.mkdirSync(path.dirname(path.join(unpacked, rel)), { recursive: true });
    fs.copyFileSync(from, path.join(unpacked, rel));
  }
  if (f.exe) fs.writeFileSync(path.join(root, f.target.os === 'win32' ? 'luoshi.exe' : 'luoshi'), Buffer.concat([fs.readFileSync(f.exe), fuseWire(f.fuses ?? FUSES)]));
  if (f.asar !== false) {
    const app = path.join(tmpDir(), 'app');
    fs.mkdirSync(path.join(app, 'out/main'), { recursive: true });
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'luoshi', main: 'out/main/index.js', dependencies: f.dependencies ?? { 'better-sqlite3': '12.11.1', zod: '4.6.7' } }));
    fs.writeFileSync(path.join(app, 'out/main/index.js'), 'import Database from "better-sqlite3";\nimport { z } from "zod";\nimport { chacha20poly1305 } from "@noble/ciphers/chacha.js";\n');
    await asar.createPackage(app, path.join(resources, 'app.asar'));
  }
  return root;
}

const linuxArm64: Target = { os: 'linux', cpu: 'arm64' };
const linuxX64: Target = { os: 'linux', cpu: 'x64' };
const win: Target = { os: 'win32', cpu: 'x64' };

describe('dist:check', () => {
  it('accepts a linux-arm64 app whose natives are arm64, need at most GLIBC_2.28, with the fuses set; reports app.asar size', async () => {
    const root = await packaged({ target: linuxArm64, sqlite: ARM64_OLD_GLIBC, exe: ARM64_OLD_GLIBC });
    const r = await inspectApp(root, linuxArm64, FUSES);
    expect(r.problems).toEqual([]);
    expect(r.asarBytes).toBeGreaterThan(100);
    expect(r.natives).toEqual([{ file: 'node_modules/better-sqlite3/build/Release/better_sqlite3.node', os: 'linux', cpu: 'arm64', glibc: 'GLIBC_2.17' }]);
  });

  it('refuses natives of another OS or CPU: a Windows or x64 binary in a linux-arm64 package', async () => {
    const root = await packaged({
      target: linuxArm64,
      sqlite: `${SODIUM}/linux-x64/sodium-native.node`,
      exe: ARM64_OLD_GLIBC,
      extraNatives: { 'sodium-native/prebuilds/win32-x64/sodium-native.node': `${SODIUM}/win32-x64/sodium-native.node` },
    });
    expect((await inspectApp(root, linuxArm64, FUSES)).problems).toEqual([
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node：是 linux-x64 的文件，目标是 linux-arm64',
      'node_modules/sodium-native/prebuilds/win32-x64/sodium-native.node：是 win32-x64 的文件，目标是 linux-arm64',
    ]);
  });

  it('refuses a native that needs a newer glibc than UOS 20 has (sodium-native prebuilds need GLIBC_2.33)', async () => {
    const root = await packaged({
      target: linuxArm64,
      sqlite: ARM64_OLD_GLIBC,
      exe: ARM64_OLD_GLIBC,
      extraNatives: { 'sodium-native/prebuilds/linux-arm64/sodium-native.node': `${SODIUM}/linux-arm64/sodium-native.node` },
    });
    expect((await inspectApp(root, linuxArm64, FUSES)).problems).toEqual(['node_modules/sodium-native/prebuilds/linux-arm64/sodium-native.node：需要 GLIBC_2.33，统信 UOS 20 只有 GLIBC_2.28']);
  });

  it('accepts win-unpacked with PE x64 natives and refuses a Linux one in it', async () => {
    const good = await packaged({ target: win, sqlite: `${SODIUM}/win32-x64/sodium-native.node`, exe: `${SODIUM}/win32-x64/sodium-native.node` });
    expect((await inspectApp(good, win, FUSES)).problems).toEqual([]);
    const bad = await packaged({ target: win, sqlite: X64_OLD_GLIBC, exe: `${SODIUM}/win32-x64/sodium-native.node`, extraNatives: { 'x/arm.node': `${SODIUM}/win32-arm64/sodium-native.node` } });
    expect((await inspectApp(bad, win, FUSES)).problems).toEqual([
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node：是 linux-x64 的文件，目标是 win32-x64',
      'node_modules/x/arm.node：是 win32-arm64 的文件，目标是 win32-x64',
    ]);
  });

  it('refuses an app whose fuses are not set as electron-builder.yml says, or that has no fuse wire', async () => {
    const root = await packaged({ target: linuxX64, sqlite: X64_OLD_GLIBC, exe: X64_OLD_GLIBC, fuses: { ...FUSES, runAsNode: true, onlyLoadAppFromAsar: false } });
    expect((await inspectApp(root, linuxX64, FUSES)).problems).toEqual(['安全熔断开关 runAsNode 应为 关，实际为 开', '安全熔断开关 onlyLoadAppFromAsar 应为 开，实际为 关']);
    fs.writeFileSync(path.join(root, 'luoshi'), fs.readFileSync(X64_OLD_GLIBC));
    expect((await inspectApp(root, linuxX64, FUSES)).problems).toEqual([expect.stringMatching(/^luoshi：读不出安全熔断开关/)]);
  });

  it('refuses an app without app.asar, without the unpacked better-sqlite3, or without the executable', async () => {
    const noAsar = await packaged({ target: linuxX64, sqlite: X64_OLD_GLIBC, exe: X64_OLD_GLIBC, asar: false });
    expect((await inspectApp(noAsar, linuxX64, FUSES)).problems).toEqual([expect.stringMatching(/^找不到 app\.asar/)]);
    const noNative = await packaged({ target: linuxX64, sqlite: X64_OLD_GLIBC, exe: null });
    fs.rmSync(path.join(noNative, 'resources/app.asar.unpacked'), { recursive: true });
    expect((await inspectApp(noNative, linuxX64, FUSES)).problems).toEqual([
      '缺少原生模块 app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '找不到 Electron 主程序（luoshi / luoshi.exe），无法检查安全熔断开关。',
    ]);
  });

  it('refuses a runtime dependency that only the renderer uses', async () => {
    const root = await packaged({ target: linuxX64, sqlite: X64_OLD_GLIBC, exe: X64_OLD_GLIBC, dependencies: { 'better-sqlite3': '12.11.1', zod: '4.6.7', '@noble/ciphers': '2.4.0', antd: '6.6.8', 'react-dom': '19.3.1' } });
    expect((await inspectApp(root, linuxX64, FUSES)).problems).toEqual([
      '运行时依赖 antd 只被界面使用（界面已由 vite 打包）：应移到 devDependencies',
      '运行时依赖 react-dom 只被界面使用（界面已由 vite 打包）：应移到 devDependencies',
    ]);
  });

  it.skipIf(spawnSync('which', ['dpkg-deb']).status !== 0)('npm run dist:check reads a .deb, names the target from the file name and exits 1 with the reasons', async () => {
    const root = await packaged({ target: linuxArm64, sqlite: `${SODIUM}/linux-x64/sodium-native.node`, exe: ARM64_OLD_GLIBC });
    const tree = path.join(tmpDir(), 'deb');
    fs.mkdirSync(path.join(tree, 'DEBIAN'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'DEBIAN/control'), 'Package: luoshi\nVersion: 0.1.0\nArchitecture: arm64\nMaintainer: x <x@example.invalid>\nDescription: test\n');
    fs.mkdirSync(path.join(tree, 'opt'), { recursive: true });
    fs.cpSync(root, path.join(tree, 'opt', '落实'), { recursive: true });
    const deb = path.join(tmpDir(), 'luoshi-0.1.0-linux-arm64.deb');
    execFileSync('dpkg-deb', ['--root-owner-group', '-b', tree, deb], { stdio: 'pipe' });
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dist-check.ts', deb], { encoding: 'utf8' });
    expect(run.stdout).toContain('目标：linux-arm64');
    expect(run.stdout).toMatch(/app\.asar：\d+\.\d MB/);
    expect(run.stderr).toContain('better_sqlite3.node：是 linux-x64 的文件，目标是 linux-arm64');
    expect(run.status).toBe(1);
  });
});
