import { z } from 'zod';
import { AsOfQuery, CsvList, SourceRef, limit } from './common.js';
import { Graph, GraphEdge, GraphNode } from './graph.js';

export const Degree = z.object({
  type: z.string(),
  direction: z.enum(['out', 'in']),
  count: z.number(),
});

export const NodeDetail = z
  .object({ node: GraphNode, sources: z.array(SourceRef), degree: z.array(Degree) })
  .meta({ id: 'NodeDetail' });
export type NodeDetail = z.infer<typeof NodeDetail>;

export const NeighborsQuery = AsOfQuery.extend({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: limit(500, 50),
  skip: z.coerce.number().int().min(0).max(100_000).default(0),
  labels: CsvList.optional(),
  types: CsvList.optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;

export const Neighborhood = z
  .object({
    center: z.string(),
    graph: Graph,
    total: z.number().meta({ description: 'Neighbours matching the filters, before the cap' }),
    returned: z.number(),
    omitted: z.number().meta({ description: 'Neighbours left out by the cap; page with skip' }),
    capped: z.boolean().meta({
      description:
        'true when a per-hop cap may have cut the walk (a node with more links than are read, a frontier cut) or links between two dense nodes were not all looked up: the answer is part of the neighbourhood, so total may understate it; page with skip, or ask from a nearer node',
    }),
  })
  .meta({ id: 'Neighborhood' });
export type Neighborhood = z.infer<typeof Neighborhood>;

export const OverviewQuery = AsOfQuery.extend({ limit: limit(300, 60) });
export type OverviewQuery = z.infer<typeof OverviewQuery>;

/** The most ids GET /api/nodes reads at once; a link holding more asks again for the rest. */
export const NODES_MAX = 200;

export const NodesQuery = z.object({
  ids: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(200, 'An id is at most 200 characters'))
        .min(1, 'Name at least one id: ids=person:a,person:b')
        .max(NODES_MAX, `At most ${NODES_MAX} ids at once: ask again for the rest`),
    )
    .meta({ description: `Node ids, comma-separated, at most ${NODES_MAX}` }),
  links: z
    .enum(['0', '1'])
    .optional()
    .meta({ description: '1: also the relationships among the nodes found (a link reopened)' }),
});
export type NodesQuery = z.infer<typeof NodesQuery>;

export const NodeBatch = z
  .object({
    nodes: z.array(GraphNode),
    missing: z.array(z.string()).meta({
      description: 'The ids asked for that are not in the graph, in the order asked',
    }),
    edges: z
      .array(GraphEdge)
      .optional()
      .meta({ description: 'With links=1: the relationships among the nodes found' }),
  })
  .meta({ id: 'NodeBatch' });
export type NodeBatch = z.infer<typeof NodeBatch>;
