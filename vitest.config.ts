import { defineConfig } from 'vitest/config';

// Two projects: `unit` (core, shared, main-process wiring with a mocked electron)
// and `e2e` (real Chromium driving the browser host). e2e needs `npm run build` first;
// `npm test` does that.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
