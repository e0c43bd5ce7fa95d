/**
 * Exports for the team: the whole graph as a dataset folder (its manifest
 * and scripts, script.ts), or what changed since a date as one script that
 * brings a copy of the graph up to date (each claim a change touched
 * written as it is now, or deleted when it is gone). Both read the graph
 * and the change records only; the team's private records never leave.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GraphProfile } from '../../core/dataset/profile.js';
import { ident } from '../../core/dataset/profile.js';
import { parseRelKey } from '../../core/curation/ops.js';
import { SEED_LOAD_LABEL } from '../graph/bookkeeping.js';
import { CHANGE } from '../curation/records.js';
import type { Driver } from '../neo4j/driver.js';
import { cypherLiteral } from '../neo4j/cypher-literal.js';
import { readGraph } from '../neo4j/export-read.js';
import { readPlain, readStrings } from '../neo4j/decode.js';
import {
  datasetFiles,
  graphChecksum,
  nodeStatement,
  relStatement,
  type ExportFile,
} from './script.js';

export interface GraphExport {
  files: ExportFile[];
  checksum: string;
  nodes: number;
  relationships: number;
}

/** The manifest the graph was loaded with (the loader keeps its folder), or the profile's identity. */
async function manifestOf(driver: Driver, database: string | undefined, profile: GraphProfile) {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_LOAD_LABEL}) RETURN {dataset: m.dataset, dir: m.dir} AS row ORDER BY m.loadedAt DESC`,
    {},
    { database, routing: 'READ' },
  );
  const rows = records.map((r) =>
    readPlain(r, 'row', z.object({ dataset: z.string(), dir: z.string().nullable() })),
  );
  const loaded = rows.find((r) => r.dataset === profile.id) ?? rows[0];
  const file = loaded?.dir ? path.join(loaded.dir, 'ontology.json') : undefined;
  if (file && existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { id: profile.id ?? loaded?.dataset ?? 'exported' };
}

export async function exportGraph(
  driver: Driver,
  database: string | undefined,
  profile: GraphProfile,
): Promise<GraphExport> {
  const idProperty = profile.idProperty ?? 'id';
  const graph = await readGraph(driver, database, idProperty);
  return {
    files: datasetFiles(graph, await manifestOf(driver, database, profile), idProperty),
    checksum: graphChecksum(graph),
    nodes: graph.nodes.length,
    relationships: graph.rels.length,
  };
}

/**
 * One script bringing a copy up to what the graph is now for every claim a
 * change published on or after `since` (YYYY-MM-DD) touched: present ones
 * MERGEd as they are, gone ones deleted. Nodes first, links after.
 */
export async function exportChangesSince(
  driver: Driver,
  database: string | undefined,
  profile: GraphProfile,
  since: string,
): Promise<GraphExport> {
  const idProperty = profile.idProperty ?? 'id';
  const { records } = await driver.executeQuery(
    `MATCH (c:${CHANGE}) WHERE c._at >= $since
     UNWIND c._keys AS k
     RETURN collect(DISTINCT k) AS keys`,
    { since },
    { database, routing: 'READ' },
  );
  const touched = { keys: readStrings(records[0], 'keys') };
  const graph = await readGraph(driver, database, idProperty);
  const nodeKeys = new Set(touched.keys.filter((k) => !k.includes('|')));
  const relKeys = new Set(touched.keys.filter((k) => k.includes('|')));
  const nodes = graph.nodes.filter((n) => nodeKeys.has(n.id));
  const rels = graph.rels.filter((r) => relKeys.has(`${r.from.id}|${r.type}|${r.to.id}`));
  const present = new Set([
    ...nodes.map((n) => n.id),
    ...rels.map((r) => `${r.from.id}|${r.type}|${r.to.id}`),
  ]);
  const idp = ident(idProperty);
  const goneRels = [...relKeys].filter((k) => !present.has(k)).sort();
  const goneNodes = [...nodeKeys].filter((k) => !present.has(k)).sort();
  const statements = [
    ...nodes.map((n) => nodeStatement(n, idProperty)),
    ...goneRels.map((k) => {
      const { from, type, to } = parseRelKey(k);
      return `MATCH ({${idp}: ${cypherLiteral(from)}})-[r:${ident(type)}]->({${idp}: ${cypherLiteral(to)}})\nDELETE r;`;
    }),
    ...rels.map((r) => relStatement(r, idProperty)),
    ...goneNodes.map((id) => `MATCH (n {${idp}: ${cypherLiteral(id)}})\nDETACH DELETE n;`),
  ];
  const content = [
    `// What changed in the graph since ${since}: ${nodes.length + rels.length} claims as they are now, ${goneNodes.length + goneRels.length} gone.`,
    '// Run it with cypher-shell on a copy of the graph as it was on that date.',
    '',
    statements.join('\n\n'),
    '',
  ].join('\n');
  return {
    files: [{ name: `changes-since-${since}.cypher`, content }],
    checksum: graphChecksum(graph),
    nodes: nodes.length,
    relationships: rels.length,
  };
}
