import type { DatasetInfo } from '../../contract/index.js';
import type { GraphContext } from './context.js';
import { inferCaptions, inferTimeCandidates, type PropertyRow } from './dataset-shape.js';
import { readStrings } from '../neo4j/decode.js';

/** A title from a dataset id such as "lighthouses-1a2b3c4d": its words, capitalised. */
function titleFromId(id: string): string {
  const words = id
    .replace(/-[0-9a-f]{8}$/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : 'Graph explorer';
}

/**
 * What the client shows of the dataset: its manifest's title, description
 * and captions, and for what the manifest leaves out, what the schema
 * suggests (a caption per label, properties that could date a label).
 */
export async function datasetInfo(ctx: GraphContext): Promise<DatasetInfo> {
  const p = ctx.profile;
  const { records } = await ctx.read(
    `CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
     WHERE size(nodeLabels) = 1 AND propertyName IS NOT NULL AND NOT propertyName STARTS WITH '_'
       AND NOT nodeLabels[0] STARTS WITH '_'
     RETURN nodeLabels[0] AS label, propertyName AS property, propertyTypes AS types`,
  );
  const rows: PropertyRow[] = records.map((r) => ({
    label: String(r.get('label')),
    property: String(r.get('property')),
    types: readStrings(r, 'types'),
  }));
  const id = p.id ?? 'dataset';
  return {
    id,
    title: p.title ?? titleFromId(id),
    description: p.description ?? null,
    searchPlaceholder: p.searchPlaceholder ?? 'Search by name…',
    sourceLabel: p.sourceLabel,
    captions: inferCaptions(rows, p.captions),
    dates: Object.fromEntries(
      Object.entries(p.dates).map(([label, rule]) => [
        label,
        { property: rule.property, precision: rule.precision ?? null },
      ]),
    ),
    timeCandidates: inferTimeCandidates(rows),
    fromManifest: p.title !== undefined,
  };
}
