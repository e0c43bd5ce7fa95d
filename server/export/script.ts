/**
 * The graph as a dataset folder the loader reads back (server/loader/):
 * plain Cypher with no cypher-shell command, one statement per node and per
 * link, each MERGEd on its id and then SET, sorted by label and id so that
 * two exports of a graph differ only where the graph does (a team keeps the
 * folder in git and reviews a change as a diff). Loading it into an empty
 * database gives the same graph; loading it over the dataset replaces it.
 */
import { createHash } from 'node:crypto';
import { ident } from '../../core/dataset/profile.js';
import { cypherLiteral, typedText } from '../neo4j/cypher-literal.js';
import type { ExportNode, ExportRel, GraphRead } from '../neo4j/export-read.js';

const mapLiteral = (props: Record<string, unknown>) =>
  `{${Object.keys(props)
    .sort()
    .filter((k) => props[k] !== null && props[k] !== undefined)
    .map((k) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : ident(k)}: ${cypherLiteral(props[k])}`)
    .join(', ')}}`;

const at = (variable: string, end: { id: string; label: string }, idProperty: string) =>
  `(${variable}:${ident(end.label)} {${ident(idProperty)}: ${cypherLiteral(end.id)}})`;

export function nodeStatement(n: ExportNode, idProperty = 'id'): string {
  const others = n.labels.filter((l) => l !== n.label).map((l) => `n:${ident(l)}`);
  const sets = [...others, `n += ${mapLiteral(n.props)}`].join(', ');
  return `MERGE ${at('n', n, idProperty)}\nSET ${sets};`;
}

export function relStatement(r: ExportRel, idProperty = 'id'): string {
  const props = Object.keys(r.props).length > 0 ? `\nSET r += ${mapLiteral(r.props)}` : '';
  return `MATCH ${at('a', r.from, idProperty)}\nMATCH ${at('b', r.to, idProperty)}\nMERGE (a)-[r:${ident(r.type)}]->(b)${props};`;
}

/** A digest of the graph's content (labels, properties with their types, links): equal graphs, equal digests. */
export function graphChecksum(g: Pick<GraphRead, 'nodes' | 'rels'>): string {
  const props = (p: Record<string, unknown>) =>
    Object.keys(p)
      .sort()
      .map((k) => `${k}=${typedText(p[k])}`)
      .join(';');
  const lines = [
    ...g.nodes.map((n) => `N|${n.id}|${n.labels.join(':')}|${props(n.props)}`),
    ...g.rels.map((r) => `R|${r.from.id}|${r.type}|${r.to.id}|${props(r.props)}`),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export interface ExportFile {
  name: string;
  content: string;
}

const header = (what: string, checksum: string) =>
  [
    `// ${what}`,
    '// Exported from the graph by the explorer (npm run export:cypher); load it with npm run seed -- <this folder>.',
    `// Graph checksum ${checksum}.`,
    '',
  ].join('\n');

/** The dataset folder's files: its manifest and the two scripts, nodes before the links between them. */
export function datasetFiles(
  g: GraphRead,
  manifest: Record<string, unknown>,
  idProperty = 'id',
): ExportFile[] {
  const checksum = graphChecksum(g);
  return [
    { name: 'ontology.json', content: `${JSON.stringify(manifest, null, 2)}\n` },
    {
      name: '10_nodes.cypher',
      content:
        header(`${g.nodes.length} nodes, each MERGEd on its id, then SET.`, checksum) +
        g.nodes.map((n) => nodeStatement(n, idProperty)).join('\n\n') +
        '\n',
    },
    {
      name: '20_relationships.cypher',
      content:
        header(`${g.rels.length} relationships between the nodes of 10_nodes.cypher.`, checksum) +
        g.rels.map((r) => relStatement(r, idProperty)).join('\n\n') +
        '\n',
    },
  ];
}
