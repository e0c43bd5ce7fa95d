/**
 * Provenance as the seed keeps it: one Source node per distinct source (by
 * its URL, else its name), a SOURCED_FROM link from each node it supports
 * carrying the quote, and on other relationships a `sources` list of Source
 * ids with the quote beside it.
 */
import type { ImportEdge, ImportNode, Place, Provenance } from './batch.js';
import { slug } from './names.js';

export const SOURCE_LABEL = 'Source';
export const PROVENANCE_TYPE = 'SOURCED_FROM';

export class SourceRegistry {
  private readonly byKey = new Map<string, ImportNode>();
  constructor(private readonly dataset: string) {}

  /** The Source node for this provenance, made on first sight; undefined when it names no source. */
  sourceOf(p: Provenance, place: Place): ImportNode | undefined {
    const name = p.source?.trim() || undefined;
    const url = p.url?.trim() || undefined;
    const key = url ?? name;
    if (key === undefined) return undefined;
    const known = this.byKey.get(key);
    if (known) {
      if (name && known.properties.name === url) known.properties.name = name;
      return known;
    }
    const node: ImportNode = {
      id: `${this.dataset}:source:${slug(key, 64)}-${this.byKey.size + 1}`,
      labels: [SOURCE_LABEL],
      properties: {
        name: name ?? url ?? key,
        ...(url ? { url } : {}),
        ...(p.publisher ? { outlet: p.publisher } : {}),
      },
      place,
    };
    this.byKey.set(key, node);
    return node;
  }

  get nodes(): ImportNode[] {
    return [...this.byKey.values()];
  }
}

/** The SOURCED_FROM link of a node to its source, or nothing. */
export function nodeProvenance(
  registry: SourceRegistry,
  node: ImportNode,
  p: Provenance,
): ImportEdge | undefined {
  const source = registry.sourceOf(p, node.place);
  const quote = p.quote?.trim();
  if (!source) {
    // A quote without a source to hold it stays on the node.
    if (quote) node.properties.quote = quote;
    return undefined;
  }
  return {
    from: node.id,
    to: source.id,
    type: PROVENANCE_TYPE,
    properties: quote ? { quote, basis: 'stated' } : {},
    place: node.place,
  };
}

/** Writes an edge's provenance onto it: `sources`, and the quote with the source it is from. */
export function edgeProvenance(registry: SourceRegistry, edge: ImportEdge, p: Provenance): void {
  const source = registry.sourceOf(p, edge.place);
  const quote = p.quote?.trim();
  if (!source) {
    if (quote) edge.properties.quote = quote;
    return;
  }
  edge.properties.sources = [source.id];
  if (quote) Object.assign(edge.properties, { quote, quoteSource: source.id, basis: 'stated' });
}
