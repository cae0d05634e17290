import fs from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { parse } from 'yaml';
import { binaryKind, compareGlibc, glibcVersionsNeeded, type Cpu, type Os } from './binary';

export interface Target {
  os: Exclude<Os, 'darwin'>;
  cpu: Extract<Cpu, 'x64' | 'arm64'>;
}
export interface Report {
  target: Target;
  problems: string[];
  asarBytes: number | null;
  natives: { file: string; os: string; cpu: string; glibc: string | null }[];
}

/** The oldest glibc among the targets: UOS 20 (Kylin V10 has 2.31). */
export const MAX_GLIBC = 'GLIBC_2.28';
/** Native modules the main process cannot start without. */
const REQUIRED_NATIVES = ['node_modules/better-sqlite3/build/Release/better_sqlite3.node'];

/** Fuse wire bytes: '1' on, '0' off (@electron/fuses does not export its FuseState enum). */
const ON = 0x31;
const OFF = 0x30;

const FUSE_KEYS: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** The fuses electron-builder.yml asks for, as the fuse wire must hold them. */
export function expectedFuses(configFile = 'electron-builder.yml'): Record<string, boolean> {
  return parse(fs.readFileSync(configFile, 'utf8')).electronFuses as Record<string, boolean>;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Where the app's resources are in an unpacked app folder (linux-unpacked, win-unpacked, an extracted .deb). */
export function findResources(root: string): string | null {
  const candidates = [path.join(root, 'resources'), path.join(root, 'opt', '落实', 'resources')];
  const direct = candidates.find((c) => fs.existsSync(path.join(c, 'app.asar')));
  if (direct) return direct;
  const found = walk(root).find((f) => path.basename(f) === 'app.asar');
  return found ? path.dirname(found) : null;
}

const WANTED_CPU: Record<Target['cpu'], string> = { x64: 'x64', arm64: 'arm64' };

/**
 * Every check that stands between a packaged app and an office PC: natives for the target's OS
 * and CPU only, glibc no newer than 2.28 (Linux), the fuses set, app.asar and the unpacked
 * natives present, and no runtime dependency that only the renderer uses.
 */
export async function inspectApp(root: string, target: Target, fuses: Record<string, boolean>): Promise<Report> {
  const problems: string[] = [];
  const report: Report = { target, problems, asarBytes: null, natives: [] };
  const resources = findResources(root);
  if (!resources) {
    problems.push(`找不到 app.asar：${root} 不是打包好的落实（应有 resources/app.asar）。`);
    return report;
  }
  const archive = path.join(resources, 'app.asar');
  report.asarBytes = fs.statSync(archive).size;
  const unpacked = path.join(resources, 'app.asar.unpacked');
  for (const rel of REQUIRED_NATIVES) {
    if (!fs.existsSync(path.join(unpacked, rel))) problems.push(`缺少原生模块 app.asar.unpacked/${rel}`);
  }

  for (const file of walk(unpacked).filter((f) => f.endsWith('.node'))) {
    const rel = path.relative(unpacked, file).split(path.sep).join('/');
    const bytes = fs.readFileSync(file);
    const kind = binaryKind(bytes);
    if (!kind) {
      problems.push(`${rel}：不是可识别的原生模块`);
      continue;
    }
    let glibc: string | null = null;
    if (kind.os === 'linux' && (kind.cpu === 'x64' || kind.cpu === 'arm64')) glibc = glibcVersionsNeeded(bytes).at(-1) ?? null;
    report.natives.push({ file: rel, os: kind.os, cpu: kind.cpu, glibc });
    if (kind.os !== target.os || kind.cpu !== WANTED_CPU[target.cpu]) problems.push(`${rel}：是 ${kind.os}-${kind.cpu} 的文件，目标是 ${target.os}-${target.cpu}`);
    else if (glibc && compareGlibc(glibc, MAX_GLIBC) > 0) problems.push(`${rel}：需要 ${glibc}，统信 UOS 20 只有 ${MAX_GLIBC}`);
  }

  const exe = findExecutable(root, resources, target);
  if (!exe) problems.push('找不到 Electron 主程序（luoshi / luoshi.exe），无法检查安全熔断开关。');
  else {
    if (target.os === 'linux') {
      const needed = glibcVersionsNeeded(fs.readFileSync(exe)).at(-1);
      if (needed && compareGlibc(needed, MAX_GLIBC) > 0) problems.push(`${path.basename(exe)}：需要 ${needed}，统信 UOS 20 只有 ${MAX_GLIBC}`);
    }
    problems.push(...(await fuseProblems(exe, fuses)));
  }
  problems.push(...rendererOnlyDependencies(archive).map((d) => `运行时依赖 ${d} 只被界面使用（界面已由 vite 打包）：应移到 devDependencies`));
  return report;
}

function findExecutable(root: string, resources: string, target: Target): string | null {
  const name = target.os === 'win32' ? 'luoshi.exe' : 'luoshi';
  const dirs = [path.dirname(resources), root];
  return dirs.map((d) => path.join(d, name)).find((f) => fs.existsSync(f)) ?? null;
}

export async function fuseProblems(exe: string, wanted: Record<string, boolean>): Promise<string[]> {
  let wire: Awaited<ReturnType<typeof getCurrentFuseWire>>;
  try {
    wire = await getCurrentFuseWire(exe);
  } catch (e) {
    return [`${path.basename(exe)}：读不出安全熔断开关（${(e as Error).message}）`];
  }
  return Object.entries(wanted).flatMap(([key, on]) => {
    const index = FUSE_KEYS[key];
    if (index === undefined) return [`electron-builder.yml 中有未知的熔断开关 ${key}`];
    const state = (wire as unknown as Record<number, number>)[index];
    return state === (on ? ON : OFF) ? [] : [`安全熔断开关 ${key} 应为 ${on ? '开' : '关'}，实际为 ${state === ON ? '开' : state === OFF ? '关' : '未设置'}`];
  });
}

/**
 * Runtime dependencies (app.asar's package.json) that no main-process or preload file loads.
 * electron-vite keeps dependencies external, so the main bundle names each one it uses.
 */
export function rendererOnlyDependencies(archive: string): string[] {
  const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { dependencies?: Record<string, string> };
  const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''));
  const mainCode = files
    .filter((f) => /^out\/(main|preload)\/.*\.(c|m)?js$/.test(f))
    .map((f) => asar.extractFile(archive, f).toString('utf8'))
    .join('\n');
  return Object.keys(pkg.dependencies ?? {}).filter((dep) => !new RegExp(`["'\`]${dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^"'\`]*)?["'\`]`).test(mainCode));
}
