import { z } from 'zod';
import { IsoDate } from './common.js';

export const CypherExportQuery = z.object({
  since: IsoDate.optional().meta({
    description: 'Only what changed on or after this day (one script); the whole graph when absent',
  }),
});

export const CypherExport = z
  .object({
    files: z
      .array(z.object({ name: z.string(), content: z.string() }))
      .meta({ description: 'A dataset folder: npm run seed -- <folder> loads it' }),
    checksum: z.string().meta({ description: "A digest of the graph's content as exported" }),
    nodes: z.number().int(),
    relationships: z.number().int(),
  })
  .meta({ id: 'CypherExport' });
export type CypherExport = z.infer<typeof CypherExport>;
