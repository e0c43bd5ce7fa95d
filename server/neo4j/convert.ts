/**
 * The boundary between Neo4j's types and the API's plain JSON. Every value
 * read from the driver passes through here once: Integers become numbers
 * (strings when unsafe), temporal values ISO strings, nodes, relationships
 * and paths the contract's graph shapes.
 */
import neo4j, {
  type Integer,
  type Node,
  Path,
  PathSegment,
  type Relationship,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { Graph, GraphEdge, GraphNode } from '../../contract/index.js';
import { CalendarDate } from '../../core/cypher/date.js';
import { captionOf, isInternalKey, type Captions } from '../../core/dataset/captions.js';

// The rules live in the core; graph modules that read rows find them here too.
export { isInternalKey, type Captions };

/**
 * A path the server walked itself (see server/graph/path-search.ts), as the
 * driver's own Path: each segment from the node walked from to the node
 * walked to, the relationship in its stored direction, as Neo4j answers an
 * undirected pattern.
 */
export function walkPath(start: Node, steps: { relationship: Relationship; node: Node }[]): Path {
  let at = start;
  const segments = steps.map(({ relationship, node }) => {
    const segment = new PathSegment(at, relationship, node);
    at = node;
    return segment;
  });
  return new Path(start, at, segments);
}

export function integerToJson(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

/** ISO 8601 text of a Neo4j temporal value, or undefined for anything else. */
function temporalToIso(value: unknown): string | undefined {
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  return undefined;
}

const isTemporal = (value: unknown) => temporalToIso(value) !== undefined;

export function nodeKey(node: Node): string {
  const id: unknown = node.properties.id;
  return typeof id === 'string' && id.length > 0 ? id : node.elementId;
}

export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (!isInternalKey(key)) out[key] = toPlain(value);
  }
  return out;
}

export function toGraphNode(node: Node, captions: Captions = {}): GraphNode {
  const key = nodeKey(node);
  const properties = plainProperties(node.properties);
  const labels = node.labels.filter((l) => !isInternalKey(l));
  return {
    id: key,
    labels,
    name: captionOf(labels, properties, captions) ?? key,
    properties,
    ...(key === node.elementId ? { idIsElementId: true } : {}),
  };
}

/**
 * The other direction: JSON numbers that are whole become Cypher integers
 * (the driver would send them as floats, which `LIMIT $n` refuses), and the
 * core's calendar days Neo4j DATEs. Driver values such as dates pass through
 * unchanged.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (value instanceof CalendarDate) {
    return new neo4j.types.Date(value.year, value.month, value.day);
  }
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/** Converts any driver value into plain JSON-safe data; nodes are captioned by `captions`. */
export function toPlain(value: unknown, captions: Captions = {}): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return integerToJson(value);
  if (typeof value === 'bigint') return value.toString();
  const iso = temporalToIso(value);
  if (iso !== undefined) return iso;
  if (isPoint(value)) return { srid: Number(value.srid), x: value.x, y: value.y, z: value.z };
  if (isNode(value)) return toGraphNode(value, captions);
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      properties: plainProperties(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      start: toGraphNode(value.start, captions),
      end: toGraphNode(value.end, captions),
      length: value.length,
    };
  }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, captions));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v, captions);
    return out;
  }
  return value;
}

/**
 * Collects every node, relationship and path found in query results into
 * one de-duplicated graph. Edges name their endpoints by node key, so an
 * edge whose endpoints were not returned needs them added (see
 * `missingEndpointElementIds`) before `build()`.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly keyByElementId = new Map<string, string>();
  private readonly relationships = new Map<string, Relationship>();

  constructor(private readonly captions: Captions = {}) {}

  add(value: unknown): this {
    if (isNode(value)) {
      this.keyByElementId.set(value.elementId, nodeKey(value));
      if (!this.nodes.has(nodeKey(value)))
        this.nodes.set(nodeKey(value), toGraphNode(value, this.captions));
    } else if (isRelationship(value)) {
      this.relationships.set(value.elementId, value);
    } else if (isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) this.add(segment);
    } else if (isPathSegment(value)) {
      this.add(value.start).add(value.relationship).add(value.end);
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item);
    } else if (value !== null && typeof value === 'object' && !isInt(value) && !isTemporal(value)) {
      for (const item of Object.values(value)) this.add(item);
    }
    return this;
  }

  missingEndpointElementIds(): string[] {
    const missing = new Set<string>();
    for (const r of this.relationships.values()) {
      for (const end of [r.startNodeElementId, r.endNodeElementId]) {
        if (!this.keyByElementId.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  build(): Graph {
    const edges: GraphEdge[] = [];
    const seen = new Set<string>();
    for (const r of this.relationships.values()) {
      const source = this.keyByElementId.get(r.startNodeElementId);
      const target = this.keyByElementId.get(r.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      let id = `${source}|${r.type}|${target}`;
      if (seen.has(id)) id = `${id}|${r.elementId}`;
      seen.add(id);
      edges.push({ id, source, target, type: r.type, properties: plainProperties(r.properties) });
    }
    return { nodes: [...this.nodes.values()], edges };
  }
}

export type { Node, Path, Relationship };
