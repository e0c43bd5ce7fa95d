import { z } from 'zod';
import { readPlain } from '../neo4j/decode.js';
import type { GraphContext } from './context.js';
import { ident } from '../../core/dataset/profile.js';

/** What degreeByType's list expression returns, once made plain; null when no row. */
export const DegreeEntries = z
  .array(z.object({ type: z.string(), direction: z.enum(['out', 'in']), count: z.number() }))
  .nullable();
export type DegreeEntry = NonNullable<z.output<typeof DegreeEntries>>[number];

/**
 * A Cypher list expression counting `variable`'s relationships per type and
 * direction. Each `COUNT { (n)-[:T]->() }` with a fixed type and nothing
 * else is answered from Neo4j's degree store (GetDegree), so the cost does
 * not grow with the node's degree: a hub with 50,000 links costs what a
 * leaf does. Type names go in as the parameter `$degreeTypes`.
 */
export function degreeByType(
  variable: string,
  types: string[],
): { cypher: string; params: { degreeTypes: string[] } } {
  const v = variable;
  const entries = types.flatMap((t, i) => [
    `{type: $degreeTypes[${i}], direction: 'out', count: COUNT { (${v})-[:${ident(t)}]->() }}`,
    `{type: $degreeTypes[${i}], direction: 'in', count: COUNT { (${v})<-[:${ident(t)}]-() }}`,
  ]);
  return { cypher: `[${entries.join(', ')}]`, params: { degreeTypes: types } };
}

/** The non-zero counts, largest first, ties by type name. */
export function toDegree(rows: { type: string; direction: 'out' | 'in'; count: unknown }[]) {
  return rows
    .map((r) => ({ type: r.type, direction: r.direction, count: Number(r.count) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/**
 * Cypher (a CALL on `n`) returning `degree`: counts per type and direction
 * from reading at most 2 × $dense of `n`'s relationships. Exact when the
 * node has at most $dense relationships; a denser node reads none (its
 * list is empty) and needs degreeFromStore instead, whose query costs seconds to plan the first
 * time but nothing per relationship.
 */
export const sampledDegree = (n: string) => `CALL (${n}) {
       WITH ${n} WHERE COUNT { (${n})--() } <= $dense
       MATCH (${n})-[r]-() WITH r LIMIT $degreeSample
       WITH type(r) AS type, CASE WHEN startNode(r) = ${n} THEN 'out' ELSE 'in' END AS direction, count(*) AS count
       RETURN collect({type: type, direction: direction, count: count}) AS degree
     }`;

/** Degree by type and direction of the node with this element id, from the degree store. */
export async function degreeFromStore(ctx: GraphContext, elementId: string) {
  const degree = degreeByType('n', (await ctx.vocabulary()).types);
  const { records } = await ctx.read(
    `MATCH (n) WHERE elementId(n) = $elementId RETURN ${degree.cypher} AS degree`,
    { elementId, ...degree.params },
  );
  return toDegree(readPlain(records[0], 'degree', DegreeEntries) ?? []);
}
