// `npm start` against an existing Neo4j (NEO4J_URI): it says which mode it is
// in and what it will not do, applies no manifest of its own, and writes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { findFreePort } from '../../../server/neo4j/ports.js';
import { projectRoot } from '../../../server/project-paths.js';
import { graphFingerprint, testDriver } from '../../support/db.js';

const driver = testDriver();
let child: ChildProcess | undefined;

afterAll(async () => {
  // SIGINT, as Ctrl+C: tsx passes it on to the server, which exits; SIGKILL would orphan the server.
  const c = child;
  if (c && c.exitCode === null) {
    await new Promise((resolve) => {
      c.once('exit', resolve);
      c.kill('SIGINT');
    });
  }
  await driver.close();
});

it('explores an existing database read-only, without the seed’s manifest, and says so', async () => {
  const before = await graphFingerprint(driver);
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    LOG_LEVEL: 'warn',
  };
  delete env.SEED_DIR;
  delete env.SEED_ON_START;
  child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['server/main.ts'], {
    cwd: projectRoot,
    env,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(() => output, { timeout: 90_000, interval: 250 })
    .toMatch(/ready at http:\/\/localhost:\d+|✖/);
  expect(output).toContain(`Mode: the existing Neo4j at ${inject('neo4jUri')}, read-only.`);
  expect(output).toContain('Nothing is written to it');
  expect(output).toContain('No manifest: names and dates come from its schema');
  expect(output).toContain('was not started here and keeps running');
  expect(output).not.toMatch(/Loading |this also stops the Neo4j/);

  const info = (await (await fetch(`http://127.0.0.1:${port}/api/dataset`)).json()) as {
    title: string;
    fromManifest: boolean;
  };
  expect(info).toMatchObject({ title: 'Existing database', fromManifest: false });
  expect(await graphFingerprint(driver)).toBe(before);
}, 120_000);
