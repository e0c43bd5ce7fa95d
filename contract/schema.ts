import { z } from 'zod';

const Counted = z.object({ name: z.string(), count: z.number() });

/** One argument or result column as SHOW FUNCTIONS / SHOW PROCEDURES describe it. */
const Argument = z.object({
  name: z.string(),
  description: z.string(),
  type: z.string(),
  isDeprecated: z.boolean().default(false),
  default: z.string().optional(),
});

export const CypherFunction = z
  .object({
    name: z.string(),
    category: z.string(),
    description: z.string(),
    signature: z.string(),
    isBuiltIn: z.boolean(),
    aggregating: z.boolean(),
    isDeprecated: z.boolean(),
    argumentDescription: z.array(Argument),
    returnDescription: z.string(),
  })
  .meta({ id: 'CypherFunction' });
export type CypherFunction = z.infer<typeof CypherFunction>;

export const CypherProcedure = z
  .object({
    name: z.string(),
    description: z.string(),
    signature: z.string(),
    mode: z.enum(['READ', 'DBMS', 'SCHEMA', 'WRITE', 'DEFAULT']),
    worksOnSystem: z.boolean(),
    admin: z.boolean(),
    isDeprecated: z.boolean(),
    argumentDescription: z.array(Argument),
    returnDescription: z.array(Argument),
  })
  .meta({ id: 'CypherProcedure' });
export type CypherProcedure = z.infer<typeof CypherProcedure>;

export const GraphSchema = z
  .object({
    labels: z.array(Counted),
    relationshipTypes: z.array(Counted),
    propertyKeys: z.array(z.string()),
    functions: z
      .array(CypherFunction)
      .meta({ description: 'The functions an analyst query may call (SHOW FUNCTIONS)' }),
    procedures: z.array(CypherProcedure).meta({
      description:
        'The procedures an analyst query may call: SHOW PROCEDURES, kept to the allowed list',
    }),
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
