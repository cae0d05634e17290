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

  it('ships the backup cipher (sodium-native) for every target it builds, unpacked, and no other platform', async () => {
    // electron-builder matches `files` with minimatch; use the copy it brought (v3: a default export).
    const mm = (await import('minimatch' as string)) as { minimatch?: Match; default?: Match };
    const minimatch = (mm.minimatch ?? mm.default)!;
    const excluded = (file: string) => config.files.some((g: string) => g.startsWith('!') && minimatch(file, g.slice(1)));
    const shipped = ['win32-x64', 'linux-x64', 'linux-arm64'];
    for (const p of shipped) {
      const file = `node_modules/sodium-native/prebuilds/${p}/sodium-native.node`;
      expect(fs.existsSync(file), file).toBe(true);
      expect(excluded(file), file).toBe(false);
      expect(config.asarUnpack.some((g: string) => minimatch(file, g)), file).toBe(true);
    }
    expect(excluded('node_modules/sodium-native/prebuilds/darwin-arm64/sodium-native.node')).toBe(true);
    expect(excluded('node_modules/sodium-native/prebuilds/linux-x64/sodium-native.bare')).toBe(true);
    expect(pkg.dependencies['sodium-native']).toBeDefined();
  });

  it('applies the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('associates .luoshi-backup files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'luoshi-backup' })]);
  });

  it('uses the newest Electron major and better-sqlite3 12', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\^?4[5-9]\./);
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^?12\./);
  });
});

describe("electron-builder's own schema", () => {
  it('accepts the configuration (the same validation `npm run dist` runs first)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
