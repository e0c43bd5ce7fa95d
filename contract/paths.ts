import { z } from 'zod';
import { AsOfQuery, Basis, CsvList } from './common.js';
import { Graph } from './graph.js';

export const PathsQuery = AsOfQuery.extend({
  from: z.string().min(1),
  to: z.string().min(1),
  maxDepth: z.coerce.number().int().min(1).max(8).default(6),
  mode: z.enum(['ranked', 'shortest', 'all-shortest']).default('ranked').meta({
    description:
      'ranked: the shortest paths found and those one step longer, the least generic (through the least connected nodes) first; shortest: one; all-shortest: every shortest (at most 25)',
  }),
  types: CsvList.optional().meta({ description: 'Only these relationship types, e.g. MADE,ABOUT' }),
  hubDegree: z.coerce.number().int().min(1).max(100_000).default(35).meta({
    description:
      'Nodes with more relationships than this (provenance not counted) are hubs: not used as steps unless no other path exists',
  }),
  avoidHubs: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(25)
    .default(5)
    .meta({ description: 'Paths in ranked mode' }),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathStep = z.object({
  from: z.object({ id: z.string(), name: z.string() }),
  type: z.string(),
  to: z.object({ id: z.string(), name: z.string() }),
  forward: z.boolean().meta({ description: 'false when the relationship points against the walk' }),
  text: z.string().meta({ description: 'The step in words, naming the reports behind it' }),
  sources: z.array(z.string()).meta({ description: 'The reports the relationship cites' }),
  basis: Basis.nullable().meta({ description: 'How the reports support the step' }),
  quote: z
    .string()
    .nullable()
    .meta({ description: 'Verbatim words of the report the step rests on' }),
  quoteSource: z.string().nullable().meta({ description: 'The report the quote is from' }),
  paragraph: z.number().nullable(),
  note: z
    .string()
    .nullable()
    .meta({ description: "The analyst's note on the step, never a quote" }),
  hub: z.boolean().meta({ description: 'true when the step reaches a hub node' }),
});
export type PathStep = z.infer<typeof PathStep>;

export const PathsResult = z
  .object({
    graph: Graph,
    paths: z.array(
      z.object({
        length: z.number(),
        steps: z.array(PathStep),
        text: z.string(),
        generality: z.number().meta({
          description: 'Sum of the degrees of the intermediate nodes: lower is more specific',
        }),
      }),
    ),
    hubDegree: z.number().meta({ description: 'The hub threshold used' }),
    hubsAvoided: z.boolean().meta({ description: 'false when no path avoided the hubs' }),
    searchCut: z.boolean().meta({
      description:
        'true when no path was found and the search left something within maxDepth steps unread (each step expands at most 100 nodes and 50 links of each, and the search has a share of the time limit): no path within maxDepth steps was found in the part searched (ask a type filter, or other ends)',
    }),
  })
  .meta({ id: 'PathsResult' });
export type PathsResult = z.infer<typeof PathsResult>;
