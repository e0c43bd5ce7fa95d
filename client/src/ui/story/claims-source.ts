// A step's cited claims, resolved now: from the canvas's graph, and for a
// claim whose ends are not drawn, from the two ends and their links asked of
// the server. A claim whose relationship is gone is told as gone.
import type { Graph } from '../../../../contract/index.js';
import { claimEnds, resolveClaim, type ResolvedClaim } from '../../story/claims.js';
import type { Explorer } from '../explorer.js';
import { allSources } from '../shared.js';

export type ClaimsOf = (
  ids: readonly string[],
) => Promise<{ found: ResolvedClaim[]; gone: string[] }>;

/** The canvas's graph, with the ends of claims it lacks (and their links) fetched. */
async function graphWithEnds(
  ctx: Pick<Explorer, 'api' | 'canvas'>,
  ids: readonly string[],
): Promise<Graph> {
  const graph: Graph = ctx.canvas.allGraph();
  const ends = ids
    .filter((id) => !graph.edges.some((e) => e.id === id))
    .flatMap((id) => {
      const c = claimEnds(id);
      return c ? [c.source, c.target] : [];
    });
  if (!ends.length) return graph;
  try {
    const b = await ctx.api.nodes(ends, { links: true });
    return { nodes: [...graph.nodes, ...b.nodes], edges: [...graph.edges, ...(b.edges ?? [])] };
  } catch {
    // Unreachable: those claims are told as gone rather than failing the step.
    return graph;
  }
}

export function claimsSource(ctx: Pick<Explorer, 'api' | 'canvas'>): ClaimsOf {
  return async (ids) => {
    const sources = await allSources(ctx).catch(() => []);
    const graph = await graphWithEnds(ctx, ids);
    const found: ResolvedClaim[] = [];
    const gone: string[] = [];
    for (const id of ids) {
      const r = resolveClaim(id, graph, sources);
      if (r.ok) found.push(r.claim);
      else gone.push(id);
    }
    return { found, gone };
  };
}
