// The round trip to Cypher on the real Neo4j: the graph exported as a dataset
// folder, the graph emptied, the folder loaded by the loader (as npm run seed
// does), and the graph's checksum the same, for the seed and for the seed
// with a test report's published claims. The team's private records never
// reach the export. This file has the database to itself (db files run one at
// a time) and puts the seed back as the global setup loaded it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import type { CypherExport } from '../../../../contract/index.js';
import { defaultProfile } from '../../../../core/dataset/profile.js';
import { datasetOptions } from '../../../../server/app.js';
import { exportGraph } from '../../../../server/export/export.js';
import { readProjectDataset } from '../../../../server/loader/dataset.js';
import { loadDataset } from '../../../../server/loader/loader.js';
import { useTestApp } from '../../../support/app.js';
import { forgetTeamRecords, signIn } from '../../../support/auth.js';

const dirs: string[] = [];
const profile = datasetOptions().profile ?? defaultProfile;

function writeFolder(files: CypherExport['files']): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'export-cypher-'));
  dirs.push(dir);
  for (const f of files) writeFileSync(path.join(dir, f.name), f.content);
  return dir;
}

describe('export to Cypher and back', () => {
  const t = useTestApp();
  const people: string[] = [];

  /** Everything but the team's private records: the graph, the load records, the edit stamp. */
  const emptyGraph = () => t.driver.executeQuery('MATCH (n) WHERE NOT n:_Private DETACH DELETE n');

  const roundTrip = async (exported: CypherExport) => {
    const dir = writeFolder(exported.files);
    await emptyGraph();
    await loadDataset(t.driver, undefined, readProjectDataset(dir), {
      force: true,
      textsDir: null,
    });
    return exportGraph(t.driver, undefined, profile);
  };

  afterAll(async () => {
    await emptyGraph();
    await loadDataset(t.driver, undefined, readProjectDataset(), { force: true });
    await forgetTeamRecords(t.driver, people);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('loads the exported seed into an emptied graph with the same checksum and the same scripts', async () => {
    const before = await exportGraph(t.driver, undefined, profile);
    expect(before.nodes).toBeGreaterThan(100);
    expect(before.files.map((f) => f.name)).toEqual([
      'ontology.json',
      '10_nodes.cypher',
      '20_relationships.cypher',
    ]);
    const after = await roundTrip(before);
    expect(after.checksum).toBe(before.checksum);
    expect(after.files).toEqual(before.files);
  }, 240_000);

  it("exports the seed with a report's published claims through the API, for a reviewer, and loads it back the same", async () => {
    const editor = await signIn(t.app, 'editor', { driver: t.driver });
    const reviewer = await signIn(t.app, 'reviewer', { driver: t.driver });
    people.push(editor.user.name, reviewer.user.name);
    const text = [
      'Harbour board in Kakinada orders magnet-grade separators',
      "The Kakinada harbour board bought 12 separators on Friday, its chairman said, for the port's new sands terminal.",
    ].join('\n');
    const saved = await request(t.app)
      .post('/api/reports')
      .set(editor.headers)
      .send({
        content: text,
        headline: text.split('\n')[0],
        date: '2026-04-10',
        datePrecision: 'day',
      });
    expect(saved.status).toBe(201);
    const reportId = String(saved.body.report.id);
    const words = 'The Kakinada harbour board bought 12 separators on Friday';
    const claim = await request(t.app)
      .post(`/api/reports/${encodeURIComponent(reportId)}/claims`)
      .set(editor.headers)
      .send({
        paragraph: 2,
        start: 0,
        end: words.length,
        quote: words,
        fields: {
          kind: 'figure',
          name: 'Separators bought by the Kakinada harbour board',
          quantity: 'Separators bought',
          value: 12,
          unit: 'separators',
          subject: 'country:india',
        },
      });
    expect(claim.status).toBe(201);
    for (const d of claim.body.drafts as { id: string }[]) {
      const published = await request(t.app)
        .post(`/api/curation/drafts/${d.id}/publish`)
        .set(reviewer.headers);
      expect(published.status).toBe(200);
    }
    // An editor may not export; a reviewer may.
    expect((await request(t.app).get('/api/export/cypher').set(editor.headers)).status).toBe(403);
    const res = await request(t.app).get('/api/export/cypher').set(reviewer.headers);
    expect(res.status).toBe(200);
    const exported = res.body as CypherExport;
    const scripts = exported.files.map((f) => f.content).join('\n');
    expect(scripts).toContain('Separators bought by the Kakinada harbour board');
    expect(scripts).toMatch(/value: 12(\.0)?[,}]/);
    // No account, session, draft or change record: nothing of the team's private records.
    expect(scripts).not.toMatch(/_Private|_Draft|_Change|_Account|_Session|argon2|_passwordHash/);

    const after = await roundTrip(exported);
    expect(after.checksum).toBe(exported.checksum);

    // What changed since the claims were published: one script with the new figure.
    const since = await request(t.app)
      .get('/api/export/cypher?since=2000-01-01')
      .set(reviewer.headers);
    expect(since.status).toBe(200);
    expect((since.body as CypherExport).files[0]?.content).toContain(
      'Separators bought by the Kakinada harbour board',
    );
  }, 240_000);
});
