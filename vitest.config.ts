import { defineConfig } from 'vitest/config';

// Integration files that start a Neo4j of their own (npm start, as a person
// runs it) and need none from the global setup: npm test runs them after the
// e2e suite, in its lane (test/support/run-parallel.ts), so that the two
// lanes take about as long and no third test Neo4j is started for them.
const ownNeo4j = ['test/integration/server/main.test.ts'];

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
      onNeo4j('db', ['test/integration/**/*.test.ts'], ownNeo4j),
      {
        test: {
          name: 'own-neo4j',
          include: ownNeo4j,
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      onNeo4j('e2e', ['test/e2e/**/*.test.ts']),
    ],
  },
});
