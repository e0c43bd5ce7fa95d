/**
 * The dataset's graph as it is, read with the driver's own values (an
 * INTEGER is not a FLOAT, a DATE is not a string): every node outside the
 * team's private records and the project's bookkeeping, and every link
 * between such nodes. Accounts, sessions, drafts, changes and comments
 * (the _Private label) are never read here, so never exported.
 */
import { isNode, isRelationship, type Driver } from 'neo4j-driver';
import { isDatasetNode } from '../graph/bookkeeping.js';
import { DATASET_PROPERTY } from '../loader/loader.js';

export interface ExportNode {
  id: string;
  /** The label the script MERGEs on (the first in name order), then the others. */
  label: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface ExportRel {
  from: { id: string; label: string };
  type: string;
  to: { id: string; label: string };
  props: Record<string, unknown>;
}

export interface GraphRead {
  nodes: ExportNode[];
  rels: ExportRel[];
  /** Nodes without an id: a script cannot find them again, so they are counted, not written. */
  withoutId: number;
}

/** The loader marks what it loaded; a restore marks it again, so the mark is no content. */
const withoutMark = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => k !== DATASET_PROPERTY));

const primary = (labels: string[]) => [...labels].sort()[0] ?? '';

export async function readGraph(
  driver: Driver,
  database: string | undefined,
  idProperty = 'id',
): Promise<GraphRead> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE ${isDatasetNode('n')}
     RETURN n`,
    {},
    { database, routing: 'READ' },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE ${isDatasetNode('a')} AND ${isDatasetNode('b')}
       AND a[$idp] IS NOT NULL AND b[$idp] IS NOT NULL
     RETURN a[$idp] AS from, [l IN labels(a) WHERE NOT l STARTS WITH '_'] AS fromLabels, r,
            b[$idp] AS to, [l IN labels(b) WHERE NOT l STARTS WITH '_'] AS toLabels`,
    { idp: idProperty },
    { database, routing: 'READ' },
  );
  let withoutId = 0;
  const out: ExportNode[] = [];
  for (const r of nodes.records) {
    const n: unknown = r.get('n');
    if (!isNode(n)) throw new Error('The export read a row without its node.');
    const id: unknown = n.properties[idProperty];
    if (typeof id !== 'string') {
      withoutId++;
      continue;
    }
    const labels = n.labels.filter((l) => !l.startsWith('_')).sort();
    out.push({ id, label: primary(labels), labels, props: withoutMark(n.properties) });
  }
  const links: ExportRel[] = rels.records.map((r) => {
    const rel: unknown = r.get('r');
    if (!isRelationship(rel)) throw new Error('The export read a row without its link.');
    return {
      from: { id: String(r.get('from')), label: primary(r.get('fromLabels') as string[]) },
      type: rel.type,
      to: { id: String(r.get('to')), label: primary(r.get('toLabels') as string[]) },
      props: rel.properties,
    };
  });
  out.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  links.sort(
    (a, b) =>
      a.from.id.localeCompare(b.from.id) ||
      a.type.localeCompare(b.type) ||
      a.to.id.localeCompare(b.to.id),
  );
  return { nodes: out, rels: links, withoutId };
}
