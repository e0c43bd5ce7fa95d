/**
 * The Cypher of the path search: one query per step of the bidirectional
 * search (core/graph/bidirectional.ts), and one that reads the found paths
 * back as the driver's paths. What a search reads is capped by the constants
 * below, whatever the size of the graph.
 */
import type { PathsQuery } from '../../contract/index.js';
import { asOfParams, nodeVisible, relationshipVisible } from '../../core/cypher/as-of.js';
import {
  bidirectionalSearch,
  type Expansion,
  type FoundPath,
  type Link,
} from '../../core/graph/bidirectional.js';
import { walkPath, type Node, type Path } from '../neo4j/convert.js';
import { readList, readNodes, readRelationships } from '../neo4j/decode.js';
import { isTimedOut } from '../neo4j/errors.js';
import { readQuery } from '../neo4j/execute.js';
import type { GraphContext } from './context.js';

/**
 * Nodes a frontier expands per step, least connected first. A search of
 * maxDepth 6 meets in the middle, each side expanding what it reached in 2
 * steps: from a leaf of the bench's large graph, 46–48 nodes (an event has
 * about 20 participants there). 100 leaves room for that while capping a
 * step that reached hubs.
 */
export const FRONTIER_CAP = 100;
/**
 * Links read per frontier node. A node under the default hub threshold (35
 * links) is read whole; a hub, passable on the search through hubs, gives 50
 * of its links, enough to step on from it, while a hub both sides reach is
 * where they meet without its 50,000 links being read.
 */
export const LINK_CAP = 50;
/**
 * Links looked at per frontier node before the type, as-of and hub rules
 * filter them: without it a hub end whose links mostly fail the rules (an
 * early asOf, a type filter) would be read whole. A node with more links is
 * marked as not read whole, so a search that then finds nothing says it was
 * cut. With the caps above a step reads at most about 100 × (2 × 100 + 53)
 * db hits (each link looked at is read and its type checked; a degree
 * lookup per link kept and per node), whatever the graph's size.
 */
export const SCAN_CAP = 2 * LINK_CAP;
/** Paths read back and ranked at most. */
export const PATH_CAP = 25;

/**
 * The time one path search may take, a share of the API's limit so that both
 * searches (avoiding hubs, then through them) answer within it. The caps
 * above bound what a search reads; this is the last guard (a busy or slow
 * database): a search that runs out of its share stops and says it was cut,
 * never a timeout error.
 */
export const pathBudgetMs = (timeoutMs: number) => Math.max(200, Math.floor(timeoutMs * 0.4));

/** A search stopped at its time share answers null (cut); any other failure is still one. */
export function cutOnTimeout(error: unknown): null {
  if (isTimedOut(error)) return null;
  throw error;
}

/** Degree without provenance links, which every node has and which say nothing about a path. */
export const degree = (n: string, provenance: string) =>
  `(COUNT { (${n})--() } - COUNT { (${n})-[:\`${provenance.replaceAll('`', '``')}\`]-() })`;

export interface RankedPath {
  path: Path;
  generality: number;
}

export interface SearchRules {
  ends: { fromId: string; toId: string };
  /** Hubs may not be stepped through (but may be ends). */
  avoid: boolean;
  hubs: ReadonlySet<string>;
  maxDepth: number;
}

/**
 * Paths between the ends, shortest first: every path of the shortest length
 * the search found, and in ranked mode also those one hop longer (one more
 * step past the meeting). Where a cap dropped nodes, "shortest" means the
 * shortest among what was searched: a shorter path may run through a node
 * that was not expanded. Every path returned is real.
 */
export async function searchPaths(
  ctx: GraphContext,
  q: PathsQuery,
  rules: SearchRules,
): Promise<{ rows: RankedPath[]; cut: boolean }> {
  const deadline = Date.now() + pathBudgetMs(ctx.timeoutMs);
  const { fromId, toId } = rules.ends;
  const params = {
    types: q.types ?? [],
    provenance: ctx.profile.provenanceType,
    avoid: rules.avoid,
    // Sent with every step, so only when they are kept out (thousands on a large graph).
    hubs: rules.avoid ? [...rules.hubs] : [],
    ends: [fromId, toId],
    scan: SCAN_CAP,
    ...asOfParams(q),
  };
  const cypher = `UNWIND $frontier AS xid
     MATCH (x) WHERE elementId(x) = xid
     CALL (x) {
       MATCH (x)-[r]-(y)
       WITH r, y LIMIT $scan
       WITH r, y WHERE (CASE WHEN size($types) = 0 THEN type(r) <> $provenance ELSE type(r) IN $types END)
         AND (${relationshipVisible('r', q)}) AND (${nodeVisible('y', q)})
         AND (NOT $avoid OR NOT elementId(y) IN $hubs OR elementId(y) IN $ends)
       WITH r, y LIMIT $links
       RETURN collect([elementId(r), elementId(y), COUNT { (y)--() }]) AS links
     }
     RETURN xid, links, COUNT { (x)--() } > $scan AS unread`;
  const found = await bidirectionalSearch(
    {
      from: fromId,
      to: toId,
      maxDepth: rules.maxDepth,
      passable: (n) => !rules.avoid || !rules.hubs.has(n),
      alternatives: q.mode === 'ranked',
      caps: { frontier: FRONTIER_CAP, links: LINK_CAP, paths: PATH_CAP },
    },
    async (frontier, limit) => {
      const timeoutMs = deadline - Date.now();
      if (timeoutMs <= 0) return null;
      const answer = await readQuery(
        ctx.driver,
        cypher,
        { ...params, frontier, links: limit },
        { database: ctx.database, timeoutMs },
      ).catch(cutOnTimeout);
      return answer && expansionOf(answer.records);
    },
  );
  const rows = await readBack(ctx, found.paths, deadline);
  return rows ? { rows, cut: found.cut } : { rows: [], cut: true };
}

type Row = Parameters<typeof readList>[0];

function expansionOf(records: Row[]): Expansion {
  const links = new Map<string, Link[]>();
  const unread = new Set<string>();
  for (const record of records) {
    const x = String(record?.get('xid'));
    if (record?.get('unread') === true) unread.add(x);
    links.set(
      x,
      readList(record, 'links').map((value) => {
        const [rel, node, degree] = Array.isArray(value) ? (value as unknown[]) : [];
        return { rel: String(rel), node: String(node), degree: Number(degree) };
      }),
    );
  }
  return { links, unread };
}

/** The found paths as the driver's paths, with their generality (inner nodes' degrees, provenance aside). */
async function readBack(
  ctx: GraphContext,
  paths: FoundPath[],
  deadline: number,
): Promise<RankedPath[] | null> {
  if (paths.length === 0) return [];
  const nodeIds = [...new Set(paths.flatMap((p) => p.nodes))];
  const relIds = [...new Set(paths.flatMap((p) => p.rels))];
  const answer = await readQuery(
    ctx.driver,
    `CALL () {
       UNWIND $nodeIds AS id MATCH (n) WHERE elementId(n) = id
       RETURN collect(n) AS nodes, collect(${degree('n', ctx.profile.provenanceType)}) AS degrees
     }
     CALL () {
       UNWIND $relIds AS id MATCH ()-[r]->() WHERE elementId(r) = id
       RETURN collect(r) AS rels
     }
     RETURN nodes, degrees, rels`,
    { nodeIds, relIds },
    { database: ctx.database, timeoutMs: Math.max(1, deadline - Date.now()) },
  ).catch(cutOnTimeout);
  if (!answer) return null;
  const row = answer.records[0];
  const degrees = readList(row, 'degrees').map(Number);
  const nodes = new Map<string, { node: Node; degree: number }>(
    readNodes(row, 'nodes').map((node, i) => [node.elementId, { node, degree: degrees[i] ?? 0 }]),
  );
  const rels = new Map(readRelationships(row, 'rels').map((r) => [r.elementId, r]));
  const out: RankedPath[] = [];
  for (const p of paths) {
    const walked = present(p.nodes.map((id) => nodes.get(id)));
    const relationships = present(p.rels.map((id) => rels.get(id)));
    const [start, ...rest] = walked ?? [];
    // A node or relationship deleted since the search: that path is gone.
    if (!start || !relationships) continue;
    out.push({
      path: walkPath(
        start.node,
        rest.map((n, i) => ({ relationship: relationships[i] ?? missing(), node: n.node })),
      ),
      generality: rest.slice(0, -1).reduce((sum, n) => sum + n.degree, 0),
    });
  }
  return out;
}

/** The list, when none of it is missing. */
function present<T>(values: (T | undefined)[]): T[] | null {
  return values.every((v): v is T => v !== undefined) ? values : null;
}

function missing(): never {
  throw new Error('A path has fewer relationships than hops.');
}
