import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Target } from './inspect';

/** A packaged app as a folder: unpacked dirs as they are, .deb and AppImage extracted to a temp folder. */
export function openPackage(input: string): { root: string; cleanup(): void } {
  const stat = fs.statSync(input);
  if (stat.isDirectory()) return { root: input, cleanup: () => undefined };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-dist-check-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    if (input.endsWith('.deb')) execFileSync('dpkg-deb', ['-x', input, tmp], { stdio: 'pipe' });
    else if (input.endsWith('.AppImage')) {
      // An AppImage extracts itself; it only runs on its own CPU, which is where it was built.
      fs.chmodSync(input, 0o755);
      execFileSync(path.resolve(input), ['--appimage-extract'], { cwd: tmp, stdio: 'pipe' });
    } else throw new Error(`不认识的安装包格式：${input}（支持：解包目录、.deb、.AppImage；Windows 请检查 win-unpacked 目录）`);
  } catch (e) {
    cleanup();
    throw e;
  }
  return { root: tmp, cleanup };
}

/** The target a package is for, from its name (luoshi-0.1.0-linux-arm64.deb, linux-arm64-unpacked, win-unpacked). */
export function targetFromName(input: string): Target | null {
  const name = path.basename(path.resolve(input)).toLowerCase();
  const cpu = /arm64|aarch64/.test(name) ? 'arm64' : /x64|amd64|x86_64/.test(name) ? 'x64' : null;
  if (/^win|[-_]win(32)?[-_.]|\.exe$/.test(name)) return { os: 'win32', cpu: cpu ?? 'x64' };
  if (/linux|\.deb$|\.appimage$/.test(name)) return { os: 'linux', cpu: cpu ?? 'x64' };
  return null;
}

export function parseTarget(s: string): Target {
  const m = /^(linux|win32)-(x64|arm64)$/.exec(s);
  if (!m) throw new Error(`--target 应为 linux-x64、linux-arm64 或 win32-x64，而不是 ${s}`);
  return { os: m[1] as Target['os'], cpu: m[2] as Target['cpu'] };
}
