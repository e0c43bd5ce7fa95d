import type { Driver } from '../neo4j/driver.js';
import { ident } from '../../core/dataset/profile.js';
import { readStrings } from '../neo4j/decode.js';
import type { GraphContext } from './context.js';

/**
 * A relationship names its reports in a list property, `sources`, and no
 * range index looks inside a list: without this index, finding the links
 * that cite one report reads every relationship (2.3 million db hits on a
 * million-link graph). A full-text index does index each string of a list,
 * and with the keyword analyzer each report id is one exact,
 * case-sensitive term. It must name the relationship types it covers, so the
 * loader makes it after each load for the types the graph then has.
 */
export const SOURCE_INDEX = 'relationship_sources';

/** The Lucene query for exactly one report id: one quoted term, its quote and backslash escaped. */
export function sourceTerm(id: string): string {
  return `"${id.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

type Read = (
  cypher: string,
  params: Record<string, unknown>,
) => Promise<{ records: NonNullable<Parameters<typeof readStrings>[0]>[] }>;

/** The index's types now and whether it is online, or null when there is none. */
async function coveredTypes(read: Read) {
  const { records } = await read(
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, state WHERE name = $name
     RETURN labelsOrTypes AS types, state`,
    { name: SOURCE_INDEX },
  );
  const row = records[0];
  return row ? { types: readStrings(row, 'types'), online: row.get('state') === 'ONLINE' } : null;
}

/**
 * The relationship types some relationship has, from the count store. Not
 * db.relationshipTypes(): it also lists a type an index still names after
 * its last relationship went, so the index would keep listing, in every
 * vocabulary, a type a replaced graph had.
 */
async function typesOf(read: Read): Promise<string[]> {
  const { records } = await read(
    `CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
     UNWIND data.relationships AS r
     WITH r WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL
       AND r.count > 0
     RETURN collect(DISTINCT r.relationshipType) AS types`,
    {},
  );
  return readStrings(records[0], 'types');
}

const covers = (indexed: string[], types: string[]) => types.every((t) => indexed.includes(t));
/** The index names exactly the types in use: none missing, none left from a replaced graph. */
const matches = (indexed: string[], types: string[]) =>
  covers(indexed, types) && indexed.length === types.length;

/**
 * Makes the index name exactly the relationship types the graph has,
 * remaking it when a load brought a type it does not name or left one it
 * names without relationships (dropping it when none is left). It is not
 * waited for: until Neo4j has filled it, readers fall back to reading every
 * relationship (sourceIndexReady), as they did before it existed.
 */
export async function ensureSourceIndex(
  driver: Driver,
  database: string | undefined,
): Promise<'kept' | 'made' | 'no-types'> {
  const read: Read = (cypher, params) =>
    driver.executeQuery(cypher, params, { database, routing: 'READ' });
  const types = await typesOf(read);
  const now = await coveredTypes(read);
  if (now && matches(now.types, types)) return 'kept';
  if (now)
    await driver.executeQuery(`DROP INDEX ${ident(SOURCE_INDEX)} IF EXISTS`, {}, { database });
  if (types.length === 0) return 'no-types';
  await driver.executeQuery(
    `CREATE FULLTEXT INDEX ${ident(SOURCE_INDEX)} IF NOT EXISTS
     FOR ()-[r:${types.map(ident).join('|')}]-() ON EACH [r.sources]
     OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
    {},
    { database },
  );
  return 'made';
}

/**
 * True when the index is online and names every relationship type, so a
 * count through it misses no link. Checked on each use (two catalogue
 * reads, no data read): a graph changed by a curation can gain a
 * type, and an index still filling becomes usable without waiting for the
 * next load.
 */
export async function sourceIndexReady(ctx: GraphContext): Promise<boolean> {
  const read: Read = (cypher, params) => ctx.read(cypher, params);
  const now = await coveredTypes(read);
  if (!now?.online) return false;
  return covers(now.types, await typesOf(read));
}
