import { CypherFunction, CypherProcedure, type GraphSchema } from '../../contract/index.js';
import { ALLOWED_PROCEDURES } from '../../core/guard/guard.js';
import { z } from 'zod';
import { isInternalKey, toPlain } from '../neo4j/convert.js';
import { readPlain, readStrings } from '../neo4j/decode.js';
import type { GraphContext } from './context.js';
import { perLoad } from './load-cache.js';

/** What `db.stats.retrieve('GRAPH COUNTS')` returns in `data`, as far as the schema reads it. */
const GraphCounts = z
  .object({
    nodes: z.array(z.object({ label: z.string().optional(), count: z.number() })),
    relationships: z.array(
      z.object({
        relationshipType: z.string().optional(),
        startLabel: z.string().optional(),
        endLabel: z.string().optional(),
        count: z.number(),
      }),
    ),
  })
  .nullable();

/** Labels, relationship types and property keys with counts, from Neo4j's count store. */
export async function graphSchema(ctx: GraphContext): Promise<GraphSchema> {
  const { records } = await ctx.read(
    `CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
     CALL db.propertyKeys() YIELD propertyKey
     RETURN data, collect(propertyKey) AS keys`,
  );
  const data = readPlain(records[0], 'data', GraphCounts);
  const num = (v: unknown) => Number(v);
  const labels = (data?.nodes ?? [])
    .filter(
      (n): n is { label: string; count: number } =>
        typeof n.label === 'string' && !isInternalKey(n.label),
    )
    .map((n) => ({ name: n.label, count: num(n.count) }))
    .filter((n) => n.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const relationshipTypes = (data?.relationships ?? [])
    .filter(
      (r) =>
        typeof r.relationshipType === 'string' &&
        r.startLabel === undefined &&
        r.endLabel === undefined,
    )
    .map((r) => ({ name: String(r.relationshipType), count: num(r.count) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const keys = readStrings(records[0], 'keys')
    .filter((k) => !isInternalKey(k))
    .sort();
  const p = ctx.profile;
  return {
    labels,
    relationshipTypes,
    propertyKeys: keys,
    ...(await perLoad(ctx, 'routines', 'all', () => routines(ctx))),
    profile: {
      eventLabel: p.eventLabel,
      sourceLabel: p.sourceLabel,
      figureLabel: p.figureLabel,
      provenanceType: p.provenanceType,
      chainTypes: p.chainTypes,
    },
  };
}

/** Drops null-valued keys at any depth: Neo4j reports an absent default as null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/**
 * The functions and procedures an analyst's query may call, as the
 * workbench's language service wants them: SHOW FUNCTIONS and SHOW
 * PROCEDURES (which the server may run and the analyst may not), the
 * procedures kept to the guard's allowed list. They change only with
 * Neo4j's version or plugins, so graphSchema keeps them per load.
 */
async function routines(ctx: GraphContext): Promise<Pick<GraphSchema, 'functions' | 'procedures'>> {
  const functions = await ctx.read(
    `SHOW FUNCTIONS YIELD name, category, description, signature, isBuiltIn,
       argumentDescription, returnDescription, aggregating, isDeprecated
     RETURN collect({name: name, category: category, description: description,
       signature: signature, isBuiltIn: isBuiltIn, argumentDescription: argumentDescription,
       returnDescription: returnDescription, aggregating: aggregating,
       isDeprecated: isDeprecated}) AS rows`,
  );
  const procedures = await ctx.read(
    `SHOW PROCEDURES YIELD name, description, signature, mode, worksOnSystem, admin,
       argumentDescription, returnDescription, isDeprecated
     WHERE toLower(name) IN $allowed
     RETURN collect({name: name, description: description, signature: signature, mode: mode,
       worksOnSystem: worksOnSystem, admin: admin, isDeprecated: isDeprecated,
       argumentDescription: argumentDescription, returnDescription: returnDescription}) AS rows`,
    { allowed: [...ALLOWED_PROCEDURES] },
  );
  const rows = (result: typeof functions) => withoutNulls(toPlain(result.records[0]?.get('rows')));
  return {
    functions: CypherFunction.array().parse(rows(functions) ?? []),
    procedures: CypherProcedure.array().parse(rows(procedures) ?? []),
  };
}
