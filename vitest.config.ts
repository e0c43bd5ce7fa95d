import { defineConfig } from 'vitest/config';

// Integration files that run after the e2e suite, in its lane of npm test
// (test/support/run-parallel.ts), so that the two lanes take about as long:
// the unit and integration lane was 430 s longer than the e2e one. They
// start processes or load whole datasets of their own, so they gain nothing
// from the integration suite's warm module cache.
const besideE2e = [
  'test/integration/import/**/*.test.ts',
  'test/integration/server/two-instances.test.ts',
  'test/integration/server/routes/existing-database.test.ts',
  'test/integration/server/main.test.ts',
];

// Pure unit tests, and suites on a real Neo4j: integration tests (through
// HTTP and the driver) and end-to-end tests in Chromium. Each Neo4j project
// has its own throwaway Neo4j started by the global setup and runs its files
// one at a time because they share that database; npm test runs them in two
// lanes side by side (test/support/run-parallel.ts).
//
// Files share their worker's module cache (isolate: false): with a fresh
// module graph per file, importing the server, the Cypher parser and the
// client took longer than the tests themselves (515 s of 1,197 s in the
// integration run). Test files therefore keep no state at module level that
// another file could see; each builds its own app, driver and browser.
function onNeo4j(name: string, include: string[], exclude: string[] = []) {
  return {
    test: {
      name,
      include,
      exclude,
      environment: 'node' as const,
      isolate: false,
      globalSetup: ['test/support/global-setup.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 240_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
        },
      },
      onNeo4j('db', ['test/integration/**/*.test.ts'], besideE2e),
      onNeo4j('db-beside', besideE2e),
      onNeo4j('e2e', ['test/e2e/**/*.test.ts']),
    ],
  },
});
