import { z } from 'zod';

const Precision = z.enum(['day', 'month', 'year']);

export const DatasetInfo = z
  .object({
    id: z.string().meta({ description: 'The identity the loader marks this dataset’s nodes with' }),
    title: z.string(),
    description: z.string().nullable(),
    searchPlaceholder: z.string(),
    sourceLabel: z.string(),
    captions: z
      .record(z.string(), z.string())
      .meta({ description: 'The property shown as the name of a node, per label' }),
    dates: z
      .record(z.string(), z.object({ property: z.string(), precision: Precision.nullable() }))
      .meta({
        description: 'The property that dates a node, per label; these labels make the timeline',
      }),
    timeCandidates: z
      .array(z.object({ label: z.string(), property: z.string(), type: z.string() }))
      .meta({
        description:
          'Date, datetime and integer-year properties the manifest could declare as time',
      }),
    fromManifest: z.boolean().meta({
      description: 'false when no manifest says this: title and captions inferred from the schema',
    }),
  })
  .meta({ id: 'DatasetInfo' });
export type DatasetInfo = z.infer<typeof DatasetInfo>;
