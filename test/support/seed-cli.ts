import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../../server/project-paths.js';

/** Runs `npm run seed -- <args>` (its entry file) against the test run's Neo4j. */
export function runSeedCli(args: string[], timeoutMs = 60_000) {
  const result = spawnSync(
    path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['server/loader/cli.ts', ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: timeoutMs,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUser'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
      },
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}
