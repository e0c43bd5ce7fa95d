import { z } from 'zod';
import { Graph, GraphNode } from './graph.js';

export const SourceSummary = z.object({
  id: z.string(),
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
  supports: z.object({
    nodes: z.number().meta({ description: 'Nodes that cite this source' }),
    relationships: z.number().meta({ description: 'Relationships that cite this source' }),
  }),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const SourceList = z.object({ sources: z.array(SourceSummary) }).meta({ id: 'SourceList' });
export type SourceList = z.infer<typeof SourceList>;

export const SourceDetail = z
  .object({
    source: SourceSummary,
    supported: z.array(GraphNode.extend({ quote: z.string().nullable() })),
    graph: Graph.meta({
      description: 'What this source supports: nodes and the relationships citing it',
    }),
  })
  .meta({ id: 'SourceDetail' });
export type SourceDetail = z.infer<typeof SourceDetail>;
