import { ApiError } from '../errors.js';
import { isInternalKey } from '../neo4j/convert.js';
import type { Driver } from '../neo4j/driver.js';
import { readQuery, type QueryResult, type RecordShape } from '../neo4j/execute.js';
import { readStrings } from '../neo4j/decode.js';
import { ident, type GraphProfile } from '../../core/dataset/profile.js';

/** What every graph query needs: the driver, the database and the dataset's profile. */
export interface GraphContext {
  driver: Driver;
  database: string | undefined;
  profile: GraphProfile;
  /** Time limit of one internal query; the analysts' endpoint has its own. */
  timeoutMs: number;
  read(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<RecordShape>>;
  vocabulary(): Promise<Vocabulary>;
  /** Forgets the vocabulary read, after the graph was replaced (the import dialog's load). */
  invalidate?(): void;
  /** Cypher that binds `variable` to the node whose id is in `$param` (see matchById). */
  matchNode(variable: string, param?: string, keep?: string[]): Promise<string>;
}

export interface Vocabulary {
  labels: string[];
  types: string[];
  fulltextIndexes: string[];
  /** Labels with a uniqueness constraint (so an index) on `id`. */
  idLabels: string[];
}

const VOCABULARY_TTL_MS = 10_000;

export function createGraphContext(
  driver: Driver,
  database: string | undefined,
  profile: GraphProfile,
  timeoutMs = 10_000,
): GraphContext {
  let cached: { at: number; value: Promise<Vocabulary> } | undefined;
  const read = (cypher: string, params: Record<string, unknown> = {}) =>
    readQuery(driver, cypher, params, { database, timeoutMs });
  return {
    driver,
    database,
    profile,
    timeoutMs,
    read,
    async matchNode(variable: string, param = 'id', keep: string[] = []) {
      return matchById(await this.vocabulary(), variable, param, keep);
    },
    invalidate() {
      cached = undefined;
    },
    vocabulary() {
      if (!cached || Date.now() - cached.at > VOCABULARY_TTL_MS) {
        const value = read(
          `CALL db.labels() YIELD label WITH collect(label) AS labels
           CALL db.relationshipTypes() YIELD relationshipType
           RETURN labels, collect(relationshipType) AS types`,
        ).then(async ({ records }) => {
          const indexes = await read(
            // Search asks node indexes; the relationship index on `sources` is not one.
            "SHOW FULLTEXT INDEXES YIELD name, entityType WHERE entityType = 'NODE' RETURN collect(name) AS names",
          );
          const unique = await read(
            `SHOW CONSTRAINTS YIELD entityType, labelsOrTypes, properties, type
             WHERE entityType = 'NODE' AND properties = ['id'] AND type IN ['UNIQUENESS', 'NODE_KEY']
             RETURN collect(labelsOrTypes[0]) AS labels`,
          );
          return {
            idLabels: readStrings(unique.records[0], 'labels'),
            labels: readStrings(records[0], 'labels').filter((l) => !isInternalKey(l)),
            types: readStrings(records[0], 'types'),
            fulltextIndexes: readStrings(indexes.records[0], 'names'),
          };
        });
        cached = { at: Date.now(), value };
        value.catch(() => (cached = undefined));
      }
      return cached.value;
    },
  };
}

/**
 * Labels and types in requests are checked against the graph's own
 * vocabulary, so a typo gets a helpful 400 rather than an empty answer.
 */
export async function checkVocabulary(
  ctx: GraphContext,
  filters: { labels?: string[] | undefined; types?: string[] | undefined },
): Promise<void> {
  const known = await ctx.vocabulary();
  const badLabels = (filters.labels ?? []).filter((l) => !known.labels.includes(l));
  const badTypes = (filters.types ?? []).filter((t) => !known.types.includes(t));
  if (badLabels.length > 0 || badTypes.length > 0) {
    throw new ApiError(
      'INVALID_INPUT',
      'Unknown label or relationship type: see details; GET /api/schema lists them.',
      [
        ...badLabels.map((l) => ({
          path: ['labels'],
          message: `unknown label ${l}`,
          known: known.labels,
        })),
        ...badTypes.map((t) => ({
          path: ['types'],
          message: `unknown relationship type ${t}`,
          known: known.types,
        })),
      ],
    );
  }
}

export function notFound(kind: string, id: string): ApiError {
  return new ApiError(
    'NOT_FOUND',
    `No ${kind} with id "${id}". Search for it with GET /api/search?q=…`,
  );
}

/**
 * Cypher binding `variable` to the node whose `id` is `$param`, or whose
 * element id it is when the node has no `id`. When every label has a
 * uniqueness constraint on `id` (as in the seed), each label's index is
 * asked in turn; otherwise all nodes are scanned, which is correct for any
 * dataset but slow on a large one.
 */
export function matchById(
  vocabulary: Pick<Vocabulary, 'labels' | 'idLabels'>,
  variable: string,
  param = 'id',
  /** Variables bound before this match that later clauses still need. */
  keep: string[] = [],
): string {
  const indexed = new Set(vocabulary.idLabels);
  const allIndexed = vocabulary.labels.length > 0 && vocabulary.labels.every((l) => indexed.has(l));
  if (!allIndexed) {
    return `MATCH (${variable}) WHERE ${variable}.id = $${param} OR (${variable}.id IS NULL AND elementId(${variable}) = $${param} AND NOT ${variable}:_Private)`;
  }
  const branches = [...indexed]
    .sort()
    .map((label) => `MATCH (x:${ident(label)} {id: $${param}}) RETURN x`);
  branches.push(
    `MATCH (x) WHERE elementId(x) = $${param} AND x.id IS NULL AND NOT x:_Private RETURN x`,
  );
  return `CALL () { ${branches.join(' UNION ')} } WITH ${[...keep, `x AS ${variable}`].join(', ')}`;
}
