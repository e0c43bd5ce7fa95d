// `SEED_DIR=<folder> SEED_ON_START=true npm start` against an existing Neo4j:
// the real process loads the named dataset, says so, serves it under its own
// manifest, and stops on Ctrl+C. The dataset is removed again afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { findFreePort } from '../../../server/neo4j/ports.js';
import { projectRoot } from '../../../server/project-paths.js';
import { removeDataset, testDriver } from '../../support/db.js';

const folder = path.join('test', 'fixtures', 'datasets', 'small-press');
const driver = testDriver();
let child: ChildProcess | undefined;

/** SIGINT, as Ctrl+C: tsx passes it on to the server, which exits; resolves with its exit code. */
function stop(c: ChildProcess): Promise<number | null> {
  if (c.exitCode !== null) return Promise.resolve(c.exitCode);
  return new Promise((resolve) => {
    c.once('exit', (code) => resolve(code));
    c.kill('SIGINT');
  });
}

afterAll(async () => {
  if (child) await stop(child);
  await removeDataset(driver, readProjectDataset(path.join(projectRoot, folder)).name);
  await driver.close();
});

it('loads the SEED_DIR dataset into the database at start, names it, serves it and stops on SIGINT', async () => {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    SEED_DIR: folder,
    SEED_ON_START: 'true',
    LOG_LEVEL: 'warn',
  };
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

  // What start-up said: the truth about writing, the dataset by name, the search it uses.
  expect(output).toContain('written to at start because SEED_ON_START=true');
  expect(output).not.toContain('read-only');
  expect(output).toContain(`Loading Quillfeather Press (folder ${folder}): 1 statements…`);
  expect(output).toMatch(/Loaded seed "small-press-[0-9a-f]{8}": 1 statements/);
  expect(output).toContain(
    'Search: the full-text index entitySearch, then a name scan of at most 10,000 nodes when it finds nothing.',
  );

  const base = `http://127.0.0.1:${port}/api`;
  const info = (await (await fetch(`${base}/dataset`)).json()) as {
    title: string;
    fromManifest: boolean;
  };
  expect(info).toMatchObject({ title: 'Quillfeather Press', fromManifest: true });
  const found = (await (await fetch(`${base}/search?q=Ada%20Merrow`)).json()) as {
    hits: { name: string; labels: string[] }[];
  };
  expect(found.hits[0]).toMatchObject({ name: 'Ada Merrow', labels: ['QpAuthor'] });

  const running = child;
  child = undefined;
  expect(await stop(running)).toBe(0);
  expect(output).toContain('Stopped.');
}, 150_000);
