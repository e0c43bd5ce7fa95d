import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests, integration tests on the real Neo4j
// (through HTTP and the driver) and end-to-end tests in Chromium. Each of
// the last two has its own throwaway Neo4j started by the global setup and
// runs its files one at a time because they share that database; npm test
// runs the two side by side (test/support/run-parallel.ts).
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
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        // The browser suite has a Neo4j of its own, so npm test runs it beside the integration suite.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
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
