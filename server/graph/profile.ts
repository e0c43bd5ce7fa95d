import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { datasetIdentity, infersTime, manifestFields } from './dataset-shape.js';

/**
 * Which labels and relationship types play which part in a dataset: the
 * API's only knowledge of a particular graph. It comes from the dataset's
 * ontology.json; a dataset without one gets these defaults, and features
 * whose labels are absent simply return nothing.
 */
const profileSchema = z
  .object({
    eventLabel: z.string().default('Event'),
    sourceLabel: z.string().default('Source'),
    figureLabel: z.string().default('Figure'),
    provenanceType: z.string().default('SOURCED_FROM'),
    /** Event-chain types that say one event caused the other. */
    causalTypes: z.array(z.string()).default(['LED_TO', 'PROMPTED']),
    /** Event-chain types that say only which came first. */
    sequenceTypes: z.array(z.string()).default(['PRECEDED']),
    figureSubjectType: z.string().default('MEASURES'),
    figureAttributionType: z.string().default('ATTRIBUTED_TO'),
    searchIndex: z.string().default('entitySearch'),
    ...manifestFields,
  })
  // Every chain type, causal or not, for queries that walk chains whatever their kind.
  // inferTime: the manifest says nothing about time, so its dated labels come from the schema.
  .transform((p) => ({
    ...p,
    chainTypes: [...p.causalTypes, ...p.sequenceTypes],
    inferTime: false,
  }));

export type GraphProfile = z.output<typeof profileSchema>;

export const defaultProfile: GraphProfile = profileSchema.parse({});

export function readProfile(datasetDir: string): GraphProfile {
  const file = path.join(datasetDir, 'ontology.json');
  const raw: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const profile = profileSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
  // Without a manifest the dataset is known by its folder (see datasetIdentity).
  return { ...profile, id: datasetIdentity(datasetDir, profile), inferTime: infersTime(raw) };
}

/** A label or type name as a Cypher identifier; names come from config or the schema, never from requests. */
export function ident(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}
