// The real server (`node --import tsx server/main.ts`, as `npm start` runs it)
// as a child process, for start-up tests against the test Neo4j: started with
// a given environment, its output collected, stopped with SIGINT as Ctrl+C
// would. One process: the tsx wrapper, under load, turned a SIGINT into a
// SIGKILL of the server when it did not answer within 30 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, inject } from 'vitest';
import { findFreePort } from '../../server/neo4j/ports.js';
import { projectRoot } from '../../server/project-paths.js';

export interface ServerProcess {
  port: number;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  /** Stops it with SIGINT; resolves with its exit code. */
  stop: () => Promise<number | null>;
}

/** Starts the server on a free port with the test Neo4j and `env`; resolves once it is ready or failed. */
export async function startServer(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const port = await findFreePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    LOG_LEVEL: 'warn',
    // Every answer checked against its contract, as in the in-process tests.
    CHECK_ANSWERS: 'true',
    ...env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: childEnv,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(() => output, { timeout: 90_000, interval: 250 })
    .toMatch(/ready at http:\/\/localhost:\d+|✖/);
  return {
    port,
    output: () => output,
    stop: () =>
      child.exitCode !== null
        ? Promise.resolve(child.exitCode)
        : new Promise((resolve) => {
            child.once('exit', (code) => resolve(code));
            child.kill('SIGINT');
          }),
  };
}
