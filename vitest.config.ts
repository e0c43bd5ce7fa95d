import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests, and tests that need the real Neo4j
// (integration through HTTP and the driver, end-to-end in Chromium). The
// second shares one throwaway Neo4j started by the global setup, and runs
// its files one at a time because they share that database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
