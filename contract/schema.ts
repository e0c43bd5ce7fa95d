import { z } from 'zod';

const Counted = z.object({ name: z.string(), count: z.number() });

export const GraphSchema = z
  .object({
    labels: z.array(Counted),
    relationshipTypes: z.array(Counted),
    propertyKeys: z.array(z.string()),
    profile: z
      .object({
        eventLabel: z.string(),
        sourceLabel: z.string(),
        figureLabel: z.string(),
        provenanceType: z.string(),
        chainTypes: z.array(z.string()),
      })
      .meta({ description: 'Which labels and types play which part; from the dataset ontology' }),
  })
  .meta({ id: 'GraphSchema' });
export type GraphSchema = z.infer<typeof GraphSchema>;
