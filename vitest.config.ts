import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests start a server and Chromium; keep them in one worker so the 2-core CI is not oversubscribed.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
