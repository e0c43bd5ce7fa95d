/**
 * The generated Cypher of a streamed import, statement by statement as the
 * rows are read the second time: the same UNWIND statements (up to 500 rows
 * of literal maps) that batchToCypher writes for a batch held whole, made
 * from buffers of one group each (nodes by their labels, relationships by
 * their ends' labels and type), so no more than a buffer per group is held.
 */
import { ident } from '../../core/dataset/profile.js';
import {
  describePlace,
  type ImportEdge,
  type ImportNode,
  type Place,
} from '../../core/import/batch.js';
import { mapLiteral, valueLiteral, type ImportStatement } from '../../core/import/cypher.js';

/** Rows per statement: batchToCypher's, so a streamed script's statements are its statements. */
export const ROWS_PER_STATEMENT = 500;

/** "nodes.csv, rows 2–501", as batchToCypher names a statement's rows. */
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
  return describePlace(first);
}

export function nodeStatement(nodes: ImportNode[]): ImportStatement {
  const labelText = (nodes[0]?.labels ?? []).map(ident).join(':');
  const rows = nodes.map((n) => mapLiteral({ id: n.id, ...n.properties }));
  return {
    kind: 'data',
    text: `UNWIND [\n  ${rows.join(',\n  ')}\n] AS row\nCREATE (n:${labelText}) SET n = row`,
    what: rangeOf(nodes.map((n) => n.place)),
  };
}

export function edgeStatement(
  edges: ImportEdge[],
  fromLabel: string,
  toLabel: string,
): ImportStatement {
  const type = edges[0]?.type ?? 'RELATED_TO';
  const rows = edges.map(
    (e) =>
      `{from: ${valueLiteral(e.from)}, to: ${valueLiteral(e.to)}, props: ${mapLiteral(e.properties)}}`,
  );
  return {
    kind: 'data',
    text: `UNWIND [\n  ${rows.join(',\n  ')}\n] AS row\nMATCH (a:${ident(fromLabel)} {id: row.from}) WHERE a._dataset IS NULL\nMATCH (b:${ident(toLabel)} {id: row.to}) WHERE b._dataset IS NULL\nCREATE (a)-[r:${ident(type)}]->(b) SET r = row.props`,
    what: rangeOf(edges.map((e) => e.place)),
  };
}

/**
 * Buffers of rows by group, each made into a statement when it holds
 * ROWS_PER_STATEMENT rows (and the rest at the end, by `drain`).
 */
export class Batcher<T> {
  private readonly groups = new Map<string, T[]>();
  constructor(
    private readonly size: number,
    private readonly toStatement: (items: T[], key: string) => ImportStatement,
  ) {}

  /** Adds an item; the statement of its group when that group is full. */
  add(key: string, item: T): ImportStatement | undefined {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = []));
    group.push(item);
    if (group.length < this.size) return undefined;
    this.groups.set(key, []);
    return this.toStatement(group, key);
  }

  /** The statements of every group not yet written, in the order the groups were first seen. */
  *drain(): Generator<ImportStatement> {
    for (const [key, group] of this.groups) {
      if (group.length > 0) yield this.toStatement(group, key);
    }
    this.groups.clear();
  }
}

/** How many statements `counts` (rows per group) make. */
export function statementCount(counts: Iterable<number>, size = ROWS_PER_STATEMENT): number {
  let n = 0;
  for (const c of counts) n += Math.ceil(c / size);
  return n;
}

/**
 * Counts a script's lines as cypherScript writes it (a comment saying what
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
