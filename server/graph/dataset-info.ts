import type { DatasetInfo } from '../../contract/index.js';
import type { GraphContext } from './context.js';
import { perLoad } from './load-cache.js';
import {
  inferCaptions,
  inferDates,
  inferTimeCandidates,
  toPropertyRows,
  type DateRule,
  type PropertyRow,
} from '../../core/dataset/shape.js';

/** A title from a dataset id such as "lighthouses-1a2b3c4d": its words, capitalised. */
function titleFromId(id: string): string {
  const words = id
    .replace(/-[0-9a-f]{8}$/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : 'Graph explorer';
}

/**
 * Each label's properties and their types, from Neo4j's schema sample. The
 * procedure samples the store (its cost grows with the graph), so its answer
 * is kept per load: /api/dataset and the timeline's dating rules read it on
 * every request.
 */
export function schemaPropertyRows(ctx: GraphContext): Promise<PropertyRow[]> {
  return perLoad(ctx, 'schema-properties', 'all', () => readPropertyRows(ctx));
}

async function readPropertyRows(ctx: GraphContext): Promise<PropertyRow[]> {
  const { records } = await ctx.read(
    `CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
     WHERE size(nodeLabels) = 1 AND propertyName IS NOT NULL AND NOT propertyName STARTS WITH '_'
       AND NOT nodeLabels[0] STARTS WITH '_'
     RETURN nodeLabels[0] AS label, propertyName AS property, propertyTypes AS types`,
  );
  return toPropertyRows(records);
}

/**
 * Which property dates which label: the manifest's rules, or when it says
 * nothing about time, the schema's time candidates (see inferDates).
 */
export async function datingRules(ctx: GraphContext): Promise<Record<string, DateRule>> {
  return ctx.profile.inferTime ? inferDates(await schemaPropertyRows(ctx)) : ctx.profile.dates;
}

/**
 * What the client shows of the dataset: its manifest's title, description
 * and captions, and for what the manifest leaves out, what the schema
 * suggests (a caption per label, properties that could date a label).
 */
export async function datasetInfo(ctx: GraphContext): Promise<DatasetInfo> {
  const p = ctx.profile;
  const rows = await schemaPropertyRows(ctx);
  const id = p.id ?? 'dataset';
  return {
    id,
    title: p.title ?? titleFromId(id),
    description: p.description ?? null,
    searchPlaceholder: p.searchPlaceholder ?? 'Search by name…',
    sourceLabel: p.sourceLabel,
    captions: inferCaptions(rows, p.captions),
    dates: Object.fromEntries(
      Object.entries(p.inferTime ? inferDates(rows) : p.dates).map(([label, rule]) => [
        label,
        { property: rule.property, precision: rule.precision ?? null },
      ]),
    ),
    timeCandidates: inferTimeCandidates(rows),
    fromManifest: p.title !== undefined,
  };
}
