import { z } from 'zod';
import { Basis, SourceRef } from './common.js';
import { Graph, GraphEdge, GraphNode } from './graph.js';

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
    supported: z.array(
      GraphNode.extend({
        quote: z.string().nullable().meta({ description: 'Verbatim words of this report' }),
        note: z.string().nullable().meta({ description: "The analyst's note, never a quote" }),
        paragraph: z.number().nullable(),
        basis: Basis.nullable(),
      }),
    ),
    graph: Graph.meta({
      description: 'What this source supports: nodes and the relationships citing it',
    }),
  })
  .meta({ id: 'SourceDetail' });
export type SourceDetail = z.infer<typeof SourceDetail>;

export const RelationshipDetail = z
  .object({
    edge: GraphEdge,
    kind: z.enum(['causal', 'sequence']).nullable().meta({
      description:
        'For event-chain links: causal (the report states the cause) or sequence (time order only)',
    }),
    note: z
      .string()
      .nullable()
      .meta({ description: "The analyst's note on the relationship (its note or description)" }),
    basis: Basis.nullable().meta({
      description: 'How the reports support the relationship: stated, inferred or background',
    }),
    sources: z.array(SourceRef).meta({
      description:
        'The reports in its sources list; quote is set on the report the words come from',
    }),
  })
  .meta({ id: 'RelationshipDetail' });
export type RelationshipDetail = z.infer<typeof RelationshipDetail>;
