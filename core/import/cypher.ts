/**
 * A graph batch as a Cypher script of the kind the loader runs and
 * cypher-shell reads: an id index per label, then nodes and relationships in
 * UNWIND batches of literal maps. The script is what `--emit-cypher` writes
 * and also what is loaded, so the two never differ.
 */
import { ident } from '../dataset/profile.js';
import {
  DateValue,
  describePlace,
  type GraphBatch,
  type ImportNode,
  type ImportValue,
  type Place,
  type Properties,
  type Scalar,
} from './batch.js';

export interface ImportStatement {
  kind: 'schema' | 'data';
  text: string;
  /** The rows or elements it writes, for a message if Neo4j refuses it. */
  what: string;
  /** The index a schema statement creates, so a failed load can drop what it made. */
  index?: string;
}

/** Rows per statement of a generated script. */
export const ROWS_PER_STATEMENT = 500;

function stringLiteral(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are escaped, never written raw
  const body = s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${body}'`;
}

function scalarLiteral(v: Scalar): string {
  if (typeof v === 'string') return stringLiteral(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? `${v}.0` : String(v);
  return `date('${v.iso}')`;
}

export function valueLiteral(v: ImportValue): string {
  return Array.isArray(v) ? `[${v.map(scalarLiteral).join(', ')}]` : scalarLiteral(v);
}

const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : ident(k));

/** A date property P is written with PPrecision beside it (`date` with `datePrecision`), as the seed does. */
export function expandDates(props: Properties): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) {
    out[k] = v;
    if (v instanceof DateValue) out[`${k}Precision`] ??= v.precision;
  }
  return out;
}

export function mapLiteral(props: Properties): string {
  const entries = Object.entries(expandDates(props));
  return `{${entries.map(([k, v]) => `${key(k)}: ${valueLiteral(v)}`).join(', ')}}`;
}

/** "nodes.csv, rows 2–501": the rows a statement writes, as its comment and a refusal name them. */
export function rangeOf(places: Place[]): string {
  const first = places[0];
  const last = places[places.length - 1];
  if (!first || !last) return '';
  if (places.length === 1 || first.file !== last.file || first.sheet !== last.sheet) {
    return describePlace(first) + (places.length > 1 ? ' and after' : '');
  }
  if (first.row !== undefined && last.row !== undefined) {
    const sheet = first.sheet !== undefined ? `, sheet "${first.sheet}"` : '';
    return `${first.file}${sheet}, rows ${first.row}–${last.row}`;
  }
  if (first.line !== undefined && last.line !== undefined) {
    return `${first.file}, lines ${first.line}–${last.line}`;
  }
  return `${describePlace(first)} to ${last.element ?? ''}`.trim();
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) {
    out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  }
  return out;
}

function groupBy<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The node's own properties with its id and the labels-first ordering a reader expects. */
const nodeProps = (n: ImportNode): Properties => ({ id: n.id, ...n.properties });

/** The statement that creates `nodes` (all of one set of labels). */
export function nodeStatement(nodes: ImportNode[]): ImportStatement {
  const labelText = (nodes[0]?.labels ?? []).map(ident).join(':');
  return {
    kind: 'data',
    text: `UNWIND [\n  ${nodes.map((n) => mapLiteral(nodeProps(n))).join(',\n  ')}\n] AS row\nCREATE (n:${labelText}) SET n = row`,
    what: rangeOf(nodes.map((n) => n.place)),
  };
}

/** The statement that links `edges` (all of one type) between nodes of the two labels, found by id. */
export function edgeStatement(
  edges: GraphBatch['edges'],
  fromLabel: string,
  toLabel: string,
): ImportStatement {
  const type = edges[0]?.type ?? 'RELATED_TO';
  const rows = edges.map(
    (e) =>
      `{from: ${stringLiteral(e.from)}, to: ${stringLiteral(e.to)}, props: ${mapLiteral(e.properties)}}`,
  );
  return {
    kind: 'data',
    text: `UNWIND [\n  ${rows.join(',\n  ')}\n] AS row\nMATCH (a:${ident(fromLabel)} {id: row.from}) WHERE a._dataset IS NULL\nMATCH (b:${ident(toLabel)} {id: row.to}) WHERE b._dataset IS NULL\nCREATE (a)-[r:${ident(type)}]->(b) SET r = row.props`,
    what: rangeOf(edges.map((e) => e.place)),
  };
}

/**
 * The statements that write `batch`: schema first (an index on `id` for
 * every label a relationship finds its ends by, then a wait for them), then
 * nodes, then relationships. Ends are matched among nodes no earlier load
 * owns (`_dataset IS NULL`), so another dataset's node of the same id is
 * never linked.
 */
export function batchToCypher(batch: GraphBatch): ImportStatement[] {
  const primary = new Map(batch.nodes.map((n) => [n.id, n.labels[0] ?? 'Entity']));
  const labels = [...new Set(primary.values())].sort();
  const statements: ImportStatement[] = labels.map((l) => ({
    kind: 'schema',
    text: `CREATE INDEX ${ident(`import_${l}_id`)} IF NOT EXISTS FOR (n:${ident(l)}) ON (n.id)`,
    what: `the id index of ${l}`,
    index: `import_${l}_id`,
  }));
  if (labels.length > 0) {
    statements.push({ kind: 'schema', text: 'CALL db.awaitIndexes(300)', what: 'the id indexes' });
  }
  for (const nodes of groupBy(batch.nodes, (n) => n.labels.join(':')).values()) {
    for (const chunk of chunks(nodes)) statements.push(nodeStatement(chunk));
  }
  const edgeKey = (e: GraphBatch['edges'][number]) =>
    `${primary.get(e.from)}\u0000${e.type}\u0000${primary.get(e.to)}`;
  for (const edges of groupBy(batch.edges, edgeKey).values()) {
    const first = edges[0];
    if (!first) continue;
    const [fromLabel = 'Entity', toLabel = 'Entity'] = [
      primary.get(first.from),
      primary.get(first.to),
    ];
    for (const chunk of chunks(edges)) statements.push(edgeStatement(chunk, fromLabel, toLabel));
  }
  return statements;
}

/**
 * Counts a script's lines as it is written (a comment saying what
 * each statement writes, the statement, a blank line), so a statement made
 * as it streams knows the line it has in the script --emit-cypher writes.
 */
export class ScriptLines {
  private count: number;
  constructor(heading: string[]) {
    this.count = heading.length + 1;
  }
  static headingText(heading: string[]): string {
    return `${heading.map((h) => `// ${h}`).join('\n')}\n`;
  }
  /** The statement's text in the script, and its first line there. */
  next(s: ImportStatement): { text: string; line: number } {
    this.count++;
    const line = this.count + 1;
    this.count += s.text.split('\n').length + 1;
    return { text: `\n// ${s.what.replace(/\n/g, ' ')}\n${s.text};\n`, line };
  }
}

/** The statements as one script, each preceded by a comment saying what it writes; with each statement's first line. */
export function cypherScript(
  statements: ImportStatement[],
  heading: string[],
): { text: string; lines: number[] } {
  const counter = new ScriptLines(heading);
  const parts = [ScriptLines.headingText(heading)];
  const lines: number[] = [];
  for (const s of statements) {
    const { text, line } = counter.next(s);
    parts.push(text);
    lines.push(line);
  }
  return { text: parts.join(''), lines };
}
