import fs from 'node:fs';
import path from 'node:path';

/**
 * The Chromium that the e2e tests, the bench, the manual's screenshots and the icon script drive,
 * so they work on a fresh machine:
 * CHROMIUM_PATH / PLAYWRIGHT_CHROMIUM first, then an installed Chromium, Chrome or Edge
 * (Windows: Edge's usual folders), then the Chromium that the @sparticuz/chromium
 * devDependency ships (unpacked once into the temp folder).
 */
export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  // Injectable so a test can ask about Windows paths on Linux without writing files named C:\…
  exists: (file: string) => boolean = fs.existsSync,
): Promise<{ path: string; source: string }> {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM'] as const) {
    const given = env[name];
    if (given) {
      if (!exists(given)) throw new Error(`${name}=${given} 不存在：请改为浏览器程序的完整路径，或删除该环境变量。`);
      return { path: given, source: name };
    }
  }
  const installed = installedCandidates(env, platform).find((p) => exists(p));
  if (installed) return { path: installed, source: 'installed' };
  if (platform === 'linux' && process.arch === 'x64') {
    const { default: chromium } = await import('@sparticuz/chromium');
    return { path: await chromium.executablePath(), source: '@sparticuz/chromium' };
  }
  throw new Error('找不到可用的浏览器：请安装 Chromium、Chrome 或 Edge，或用 CHROMIUM_PATH 指定其路径。');
}

function installedCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  return names.flatMap((n) => dirs.map((d) => path.join(d, n)));
}
