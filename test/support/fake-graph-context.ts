// A hand-written stand-in for GraphContext, for unit tests of graph modules:
// it answers each read with the next canned set of rows and remembers the
// Cypher and parameters it was asked, so a test checks what a module does
// with rows (and what it asks) without a database. Tests that claim to test
// the database use the real Neo4j instead (test/integration).
import neo4j, {
  Node,
  Record as Neo4jRecord,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import type { GraphContext } from '../../server/graph/context.js';
import { defaultProfile } from '../../core/dataset/profile.js';

export interface Asked {
  cypher: string;
  params: Record<string, unknown>;
}

/** One result row: column name → value (driver values such as Node, Integer, or plain data). */
export type Row = Record<string, unknown>;

export function fakeGraphContext(answers: Row[][]): { ctx: GraphContext; asked: Asked[] } {
  const asked: Asked[] = [];
  const queue = [...answers];
  const ctx: GraphContext = {
    driver: undefined as unknown as GraphContext['driver'],
    database: undefined,
    profile: defaultProfile,
    timeoutMs: 1_000,
    read(cypher, params = {}) {
      asked.push({ cypher, params });
      const rows = queue.shift();
      if (!rows) return Promise.reject(new Error(`unexpected query: ${cypher.slice(0, 80)}`));
      const records = rows.map((r) => new Neo4jRecord(Object.keys(r), Object.values(r)));
      return Promise.resolve({ records } as unknown as QueryResult<RecordShape>);
    },
    vocabulary: () =>
      Promise.resolve({ labels: ['Source'], types: [], fulltextIndexes: [], idLabels: ['Source'] }),
    matchNode: (variable, param = 'id') => Promise.resolve(`MATCH (${variable} {id: $${param}})`),
  };
  return { ctx, asked };
}

let nextIdentity = 1;

/** A driver Node as Neo4j would return it. */
export function node(labels: string[], properties: Record<string, unknown>): Node {
  const identity = nextIdentity++;
  return new Node(neo4j.int(identity), labels, properties, `4:fake:${identity}`);
}
