// GraphML written by NetworkX, a Gephi-style GEXF with time intervals and
// FollowTheMoney JSON lines, each loaded as npm run seed loads them and
// explored through the API; then the round trips: FtM out and in again
// gives the same entities, and the seed exported as GEXF (by the CLI)
// reads back with every node, edge and attribute.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../contract/index.js';
import { DateValue, type ImportValue } from '../../../core/import/batch.js';
import type { FtmEntity } from '../../../core/import/ftm-model.js';
import { parseGexf } from '../../../core/import/gexf.js';
import { importOptions } from '../../../core/import/options.js';
import { exportDataset, readDatasetGraph } from '../../../server/import/export.js';
import { projectRoot } from '../../../server/project-paths.js';
import { removeDataset, testDriver } from '../../support/db.js';
import { runSeedCli } from '../../support/seed-cli.js';
import { loadAndServe, pathLength, searchId, sourcesOf, timelineOf } from './explore.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'import');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-graphs-'));
let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  for (const d of ['import-graphml', 'import-gexf', 'import-ftm']) await removeDataset(driver, d);
  rmSync(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('GraphML written by NetworkX', () => {
  it('answers search, details with provenance, a path and the timeline', async () => {
    const folder = path.join(fixtures, 'graphml');
    const { app } = await loadAndServe(driver, folder, folder);
    expect(await searchId(app, 'Varuna Shipping')).toBe('nx-varuna');
    const rel = await request(app)
      .get('/api/paths')
      .query({ from: 'nx-ilse', to: 'nx-halden' })
      .expect(200);
    expect(rel.body.paths[0].steps[1]).toMatchObject({
      type: 'SHIPS_FOR',
      quote: "Varuna carries Halden's magnets",
    });
    expect(await pathLength(app, 'nx-ilse', 'nx-load')).toBe(3);
    expect(await timelineOf(app, ['Winter consignment'])).toEqual([
      ['Winter consignment', '2025-01-01', 'month'],
    ]);
  });
});

describe('GEXF in the style Gephi writes, with time intervals', () => {
  it('answers search, details with provenance, a path and the timeline, intervals as dates', async () => {
    const folder = path.join(fixtures, 'gexf');
    const { app } = await loadAndServe(driver, folder, folder);
    const union = await searchId(app, 'Harbour Workers Union');
    expect(await pathLength(app, union, 'gx-saltmarsh')).toBe(2);
    // The edge's source/url/quote attributes became its provenance.
    const called = await request(app)
      .get('/api/paths')
      .query({ from: union, to: 'gx-strike' })
      .expect(200);
    const steps: { type?: string }[] = called.body.paths[0].steps;
    expect(steps.find((step) => step.type === 'CALLED')).toMatchObject({
      quote: 'the union called the strike',
    });
    expect(await timelineOf(app, ['Saltmarsh dock strike', 'Pellworth channel closures'])).toEqual([
      ['Saltmarsh dock strike', '2025-02-03', 'day'],
      ['Pellworth channel closures', '2025-03-10', 'day'],
    ]);
    const detail = await request(app).get('/api/nodes/gx-strike').expect(200);
    expect(detail.body.node.properties).toMatchObject({
      endDate: '2025-02-17',
      endDatePrecision: 'day',
    });
  });
});

describe('FollowTheMoney JSON lines', () => {
  const folder = path.join(fixtures, 'ftm');
  const file = path.join(folder, 'entities.ftm.json');

  it('answers search, details with provenance, a path and the timeline', async () => {
    const { app, result } = await loadAndServe(driver, file, folder);
    expect(result.relationshipsByType).toMatchObject({
      OWNS: 4,
      DIRECTS: 4,
      BELONGS_TO: 3,
      PAID: 3,
    });
    const devika = await searchId(app, 'Devika Raman');
    expect(await sourcesOf(app, devika)).toEqual([
      ['Registry Watch', 'Devika Raman appears in the company filings'],
    ]);
    const nordvik = await searchId(app, 'Nordvik Motors AB');
    expect(await pathLength(app, devika, nordvik)).toBe(2);
    expect(await timelineOf(app, ['Licensing hearing on oxide imports'])).toEqual([
      ['Licensing hearing on oxide imports', '2025-05-20', 'day'],
    ]);
  });

  it('keeps a birth date at the precision the entity gives it on the timeline', async () => {
    const { app } = await loadAndServe(driver, file, folder);
    expect(await timelineOf(app, ['Devika Raman', 'Tomas Brandt', 'Lin Yuhan'])).toEqual(
      expect.arrayContaining([
        ['Devika Raman', '1971-03-01', 'month'],
        ['Tomas Brandt', '1966-01-01', 'year'],
        ['Lin Yuhan', '1980-11-02', 'day'],
      ]),
    );
  });

  it('exports the same entities it loaded', async () => {
    const out = path.join(tmp, 'out.ftm.json');
    const said = await exportDataset(driver, undefined, { name: 'import-ftm' }, out);
    expect(said).toBe(`Wrote 32 FollowTheMoney entities to ${out}`);
    const parse = (t: string) =>
      t
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as FtmEntity)
        .map((e) => ({
          ...e,
          properties: Object.fromEntries(
            Object.entries(e.properties)
              .map(([k, v]) => [k, [...v].sort()])
              .sort(),
          ),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(parse(readFileSync(out, 'utf8'))).toEqual(parse(readFileSync(file, 'utf8')));
  });
});

/** A value read back from GEXF as the API shows it. */
const asApi = (v: ImportValue): unknown =>
  Array.isArray(v)
    ? v.map(asApi)
    : v instanceof DateValue
      ? v.iso
      : typeof v === 'bigint'
        ? Number(v)
        : v;

describe('the seed as GEXF', () => {
  it('writes through npm run seed -- --export and reads back every node, edge and attribute', async () => {
    const out = path.join(tmp, 'seed.gexf');
    const { code, out: said } = runSeedCli([`--export=${out}`], 90_000);
    expect(said, said).toMatch(/Wrote \d+ nodes and \d+ relationships as GEXF/);
    expect(code).toBe(0);
    const graph = await readDatasetGraph(driver, undefined, 'seed');
    const back = parseGexf(
      readFileSync(out, 'utf8'),
      'seed.gexf',
      importOptions(undefined, 'seed'),
    );
    expect(back.nodes).toHaveLength(graph.nodes.length);
    expect(back.edges).toHaveLength(graph.edges.length);
    const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
    for (const n of back.nodes) {
      const original = byId.get(n.id);
      const props = Object.fromEntries(Object.entries(n.properties).map(([k, v]) => [k, asApi(v)]));
      expect({ labels: n.labels, ...props, id: n.id }, n.id).toEqual({
        labels: original?.labels,
        ...original?.properties,
      });
    }
    const edgeKey = (from: string, type: string, to: string) => `${from}|${type}|${to}`;
    const edges = new Map(
      graph.edges.map((e) => [edgeKey(e.source, e.type, e.target), e.properties]),
    );
    for (const e of back.edges) {
      const props = Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [k, asApi(v)]));
      expect(props).toEqual(edges.get(edgeKey(e.from, e.type, e.to)));
    }
  });
});
