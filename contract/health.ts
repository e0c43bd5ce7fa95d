import { z } from 'zod';

export const SeedStatus = z.object({
  dataset: z.string(),
  loadedAt: z.string().nullable(),
  checksum: z.string().nullable(),
});

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded', 'unavailable']),
    degraded: z
      .string()
      .optional()
      .meta({ description: 'Why the service is degraded, while it recovers' }),
    neo4j: z.object({
      connected: z.boolean(),
      version: z.string().nullable(),
      edition: z.string().nullable(),
      message: z.string().optional(),
    }),
    counts: z.object({ nodes: z.number(), relationships: z.number() }).nullable(),
    seed: z.array(SeedStatus),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
