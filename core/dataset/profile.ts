import { z } from 'zod';
import { infersTime, manifestFields } from './shape.js';

/**
 * Synonyms a search of news about people, institutions and trade needs, for
 * a dataset whose manifest brings none. British and American spellings
 * (licence, license) need no entry: search spells each word both ways.
 */
export const DEFAULT_SYNONYMS: string[][] = [
  ['spokesman', 'spokesperson', 'spokeswoman', 'spokespeople'],
  ['firm', 'company'],
  ['curb', 'restriction', 'control'],
  ['talks', 'negotiation', 'dialogue'],
  ['minister', 'secretary'],
];

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
    /**
     * Words search treats as one: each group lists words that name the same
     * thing (spokesman, spokesperson). A manifest may carry its own; without
     * one, the default list below.
     */
    searchSynonyms: z.array(z.array(z.string().min(1))).default(DEFAULT_SYNONYMS),
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

/**
 * The profile a manifest declares: `raw` is the parsed JSON of ontology.json,
 * or undefined when the dataset has none. Reading the file, and naming a
 * dataset without an id after its folder, are the server's (server/loader/manifest.ts).
 */
export function profileFromManifest(raw: unknown): GraphProfile {
  const profile = profileSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
  return { ...profile, inferTime: infersTime(raw) };
}

/** A label or type name as a Cypher identifier; names come from config or the schema, never from requests. */
export function ident(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}
