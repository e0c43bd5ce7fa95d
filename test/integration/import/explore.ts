// Shared by the import tests: load a file or folder as `npm run seed -- <it>`
// does, and build the app as `SEED_DIR=<folder> npm start` would for it.
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import request from 'supertest';
import { expect } from 'vitest';
import { createApp, datasetOptions } from '../../../server/app.js';
import { readImportDataset } from '../../../server/import/dataset.js';
import { loadImported } from '../../../server/import/load.js';
import { testAppOptions } from '../../support/app.js';

export async function loadAndServe(driver: Driver, target: string, manifestDir: string) {
  const imported = await readImportDataset(target);
  const result = await loadImported(driver, undefined, imported, { force: true, textsDir: null });
  const app = createApp({
    driver,
    database: undefined,
    logger: pino({ level: 'silent' }),
    ...datasetOptions(manifestDir),
    options: testAppOptions,
  });
  return { imported, result, app };
}

type App = ReturnType<typeof createApp>;

/** The id of the search hit named exactly `name`. */
export async function searchId(app: App, name: string): Promise<string> {
  const res = await request(app).get('/api/search').query({ q: name }).expect(200);
  const hit = (res.body.hits as { id: string; name: string }[]).find((h) => h.name === name);
  expect(hit, `a search for ${name}`).toBeDefined();
  return hit?.id ?? '';
}

/** Names and quotes of a node's sources, as the details panel lists them. */
export async function sourcesOf(app: App, id: string) {
  const res = await request(app)
    .get(`/api/nodes/${encodeURIComponent(id)}`)
    .expect(200);
  return (res.body.sources as { name: string; quote: string | null }[]).map((s) => [
    s.name,
    s.quote,
  ]);
}

export async function pathLength(app: App, from: string, to: string): Promise<number> {
  const res = await request(app).get('/api/paths').query({ from, to }).expect(200);
  return res.body.paths[0]?.length ?? -1;
}

export async function timelineOf(app: App, names: string[]) {
  const res = await request(app).get('/api/timeline').expect(200);
  return (res.body.events as { name: string; date: string; datePrecision: string }[])
    .filter((e) => names.includes(e.name))
    .map((e) => [e.name, e.date, e.datePrecision]);
}
