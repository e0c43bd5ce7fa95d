import { z } from 'zod';
import { AsOfQuery, CsvList, SourceRef, limit } from './common.js';
import { Graph, GraphNode } from './graph.js';

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
  })
  .meta({ id: 'Neighborhood' });
export type Neighborhood = z.infer<typeof Neighborhood>;

export const OverviewQuery = AsOfQuery.extend({ limit: limit(300, 60) });
export type OverviewQuery = z.infer<typeof OverviewQuery>;
