import { z } from 'zod';

/** A JSON value as the API sends graph properties: Neo4j types already made plain. */
export const PropertyValue: z.ZodType<unknown> = z.unknown();

export const GraphNode = z
  .object({
    id: z
      .string()
      .meta({ description: "The node's `id` property, or Neo4j's element id when it has none" }),
    labels: z.array(z.string()),
    name: z.string(),
    properties: z.record(z.string(), PropertyValue),
    idIsElementId: z.boolean().optional().meta({
      description: 'true when the node has no `id` property and its element id stands in',
    }),
  })
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z
  .object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: z.string(),
    properties: z.record(z.string(), PropertyValue),
  })
  .meta({ id: 'GraphEdge' });
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Graph = z
  .object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) })
  .meta({ id: 'Graph', description: 'Nodes and edges in a shape Cytoscape.js takes as elements' });
export type Graph = z.infer<typeof Graph>;
