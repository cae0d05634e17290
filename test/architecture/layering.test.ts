import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

// Which folder may import which (VS Code's code-layering idea, as a test so it runs in `npm test`):
//   shared        → nothing of ours, no Node built-ins, no electron, no better-sqlite3
//   electron/core → shared; never `electron`
//   electron/main, electron/web-host → shared, electron/core
//   electron/preload → shared only
//   renderer      → shared only; no Node built-ins, better-sqlite3 or electron

const ROOT = path.resolve(__dirname, '../..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [rel] : [];
  });
}

interface Source {
  file: string;
  text: string;
}

const read = (dir: string): Source[] => sourceFiles(dir).map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!).filter(Boolean);
}

/** The top folder a relative import lands in, e.g. 'shared' or 'electron/core'. */
function layerOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)).split(path.sep);
  return target[0] === 'electron' ? `electron/${target[1]}` : target[0]!;
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNodeOnly = (spec: string) => NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!) || spec === 'better-sqlite3' || spec === 'electron';

function violations(dir: string | Source[], allowedLayers: string[], forbidPackage: (spec: string) => boolean): string[] {
  return (typeof dir === 'string' ? read(dir) : dir).flatMap(({ file, text }) =>
    importsOf(text).flatMap((spec) => {
      const layer = layerOf(file, spec);
      if (layer && !allowedLayers.includes(layer)) return [`${file} imports ${spec} (${layer})`];
      if (!layer && forbidPackage(spec)) return [`${file} imports ${spec}`];
      return [];
    }),
  );
}

describe('layering', () => {
  it('shared imports none of ours and nothing Node-only', () => {
    expect(violations('shared', ['shared'], isNodeOnly)).toEqual([]);
  });
  it('electron/core never imports electron', () => {
    expect(violations('electron/core', ['electron/core', 'shared', 'package.json'], (s) => s === 'electron' || s.startsWith('electron/'))).toEqual([]);
  });
  it('electron/preload imports only shared and electron', () => {
    expect(violations('electron/preload', ['electron/preload', 'shared'], (s) => s !== 'electron')).toEqual([]);
  });
  it('electron/main and the browser host import shared and the core, not the renderer', () => {
    expect(violations('electron/main', ['electron/main', 'electron/core', 'shared'], () => false)).toEqual([]);
    expect(violations('electron/web-host', ['electron/web-host', 'electron/core', 'shared'], (s) => s === 'electron')).toEqual([]);
  });
  it('renderer imports only shared: no Node built-ins, better-sqlite3 or electron', () => {
    expect(violations('renderer', ['renderer', 'shared'], isNodeOnly)).toEqual([]);
  });
  it('the checker itself catches a forbidden import', () => {
    const probe = { file: 'renderer/src/probe.ts', text: "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { x } from '../../electron/core/index';\nimport { ok } from '../../shared/result';\n" };
    expect(violations([probe], ['renderer', 'shared'], isNodeOnly)).toEqual([
      'renderer/src/probe.ts imports node:fs',
      'renderer/src/probe.ts imports better-sqlite3',
      'renderer/src/probe.ts imports ../../electron/core/index (electron/core)',
    ]);
  });
});
