/**
 * Sheets of rows (a CSV pair, a folder of CSVs, a workbook's sheets) into a
 * graph batch: one sheet of nodes or more, one of edges or more, any column
 * that plays no part a typed property.
 */
import { Problems, type GraphBatch, type ImportNode, type Place } from './batch.js';
import type { ImportOptions } from './options.js';
import { SourceRegistry } from './provenance.js';
import {
  cellAt,
  columnsOf,
  edgeOf,
  edgeTaken,
  endProblem,
  fallbackLabelOf,
  GEPHI_DIRECTION,
  headerProblems,
  isBlank,
  noIdProblem,
  nodeOf,
  roleOf,
  unnamedSheetProblem,
  type RowPlan,
} from './rows.js';
import { inferColumns } from './values.js';

export interface TableRow {
  /** 1-based, the header being row 1. */
  row: number;
  cells: string[];
}

export interface Table {
  /** The file (and sheet) the rows are from; `name` is the sheet's or the file's name without extension. */
  place: Place;
  name: string;
  header: string[];
  rows: TableRow[];
}

export function tableRole(table: Table, options: ImportOptions): 'nodes' | 'edges' {
  return roleOf(table.name, table.header, options);
}

/** The table's columns, parts and types, as a streamed sheet's first pass would find them. */
function planOf(table: Table, options: ImportOptions): RowPlan {
  const { roles, taken } = columnsOf(table.header, tableRole(table, options), options);
  const shapes = inferColumns(
    table.header,
    table.rows.map((r) => r.cells),
    options.listSeparator,
  );
  // Gephi's Type says Directed or Undirected: then the type is the edge's Label.
  const gephiType =
    roles.type !== undefined &&
    table.rows.every((r) => GEPHI_DIRECTION.test(cellAt(r.cells, roles.type) ?? 'directed'));
  const fallbackLabel = fallbackLabelOf(table.name, options);
  return {
    place: table.place,
    header: table.header,
    roles,
    taken,
    shapes,
    fallbackLabel,
    gephiType,
  };
}

function readNodes(
  table: Table,
  options: ImportOptions,
  sources: SourceRegistry,
  problems: Problems,
  out: GraphBatch,
): void {
  const plan = planOf(table, options);
  if (plan.roles.id === undefined && plan.roles.name === undefined) {
    return problems.push(unnamedSheetProblem(table.place));
  }
  for (const { row, cells } of table.rows) {
    if (isBlank(cells)) continue;
    const made = nodeOf(plan, row, cells, options, sources);
    if (!made) {
      problems.push(noIdProblem(plan, row));
      continue;
    }
    out.nodes.push(made.node);
    if (made.link) out.edges.push(made.link);
  }
}

/** Finds nodes by id, or by name as Kumu's connections name their elements. */
class NodeIndex {
  private readonly ids = new Map<string, ImportNode>();
  private readonly names = new Map<string, ImportNode | null>();
  constructor(nodes: ImportNode[], problems: Problems) {
    for (const n of nodes) {
      const before = this.ids.get(n.id);
      if (before) {
        problems.add(
          n.place,
          `the id "${n.id}" is already used by ${before.place.row ? `row ${before.place.row}` : 'another node'}`,
          'give every node its own id',
        );
      }
      this.ids.set(n.id, n);
      const name = String(n.properties.name);
      this.names.set(name, this.names.has(name) ? null : n);
    }
  }
  find(key: string): ImportNode | undefined {
    return this.ids.get(key) ?? this.names.get(key) ?? undefined;
  }
}

function readEdges(
  table: Table,
  options: ImportOptions,
  index: NodeIndex,
  sources: SourceRegistry,
  problems: Problems,
  out: GraphBatch,
): void {
  const plan = planOf(table, options);
  const taken = edgeTaken(plan);
  for (const { row, cells } of table.rows) {
    if (isBlank(cells)) continue;
    const [from, to] = (['from', 'to'] as const).map((role) => {
      const key = cellAt(cells, plan.roles[role]);
      const node = key === undefined ? undefined : index.find(key);
      if (!node) problems.push(endProblem(plan, row, role, key));
      return node;
    });
    if (!from || !to) continue;
    out.edges.push(edgeOf(plan, taken, row, cells, { from: from.id, to: to.id }, options, sources));
  }
}

/**
 * The graph the tables describe. Every problem found (an empty id, a
 * duplicate, an end no node has) is collected and thrown together as an
 * ImportError naming sheet, row and column.
 */
export function tablesToBatch(tables: Table[], options: ImportOptions): GraphBatch {
  const problems = new Problems();
  const sources = new SourceRegistry(options.dataset);
  const out: GraphBatch = { nodes: [], edges: [] };
  const nodeTables = tables.filter((t) => tableRole(t, options) === 'nodes');
  const edgeTables = tables.filter((t) => tableRole(t, options) === 'edges');
  if (nodeTables.length === 0) {
    problems.add(
      tables[0]?.place ?? { file: '(no file)' },
      'no sheet of nodes was found (a sheet with an Id or Label column and no From/To)',
      'add a nodes sheet, or name it in the manifest under import.sheets.nodes',
    );
  }
  for (const t of tables) {
    for (const p of headerProblems(t.place, t.header)) problems.push(p);
  }
  for (const t of nodeTables) readNodes(t, options, sources, problems, out);
  const index = new NodeIndex(out.nodes, problems);
  for (const t of edgeTables) readEdges(t, options, index, sources, problems, out);
  problems.throwIfAny();
  out.nodes.push(...sources.nodes);
  return out;
}
