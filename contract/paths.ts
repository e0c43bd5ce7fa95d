import { z } from 'zod';
import { AsOfQuery, CsvList } from './common.js';
import { Graph } from './graph.js';

export const PathsQuery = AsOfQuery.extend({
  from: z.string().min(1),
  to: z.string().min(1),
  maxDepth: z.coerce.number().int().min(1).max(8).default(6),
  mode: z.enum(['shortest', 'all-shortest']).default('shortest'),
  types: CsvList.optional(),
});
export type PathsQuery = z.infer<typeof PathsQuery>;

export const PathStep = z.object({
  from: z.object({ id: z.string(), name: z.string() }),
  type: z.string(),
  to: z.object({ id: z.string(), name: z.string() }),
  forward: z.boolean().meta({ description: 'false when the relationship points against the walk' }),
  text: z.string().meta({ description: 'The step in words' }),
});
export type PathStep = z.infer<typeof PathStep>;

export const PathsResult = z
  .object({
    graph: Graph,
    paths: z.array(z.object({ length: z.number(), steps: z.array(PathStep), text: z.string() })),
  })
  .meta({ id: 'PathsResult' });
export type PathsResult = z.infer<typeof PathsResult>;
