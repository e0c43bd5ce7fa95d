/**
 * One row of a streamed sheet made into what it describes, the way
 * tablesToBatch (core/import/table.ts) makes it from a sheet held whole:
 * the same columns play the same parts, the same ids, labels, typed
 * properties and provenance. Both passes of a streamed import use these, so
 * what the first pass checks is what the second writes.
 */
import type { ImportEdge, ImportNode, Place, Properties } from '../../core/import/batch.js';
import { edgeColumns, nodeColumns } from '../../core/import/columns.js';
import { labelName, propertyName, slug, typeName } from '../../core/import/names.js';
import type { ImportOptions } from '../../core/import/options.js';
import type { SourceRegistry } from '../../core/import/provenance.js';
import { edgeProvenance, nodeProvenance } from '../../core/import/provenance.js';
import { convertCell, splitList, type ColumnShape } from '../../core/import/values.js';

/** A sheet as the first pass left it: its parts, its columns' types, no rows. */
export interface SheetPlan {
  file: string;
  place: Place;
  name: string;
  header: string[];
  role: 'nodes' | 'edges';
  roles: Partial<Record<string, number>>;
  taken: Set<number>;
  shapes: ColumnShape[];
  rows: number;
  /** The label of a node whose Type is empty. */
  fallbackLabel: string | undefined;
  /** Gephi's Type column (Directed/Undirected): the relationship's type is then its Label. */
  gephiType: boolean;
}

const GENERIC = /^(nodes?|elements?|vertices|entities)$/i;

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
  plan: SheetPlan,
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

function rowProperties(plan: SheetPlan, cells: string[], taken: Set<number>, sep: string) {
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
  plan: SheetPlan,
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
export function edgeTaken(plan: SheetPlan): Set<number> {
  if (plan.gephiType || plan.roles.label === undefined) return plan.taken;
  const taken = new Set(plan.taken);
  taken.delete(plan.roles.label);
  return taken;
}

/** An edge row's relationship type. */
export function edgeType(plan: SheetPlan, cells: string[], options: ImportOptions): string {
  const { roles } = plan;
  const text = plan.gephiType ? cellAt(cells, roles.label) : cellAt(cells, roles.type);
  return (text && typeName(text)) ?? typeName(options.edges.defaultType) ?? 'RELATED_TO';
}

/** An edge row between the ids its ends were found as. */
export function edgeOf(
  plan: SheetPlan,
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
