import type { GraphSchema } from '../../contract/index.js';
import { isInternalKey } from '../neo4j/convert.js';
import type { GraphContext } from './context.js';

interface GraphCounts {
  nodes: { label?: string; count: number }[];
  relationships: {
    relationshipType?: string;
    startLabel?: string;
    endLabel?: string;
    count: number;
  }[];
}

/** Labels, relationship types and property keys with counts, from Neo4j's count store. */
export async function graphSchema(ctx: GraphContext): Promise<GraphSchema> {
  const { records } = await ctx.read(
    `CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
     CALL db.propertyKeys() YIELD propertyKey
     RETURN data, collect(propertyKey) AS keys`,
  );
  const data = records[0]?.get('data') as GraphCounts | undefined;
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
  const keys = ((records[0]?.get('keys') ?? []) as string[])
    .filter((k) => !isInternalKey(k))
    .sort();
  const p = ctx.profile;
  return {
    labels,
    relationshipTypes,
    propertyKeys: keys,
    profile: {
      eventLabel: p.eventLabel,
      sourceLabel: p.sourceLabel,
      figureLabel: p.figureLabel,
      provenanceType: p.provenanceType,
      chainTypes: p.chainTypes,
    },
  };
}
