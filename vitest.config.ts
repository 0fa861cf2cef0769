import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two workers: one per core of the 2-core CI.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], sequence: { groupOrder: 1 } },
      },
      {
        // Each browser test file builds the viewer and starts a server and Chromium (software WebGL,
        // which takes both cores): they run one file at a time, in one worker, after the unit
        // tests, so the 2-core CI is not oversubscribed.
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
