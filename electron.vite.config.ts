import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { antdStaticStyles } from './scripts/antd-static-styles';
import { theme } from './renderer/src/theme/theme';

/**
 * react / antd (+ its rc-* parts) / antd icons / zrender+echarts each in one chunk; the rest by page.
 * Rolldown puts a captured module's dependencies in its group, so with one group React landed
 * inside the antd chunk (one 1.2 MB file to fetch and compile before anything runs). Separate
 * groups with priorities keep React apart, so the browser fetches and compiles both in parallel.
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 2 },
  { name: 'antd', test: /node_modules[\\/](antd|@rc-component|rc-[^\\/]+|@ant-design)[\\/]/, priority: 1 },
];

// main (ESM) and preload (CommonJS: sandboxed preloads cannot be ES modules) from electron/,
// the renderer from renderer/. better-sqlite3 stays external (native module).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // docs/ (the user manual and its screenshots) is copied beside the app, so 帮助 works offline.
    publicDir: resolve('docs'),
    plugins: [react(), antdStaticStyles({ srcDir: resolve('renderer/src'), theme })],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves code unminified; the renderer's chunks are 3× smaller minified.
      minify: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // Pages are split with React.lazy (renderer/src/app/pages.tsx) and ECharts is imported
        // on demand; the libraries every page needs get their own long-lived chunks.
        output: { codeSplitting: { groups: VENDOR_GROUPS } },
      },
    },
  },
});
