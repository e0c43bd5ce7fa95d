// `SEED_DIR=<folder> SEED_ON_START=true npm start` against an existing Neo4j:
// the real process loads the named dataset, says so, serves it under its own
// manifest, and stops on Ctrl+C. The dataset is removed again afterwards.
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { projectRoot } from '../../../server/project-paths.js';
import { removeDataset, testDriver } from '../../support/db.js';
import { startServer, type ServerProcess } from '../../support/server-process.js';

const folder = path.join('test', 'fixtures', 'datasets', 'small-press');
const driver = testDriver();
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  await removeDataset(driver, readProjectDataset(path.join(projectRoot, folder)).name);
  await driver.close();
});

it('loads the SEED_DIR dataset into the database at start, names it, serves it and stops on SIGINT', async () => {
  server = await startServer({ SEED_DIR: folder, SEED_ON_START: 'true' });
  const { port } = server;
  const output = server.output;

  // What start-up said: the truth about writing, the dataset by name, the search it uses.
  expect(output()).toContain('written to at start because SEED_ON_START=true');
  expect(output()).not.toContain('read-only');
  expect(output()).toContain(`Loading Quillfeather Press (folder ${folder}): 1 statements…`);
  expect(output()).toMatch(/Loaded dataset "small-press-[0-9a-f]{8}": 1 statement in/);
  expect(output()).toContain(
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

  const running = server;
  server = undefined;
  expect(await running.stop()).toBe(0);
  expect(output()).toContain('Stopped.');
}, 150_000);
