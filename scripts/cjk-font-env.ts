import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * The environment for a test or tool browser on Linux, so that Chinese text renders on a fresh
 * machine without any Chinese font installed: there, fontconfig is pointed at a configuration that
 * keeps the system's fonts and adds Noto Sans SC from the @expo-google-fonts/noto-sans-sc
 * devDependency (the only font package with plain TTF files that fontconfig reads everywhere). With
 * a Chinese font installed (CI installs fonts-noto-cjk; clerks' PCs have 宋体/仿宋) nothing changes.
 */
export function cjkFontEnv(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  if (platform !== 'linux' || env.FONTCONFIG_FILE || hasChineseFont()) return env;
  const fonts = bundledFonts();
  if (fonts.length === 0) return env;
  const dir = path.join(os.tmpdir(), 'luoshi-cjk-fonts');
  fs.mkdirSync(path.join(dir, 'cache'), { recursive: true });
  for (const font of fonts) {
    const copy = path.join(dir, path.basename(font));
    if (!fs.existsSync(copy)) fs.copyFileSync(font, copy);
  }
  const conf = path.join(dir, 'fonts.conf');
  // The system's configuration first (its fonts and rules), then ours; @sparticuz/chromium keeps its
  // own fonts in <tmp>/fonts.
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${dir}</dir>`,
    `  <dir>${path.join(os.tmpdir(), 'fonts')}</dir>`,
    `  <cachedir>${path.join(dir, 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  if (!fs.existsSync(conf) || fs.readFileSync(conf, 'utf8') !== xml) fs.writeFileSync(conf, xml);
  return { ...env, FONTCONFIG_FILE: conf };
}

/** fontconfig knows a font for Chinese; without fc-list (no fontconfig at all) there is none. */
function hasChineseFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

function bundledFonts(): string[] {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    return ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  } catch {
    return [];
  }
}
