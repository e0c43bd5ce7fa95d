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

/** The most sources one page holds. */
export const SOURCES_PAGE_MAX = 1000;
const SOURCES_LIMIT_ADVICE = `Ask for 1 to ${SOURCES_PAGE_MAX} sources per page, e.g. limit=200; page on with offset.`;
const SOURCES_OFFSET_ADVICE =
  'Give offset as a whole number of sources to pass over, 0 or more: the nextOffset of the previous page.';

export const SourcesQuery = z.object({
  limit: z.coerce
    .number({ error: SOURCES_LIMIT_ADVICE })
    .int(SOURCES_LIMIT_ADVICE)
    .min(1, SOURCES_LIMIT_ADVICE)
    .max(SOURCES_PAGE_MAX, SOURCES_LIMIT_ADVICE)
    .default(200)
    .meta({ description: `Sources per page, 1 to ${SOURCES_PAGE_MAX}` }),
  offset: z.coerce
    .number({ error: SOURCES_OFFSET_ADVICE })
    .int(SOURCES_OFFSET_ADVICE)
    .min(0, SOURCES_OFFSET_ADVICE)
    .default(0)
    .meta({ description: "Sources to pass over: the previous answer's nextOffset" }),
});
export type SourcesQuery = z.infer<typeof SourcesQuery>;

export const SourceList = z
  .object({
    sources: z.array(SourceSummary).meta({ description: 'One page of sources, by date then id' }),
    total: z.number().meta({ description: 'Sources on every page' }),
    nextOffset: z
      .number()
      .nullable()
      .meta({ description: 'The offset of the next page; null on the last page' }),
  })
  .meta({ id: 'SourceList' });
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
