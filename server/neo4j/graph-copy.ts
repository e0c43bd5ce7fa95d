/**
 * Copies a whole graph, schema included, from one Neo4j into another: the
 * analyst sandbox's read-only copy of the explorer's database. Nodes and
 * relationships stream from the source and are written in batches grouped
 * by label set or type (labels and types cannot be parameters in Cypher 5,
 * so they are backticked into the text); elementIds map old to new in
 * memory, so nothing extra is written into the copy.
 */
import neo4j, { type Driver, type Session } from 'neo4j-driver';

const BATCH = 2_000;

/** The label of the team's own records (server/graph/bookkeeping.ts), never copied. */
export const PRIVATE = '_Private';

export interface CopyCounts {
  nodes: number;
  relationships: number;
  schema: number;
}

function tick(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function session(driver: Driver, database: string | undefined, write: boolean): Session {
  return driver.session({
    database,
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
    fetchSize: BATCH,
  });
}

/** Empties the target: its indexes and constraints, then its data, in bounded transactions. */
async function clear(target: Session): Promise<void> {
  const constraints = await target.run('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const r of constraints.records)
    await target.run(`DROP CONSTRAINT ${tick(String(r.get('name')))}`);
  const indexes = await target.run(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  );
  for (const r of indexes.records) await target.run(`DROP INDEX ${tick(String(r.get('name')))}`);
  await target.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

interface Pending {
  rows: Record<string, unknown>[];
}

/** Writes batches grouped by a key (label set or type); `flush` runs one group's batch. */
function batcher(flush: (key: string, rows: Record<string, unknown>[]) => Promise<void>) {
  const groups = new Map<string, Pending>();
  return {
    async add(key: string, row: Record<string, unknown>) {
      const group = groups.get(key) ?? { rows: [] };
      groups.set(key, group);
      group.rows.push(row);
      if (group.rows.length >= BATCH) {
        const rows = group.rows;
        group.rows = [];
        await flush(key, rows);
      }
    },
    async finish() {
      for (const [key, group] of groups) if (group.rows.length > 0) await flush(key, group.rows);
      groups.clear();
    },
  };
}

async function copyNodes(source: Session, target: Session, ids: Map<string, string>) {
  let count = 0;
  const nodes = batcher(async (key, rows) => {
    const labels = (JSON.parse(key) as string[]).map((l) => `:${tick(l)}`).join('');
    const written = await target.run(
      `UNWIND $rows AS row CREATE (n${labels}) SET n = row.props RETURN row.id AS old, elementId(n) AS new`,
      { rows },
    );
    for (const r of written.records) ids.set(String(r.get('old')), String(r.get('new')));
    count += rows.length;
  });
  // Accounts, sessions, drafts and change records (the _Private label) never reach the analysts.
  const read = source.run(
    `MATCH (n) WHERE NOT n:${tick(PRIVATE)} RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props`,
  );
  for await (const record of read) {
    const labels = (record.get('labels') as string[]).slice().sort();
    await nodes.add(JSON.stringify(labels), { id: record.get('id'), props: record.get('props') });
  }
  await nodes.finish();
  return count;
}

async function copyRelationships(source: Session, target: Session, ids: Map<string, string>) {
  let count = 0;
  const relationships = batcher(async (type, rows) => {
    await target.run(
      `UNWIND $rows AS row
       MATCH (a) WHERE elementId(a) = row.a
       MATCH (b) WHERE elementId(b) = row.b
       CREATE (a)-[r:${tick(type)}]->(b) SET r = row.props`,
      { rows },
    );
    count += rows.length;
  });
  const read = source.run(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props',
  );
  for await (const record of read) {
    const a = ids.get(String(record.get('a')));
    const b = ids.get(String(record.get('b')));
    if (a === undefined || b === undefined) continue; // written after the node read began
    await relationships.add(String(record.get('type')), { a, b, props: record.get('props') });
  }
  await relationships.finish();
  return count;
}

/** Constraints, then the indexes that no constraint owns, as the source would create them. */
async function copySchema(source: Session, target: Session): Promise<number> {
  const constraints = await source.run(
    'SHOW CONSTRAINTS YIELD createStatement RETURN createStatement',
  );
  const indexes = await source.run(
    `SHOW INDEXES YIELD type, owningConstraint, createStatement
     WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN createStatement`,
  );
  const statements = [...constraints.records, ...indexes.records].map((r) =>
    String(r.get('createStatement')),
  );
  for (const statement of statements) await target.run(statement);
  if (statements.length > 0) await target.run('CALL db.awaitIndexes(120)');
  return statements.length;
}

/** Replaces everything in the target database with a copy of the source's graph. */
export async function copyGraph(
  from: { driver: Driver; database: string | undefined },
  to: { driver: Driver; database: string | undefined },
): Promise<CopyCounts> {
  const source = session(from.driver, from.database, false);
  const target = session(to.driver, to.database, true);
  try {
    await clear(target);
    const ids = new Map<string, string>();
    const nodes = await copyNodes(source, target, ids);
    const relationships = await copyRelationships(source, target, ids);
    const schema = await copySchema(source, target);
    return { nodes, relationships, schema };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}
