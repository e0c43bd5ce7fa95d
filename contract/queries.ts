import { z } from 'zod';
import { Graph } from './graph.js';

export const SavedQuery = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  audience: z.array(z.string()),
  cypher: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type SavedQuery = z.infer<typeof SavedQuery>;

export const SavedQueryList = z
  .object({ queries: z.array(SavedQuery) })
  .meta({ id: 'SavedQueryList' });
export type SavedQueryList = z.infer<typeof SavedQueryList>;

export const QueryRequest = z
  .object({
    cypher: z.string().trim().min(1, 'Write a Cypher query').max(20_000),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .meta({ id: 'QueryRequest' });
export type QueryRequest = z.infer<typeof QueryRequest>;

export const QueryResult = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    graph: Graph,
    summary: z.object({
      queryType: z.string(),
      millis: z.number(),
      rows: z.number(),
      truncated: z.boolean(),
      rowCap: z.number(),
    }),
  })
  .meta({ id: 'QueryResult' });
export type QueryResult = z.infer<typeof QueryResult>;
