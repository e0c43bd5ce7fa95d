/**
 * Which column of a sheet plays which part, from Kumu's and Gephi's usual
 * headers (Id/Label/Type for elements; From/To/Type or Gephi's
 * Source/Target for connections) or from the manifest's mapping.
 */
import type { ImportOptions } from './options.js';

export type NodeRole = 'id' | 'name' | 'type' | 'source' | 'url' | 'quote' | 'publisher';
export type EdgeRole = 'from' | 'to' | 'type' | 'label' | 'source' | 'url' | 'quote';

const norm = (h: string) => h.toLowerCase().replace(/[\s_-]+/g, '');

const NODE_NAMES: Record<NodeRole, string[]> = {
  id: ['id', 'key', 'nodeid'],
  name: ['label', 'name', 'title'],
  type: ['type', 'elementtype', 'kind', 'labels', 'category'],
  source: ['source', 'sourcename', 'reference'],
  url: ['url', 'sourceurl', 'link', 'href'],
  quote: ['quote', 'excerpt'],
  publisher: ['publisher'],
};

const EDGE_NAMES: Record<EdgeRole, string[]> = {
  from: ['from', 'source'],
  to: ['to', 'target'],
  type: ['type', 'connectiontype', 'relationship', 'relation', 'kind'],
  label: ['label'],
  source: ['source', 'sourcename', 'reference'],
  url: ['url', 'sourceurl', 'link', 'href'],
  quote: ['quote', 'excerpt'],
};

function find(header: string[], names: string[], mapped: string | undefined, taken: Set<number>) {
  if (mapped !== undefined) {
    const i = header.findIndex((h) => h.trim() === mapped);
    return i >= 0 ? i : undefined;
  }
  for (const name of names) {
    const i = header.findIndex((h, j) => !taken.has(j) && norm(h) === name);
    if (i >= 0) return i;
  }
  return undefined;
}

/** Whether a sheet's header is a connections sheet: it names both ends. */
export function isEdgeHeader(header: string[], options: ImportOptions): boolean {
  const taken = new Set<number>();
  const to = find(header, EDGE_NAMES.to, options.edges.to, taken);
  const from = find(header, EDGE_NAMES.from, options.edges.from, taken);
  return to !== undefined && from !== undefined;
}

export function nodeColumns(header: string[], options: ImportOptions) {
  const taken = new Set<number>();
  const roles: Partial<Record<NodeRole, number>> = {};
  for (const role of Object.keys(NODE_NAMES) as NodeRole[]) {
    const mapped = role === 'publisher' ? undefined : options.nodes[role];
    const i = find(header, NODE_NAMES[role], mapped, taken);
    if (i !== undefined) {
      roles[role] = i;
      taken.add(i);
    }
  }
  return { roles, taken };
}

/**
 * The ends come first: "Source" is Gephi's source end when no "From"
 * column is there, else a citation.
 */
export function edgeColumns(header: string[], options: ImportOptions) {
  const taken = new Set<number>();
  const roles: Partial<Record<EdgeRole, number>> = {};
  for (const role of ['from', 'to', 'type', 'label', 'source', 'url', 'quote'] as EdgeRole[]) {
    const mapped = role === 'label' ? undefined : options.edges[role];
    const i = find(header, EDGE_NAMES[role], mapped, taken);
    if (i !== undefined) {
      roles[role] = i;
      taken.add(i);
    }
  }
  return { roles, taken };
}
