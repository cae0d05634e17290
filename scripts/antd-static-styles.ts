// antd's styles written into the renderer's CSS at build time, so the first render does not
// generate them (antd's CSS-in-JS took a few hundred ms of every cold start: issue 15, item 7).
// antd's runtime finds each component's style in the file (a cache map in the same CSS) and
// skips generating it; a component not listed here still gets its style at runtime as before.

import fs from 'node:fs';
import path from 'node:path';
import type { ThemeConfig } from 'antd';
import type { Plugin } from 'vite';

const ID = 'virtual:antd-static.css';
const RESOLVED = `\0${ID}`;

/** Components antd renders inside the ones we import (a table's pagination, a select's dropdown…). */
const INNER = ['Checkbox', 'Dropdown', 'Empty', 'Modal', 'Pagination', 'Popover', 'Radio', 'Spin', 'Tooltip', 'message', 'notification'];

/** Every component the renderer imports from 'antd'. */
function importedComponents(dir: string): string[] {
  const names = new Set(INNER);
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name))
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g))
          for (const n of m[1]!.split(',')) {
            const name = n.trim().replace(/^type\s+.*/, '').split(/\s+as\s+/)[0]!;
            if (/^[A-Z]/.test(name)) names.add(name);
          }
    }
  };
  walk(dir);
  return [...names].sort();
}

/**
 * `import 'virtual:antd-static.css'`: in a build, the styles of the components the renderer uses
 * under the app's theme; in dev, nothing (dev class names differ, antd generates them as before).
 */
export function antdStaticStyles(opts: { srcDir: string; theme: ThemeConfig }): Plugin {
  let build = false;
  return {
    name: 'luoshi-antd-static-styles',
    configResolved(c) {
      build = c.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return '';
      // Class names carry a hash of antd's version and the theme: the same node_modules and theme
      // the bundle is built from, in production mode (dev mode names them differently).
      process.env.NODE_ENV = 'production';
      const [{ extractStyle }, { createElement }, { ConfigProvider }] = await Promise.all([import('@ant-design/static-style-extract'), import('react'), import('antd')]);
      return extractStyle({
        includes: importedComponents(opts.srcDir),
        customTheme: (node) => createElement(ConfigProvider, { theme: opts.theme }, node),
      });
    },
  };
}
