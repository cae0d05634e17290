import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Installers cannot be built here (Electron's download host is unreachable), so the
// configuration is checked as data: targets, architectures, offline-only, fuses, files.
const config = parse(fs.readFileSync('electron-builder.yml', 'utf8'));
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

type Match = (file: string, glob: string) => boolean;

const targets = (platform: { target: { target: string; arch: string[] }[] }) => Object.fromEntries(platform.target.map((t) => [t.target, t.arch]));

describe('electron-builder.yml', () => {
  it('builds an NSIS installer for Windows x64 in Chinese, per-user by default with a per-machine option', () => {
    expect(targets(config.win)).toEqual({ nsis: ['x64'] });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      installerLanguages: ['zh_CN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds .deb for Linux x64 and arm64 and an AppImage for x64, with desktop entry and maintainer', () => {
    expect(targets(config.linux)).toEqual({ deb: ['x64', 'arm64'], AppImage: ['x64'] });
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.linux.desktop.entry).toMatchObject({ Name: '落实', Categories: 'Office;' });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(fs.existsSync(`build/icons/${size}x${size}.png`)).toBe(true);
    expect(fs.existsSync(config.win.icon)).toBe(true);
  });

  it('never publishes or auto-updates (offline only)', () => {
    expect(config.publish).toBeNull();
    expect(JSON.stringify(pkg.dependencies)).not.toMatch(/electron-updater/);
    expect(pkg.build?.publish).toBeUndefined();
  });

  it('packs into asar with native modules unpacked, ships only the build output, rebuilds natives at packaging', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toContain('out/**/*');
    expect(config.files.some((f: string) => f.startsWith('!') && f.includes('.map'))).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(pkg.scripts.postinstall ?? '').not.toMatch(/install-app-deps|electron-rebuild/);
    expect(pkg.scripts.dist).toMatch(/native-abi\.mjs electron/);
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('ships the backup cipher (sodium-native) only for the platform and CPU being packaged, unpacked; none on Linux (its prebuilds need GLIBC_2.33)', async () => {
    // electron-builder matches `files` with minimatch after filling in ${platform} and ${arch}; use the copy it brought.
    const mm = (await import('minimatch' as string)) as { minimatch?: Match; default?: Match };
    const minimatch = (mm.minimatch ?? mm.default)!;
    const patterns = (platform: string, arch: string) =>
      [...config.files, ...(config[platform === 'win32' ? 'win' : 'linux'].files ?? [])].map((g: string) => g.replaceAll('${platform}', platform).replaceAll('${arch}', arch));
    const shipped = (platform: string, arch: string, file: string) => !patterns(platform, arch).some((g: string) => g.startsWith('!') && minimatch(file, g.slice(1)));
    const prebuild = (p: string) => `node_modules/sodium-native/prebuilds/${p}/sodium-native.node`;
    for (const p of ['win32-x64', 'linux-x64', 'linux-arm64']) expect(fs.existsSync(prebuild(p)), p).toBe(true);
    expect(shipped('win32', 'x64', prebuild('win32-x64'))).toBe(true);
    expect(config.asarUnpack.some((g: string) => minimatch(prebuild('win32-x64'), g))).toBe(true);
    for (const other of ['win32-arm64', 'linux-x64', 'linux-arm64', 'darwin-arm64', 'android-arm64']) expect(shipped('win32', 'x64', prebuild(other)), other).toBe(false);
    for (const any of ['win32-x64', 'linux-x64', 'linux-arm64']) {
      expect(shipped('linux', 'x64', prebuild(any)), any).toBe(false);
      expect(shipped('linux', 'arm64', prebuild(any)), any).toBe(false);
    }
    expect(shipped('win32', 'x64', 'node_modules/sodium-native/prebuilds/win32-x64/sodium-native.bare')).toBe(false);
    expect(shipped('linux', 'x64', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(pkg.dependencies['sodium-native']).toBeDefined();
  });

  it('the deb depends on everything Electron loads on UOS 20 / Kylin V10, and the desktop file is named', () => {
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libgbm1', 'libasound2', 'libdrm2', 'libnss3', 'libgtk-3-0', 'libxss1', 'libnotify4', 'libxtst6', 'libatspi2.0-0', 'libuuid1']));
    expect(pkg.desktopName).toBe(`${config.linux.executableName}.desktop`);
  });

  it('packages only on the target OS and CPU, and checks every packed app with dist:check', () => {
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
    expect(fs.existsSync(config.afterPack)).toBe(true);
    expect(pkg.scripts.dist).toMatch(/scripts\/dist\.mjs$/);
    expect(pkg.scripts['dist:check']).toMatch(/dist-check\.ts/);
  });

  it('applies the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      // No keyring prompt on UOS: the app keeps nothing in cookies.
      enableCookieEncryption: false,
    });
  });

  it('associates .luoshi-backup files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'luoshi-backup' })]);
  });

  it('uses the newest Electron major and a better-sqlite3 that compiles against its V8 (12.11 or later 12.x)', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\^?4[5-9]\./);
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^12\.(1[1-9]|[2-9]\d)\./);
  });

  it('ships as runtime dependencies only what the main process loads; the renderer packages are bundled by vite', () => {
    for (const renderer of ['antd', 'echarts', 'react', 'react-dom', '@ant-design/icons', 'zustand', 'marked', 'dayjs']) {
      expect(pkg.dependencies[renderer], renderer).toBeUndefined();
      expect(pkg.devDependencies[renderer], renderer).toBeDefined();
    }
  });
});

describe("electron-builder's own schema", () => {
  it('accepts the configuration (the same validation `npm run dist` runs first)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
