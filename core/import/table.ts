/**
 * Sheets of rows (a CSV pair, a folder of CSVs, a workbook's sheets) into a
 * graph batch: one sheet of nodes or more, one of edges or more, any column
 * that plays no part a typed property.
 */
import {
  Problems,
  type GraphBatch,
  type ImportEdge,
  type ImportNode,
  type Place,
  type Properties,
  type Provenance,
} from './batch.js';
import { edgeColumns, isEdgeHeader, nodeColumns } from './columns.js';
import { labelName, propertyName, slug, typeName } from './names.js';
import type { ImportOptions } from './options.js';
import { edgeProvenance, nodeProvenance, SourceRegistry } from './provenance.js';
import { convertCell, inferColumns, splitList, type ColumnShape } from './values.js';

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

const GENERIC = /^(nodes?|elements?|vertices|entities)$/i;

export function tableRole(table: Table, options: ImportOptions): 'nodes' | 'edges' {
  if (options.sheets.edges === table.name) return 'edges';
  if (options.sheets.nodes === table.name) return 'nodes';
  return isEdgeHeader(table.header, options) ? 'edges' : 'nodes';
}

/** Typed properties of one row from the columns that play no part. */
function rowProperties(
  table: Table,
  cells: string[],
  taken: Set<number>,
  shapes: ColumnShape[],
  sep: string,
): Properties {
  const props: Properties = {};
  table.header.forEach((h, i) => {
    const shape = shapes[i];
    if (taken.has(i) || !shape || h.trim() === '') return;
    const value = convertCell(shape, cells[i] ?? '', sep);
    if (value !== undefined) props[propertyName(h)] = value;
  });
  return props;
}

const cell = (cells: string[], i: number | undefined) =>
  i === undefined ? undefined : (cells[i] ?? '').trim() || undefined;

function checkHeader(table: Table, problems: Problems): void {
  const seen = new Map<string, string>();
  table.header.forEach((h) => {
    if (h.trim() === '') return;
    const p = propertyName(h);
    const before = seen.get(p);
    if (before !== undefined) {
      problems.add(
        { ...table.place, row: 1, column: h },
        `the columns "${before}" and "${h}" would both be the property ${p}`,
        'rename or remove one of them',
      );
    }
    seen.set(p, h);
  });
}

function readNodes(
  table: Table,
  options: ImportOptions,
  sources: SourceRegistry,
  problems: Problems,
  out: GraphBatch,
): void {
  const { roles, taken } = nodeColumns(table.header, options);
  const sep = options.listSeparator;
  const shapes = inferColumns(
    table.header,
    table.rows.map((r) => r.cells),
    sep,
  );
  const fallbackLabel =
    options.nodes.defaultLabel ?? (GENERIC.test(table.name) ? undefined : labelName(table.name));
  if (roles.id === undefined && roles.name === undefined) {
    problems.add(
      { ...table.place, row: 1 },
      'the nodes sheet has neither an "Id" nor a "Label" column',
      'name one column Id (or Label, as Kumu does), or map it in the manifest under import.nodes.id',
    );
    return;
  }
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const place = { ...table.place, row };
    // Kumu names elements by their label: the id is then made from it, within this dataset.
    const named = cell(cells, roles.name);
    const id =
      roles.id !== undefined
        ? cell(cells, roles.id)
        : named && `${options.dataset}:${slug(named, 64)}`;
    if (id === undefined) {
      const column = table.header[roles.id ?? roles.name ?? 0];
      problems.add({ ...place, column }, 'the row has no id', 'fill it in or delete the row');
      continue;
    }
    const types = cell(cells, roles.type);
    const labels = (types ? splitList(types, sep) : [])
      .map((t) => labelName(t))
      .filter((l): l is string => l !== undefined);
    const node: ImportNode = {
      id,
      labels: labels.length > 0 ? labels : [fallbackLabel ?? 'Entity'],
      properties: {
        ...rowProperties(table, cells, taken, shapes, sep),
        name: cell(cells, roles.name) ?? id,
      },
      place,
    };
    out.nodes.push(node);
    const provenance: Provenance = {
      source: cell(cells, roles.source),
      url: cell(cells, roles.url),
      quote: cell(cells, roles.quote),
      publisher: cell(cells, roles.publisher),
    };
    const link = nodeProvenance(sources, node, provenance);
    if (link) out.edges.push(link);
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

const GEPHI_DIRECTION = /^(directed|undirected|mutual)$/i;

function readEdges(
  table: Table,
  options: ImportOptions,
  index: NodeIndex,
  sources: SourceRegistry,
  problems: Problems,
  out: GraphBatch,
): void {
  const { roles, taken } = edgeColumns(table.header, options);
  const sep = options.listSeparator;
  const shapes = inferColumns(
    table.header,
    table.rows.map((r) => r.cells),
    sep,
  );
  // Gephi's Type says Directed or Undirected: then the type is the edge's Label.
  const gephiType =
    roles.type !== undefined &&
    table.rows.every((r) => GEPHI_DIRECTION.test(cell(r.cells, roles.type) ?? 'directed'));
  if (!gephiType && roles.label !== undefined) taken.delete(roles.label);
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const place = { ...table.place, row };
    const ends = (['from', 'to'] as const).map((role) => {
      const column = table.header[roles[role] ?? 0];
      const key = cell(cells, roles[role]);
      if (key === undefined) {
        problems.add(
          { ...place, column },
          `the ${role} end is empty`,
          'fill it in or delete the row',
        );
        return undefined;
      }
      const node = index.find(key);
      if (!node) {
        problems.add(
          { ...place, column },
          `no node has the id or label "${key}"`,
          'add it to the nodes sheet or correct the name',
        );
      }
      return node;
    });
    const [from, to] = ends;
    if (!from || !to) continue;
    const typeText = gephiType ? cell(cells, roles.label) : cell(cells, roles.type);
    const props = rowProperties(table, cells, taken, shapes, sep);
    if (gephiType) props.directed = !/^undirected$/i.test(cell(cells, roles.type) ?? '');
    const edge: ImportEdge = {
      from: from.id,
      to: to.id,
      type: (typeText && typeName(typeText)) ?? typeName(options.edges.defaultType) ?? 'RELATED_TO',
      properties: props,
      place,
    };
    edgeProvenance(sources, edge, {
      source: cell(cells, roles.source),
      url: cell(cells, roles.url),
      quote: cell(cells, roles.quote),
    });
    out.edges.push(edge);
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
  for (const t of tables) checkHeader(t, problems);
  for (const t of nodeTables) readNodes(t, options, sources, problems, out);
  const index = new NodeIndex(out.nodes, problems);
  for (const t of edgeTables) readEdges(t, options, index, sources, problems, out);
  problems.throwIfAny();
  out.nodes.push(...sources.nodes);
  return out;
}
