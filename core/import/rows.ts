/**
 * One row of a sheet made into what it describes: which columns play which
 * part, a node's id, labels, typed properties and provenance, an edge's
 * type and properties. A sheet held whole (tablesToBatch, table.ts) and
 * both passes of a streamed import (server/import) make rows with these, so
 * what one checks is what the other writes.
 */
import type { ImportEdge, ImportNode, ImportProblem, Place, Properties } from './batch.js';
import { edgeColumns, isEdgeHeader, nodeColumns } from './columns.js';
import { labelName, propertyName, slug, typeName } from './names.js';
import type { ImportOptions } from './options.js';
import type { SourceRegistry } from './provenance.js';
import { edgeProvenance, nodeProvenance } from './provenance.js';
import { convertCell, splitList, type ColumnShape } from './values.js';

/** What a sheet's rows are read with: its columns' parts and types. */
export interface RowPlan {
  place: Place;
  header: string[];
  roles: Partial<Record<string, number>>;
  taken: Set<number>;
  shapes: ColumnShape[];
  /** The label of a node whose Type is empty. */
  fallbackLabel: string | undefined;
  /** Gephi's Type column (Directed/Undirected): the relationship's type is then its Label. */
  gephiType: boolean;
}

const GENERIC = /^(nodes?|elements?|vertices|entities)$/i;

/** A Type column's value when the sheet is Gephi's: the edge's direction, not its type. */
export const GEPHI_DIRECTION = /^(directed|undirected|mutual)$/i;

/** Whether a sheet holds nodes or edges: as the manifest names it, else by its header. */
export function roleOf(name: string, header: string[], options: ImportOptions): 'nodes' | 'edges' {
  if (options.sheets.edges === name) return 'edges';
  if (options.sheets.nodes === name) return 'nodes';
  return isEdgeHeader(header, options) ? 'edges' : 'nodes';
}

/** Two columns of a header that would be the same property. */
export function headerProblems(place: Place, header: string[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  const seen = new Map<string, string>();
  for (const h of header) {
    if (h.trim() === '') continue;
    const p = propertyName(h);
    const before = seen.get(p);
    if (before !== undefined) {
      out.push({
        place: { ...place, row: 1, column: h },
        message: `the columns "${before}" and "${h}" would both be the property ${p}`,
        fix: 'rename or remove one of them',
      });
    }
    seen.set(p, h);
  }
  return out;
}

/** A node row with no id (nor a name to make one from). */
export function noIdProblem(plan: RowPlan, row: number): ImportProblem {
  const column = plan.header[plan.roles.id ?? plan.roles.name ?? 0];
  return {
    place: { ...plan.place, row, column },
    message: 'the row has no id',
    fix: 'fill it in or delete the row',
  };
}

/** An edge row's end that is empty (key undefined) or names no node. */
export function endProblem(
  plan: RowPlan,
  row: number,
  role: 'from' | 'to',
  key: string | undefined,
): ImportProblem {
  const place = { ...plan.place, row, column: plan.header[plan.roles[role] ?? 0] };
  return key === undefined
    ? { place, message: `the ${role} end is empty`, fix: 'fill it in or delete the row' }
    : {
        place,
        message: `no node has the id or label "${key}"`,
        fix: 'add it to the nodes sheet or correct the name',
      };
}

/** The problem of a nodes sheet with no column to name its nodes by. */
export function unnamedSheetProblem(place: Place): ImportProblem {
  return {
    place: { ...place, row: 1 },
    message: 'the nodes sheet has neither an "Id" nor a "Label" column',
    fix: 'name one column Id (or Label, as Kumu does), or map it in the manifest under import.nodes.id',
  };
}

export function columnsOf(header: string[], role: 'nodes' | 'edges', options: ImportOptions) {
  return role === 'nodes' ? nodeColumns(header, options) : edgeColumns(header, options);
}

export function fallbackLabelOf(name: string, options: ImportOptions): string | undefined {
  return options.nodes.defaultLabel ?? (GENERIC.test(name) ? undefined : labelName(name));
}

export const cellAt = (cells: string[], i: number | undefined) =>
  i === undefined ? undefined : (cells[i] ?? '').trim() || undefined;

export const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** A node row's id, labels and name; undefined when it has no id. */
export function nodeIdentity(
  plan: RowPlan,
  cells: string[],
  options: ImportOptions,
): { id: string; labels: string[]; name: string } | undefined {
  const { roles } = plan;
  const named = cellAt(cells, roles.name);
  // Kumu names elements by their label: the id is then made from it, within this dataset.
  const id =
    roles.id !== undefined
      ? cellAt(cells, roles.id)
      : named && `${options.dataset}:${slug(named, 64)}`;
  if (id === undefined) return undefined;
  const types = cellAt(cells, roles.type);
  const labels = (types ? splitList(types, options.listSeparator) : [])
    .map((t) => labelName(t))
    .filter((l): l is string => l !== undefined);
  return {
    id,
    labels: labels.length > 0 ? labels : [plan.fallbackLabel ?? 'Entity'],
    name: named ?? id,
  };
}

function rowProperties(plan: RowPlan, cells: string[], taken: Set<number>, sep: string) {
  const props: Properties = {};
  plan.header.forEach((h, i) => {
    const shape = plan.shapes[i];
    if (taken.has(i) || !shape || h.trim() === '') return;
    const value = convertCell(shape, cells[i] ?? '', sep);
    if (value !== undefined) props[propertyName(h)] = value;
  });
  return props;
}

/** A node row as its node, and the link to its source when it names one. */
export function nodeOf(
  plan: RowPlan,
  row: number,
  cells: string[],
  options: ImportOptions,
  sources: SourceRegistry,
): { node: ImportNode; link: ImportEdge | undefined } | undefined {
  const identity = nodeIdentity(plan, cells, options);
  if (!identity) return undefined;
  const { roles } = plan;
  const node: ImportNode = {
    id: identity.id,
    labels: identity.labels,
    properties: {
      ...rowProperties(plan, cells, plan.taken, options.listSeparator),
      name: cellAt(cells, roles.name) ?? identity.id,
    },
    place: { ...plan.place, row },
  };
  const link = nodeProvenance(sources, node, {
    source: cellAt(cells, roles.source),
    url: cellAt(cells, roles.url),
    quote: cellAt(cells, roles.quote),
    publisher: cellAt(cells, roles.publisher),
  });
  return { node, link };
}

/** The columns an edge sheet keeps as properties: its Label too, unless Gephi's Type makes it the type. */
export function edgeTaken(plan: RowPlan): Set<number> {
  if (plan.gephiType || plan.roles.label === undefined) return plan.taken;
  const taken = new Set(plan.taken);
  taken.delete(plan.roles.label);
  return taken;
}

/** An edge row's relationship type. */
export function edgeType(plan: RowPlan, cells: string[], options: ImportOptions): string {
  const { roles } = plan;
  const text = plan.gephiType ? cellAt(cells, roles.label) : cellAt(cells, roles.type);
  return (text && typeName(text)) ?? typeName(options.edges.defaultType) ?? 'RELATED_TO';
}

/** An edge row between the ids its ends were found as. */
export function edgeOf(
  plan: RowPlan,
  taken: Set<number>,
  row: number,
  cells: string[],
  ends: { from: string; to: string },
  options: ImportOptions,
  sources: SourceRegistry,
): ImportEdge {
  const { roles } = plan;
  const props = rowProperties(plan, cells, taken, options.listSeparator);
  if (plan.gephiType) props.directed = !/^undirected$/i.test(cellAt(cells, roles.type) ?? '');
  const edge: ImportEdge = {
    ...ends,
    type: edgeType(plan, cells, options),
    properties: props,
    place: { ...plan.place, row },
  };
  edgeProvenance(sources, edge, {
    source: cellAt(cells, roles.source),
    url: cellAt(cells, roles.url),
    quote: cellAt(cells, roles.quote),
  });
  return edge;
}
