import type { Driver } from 'neo4j-driver';
import type { CapturedQuery } from './measure.js';

export interface QueryProfile {
  dbHits: number;
  rows: number;
  /** Operators that read the store, with their db hits: index seeks, scans, expansions, degree lookups. */
  reads: string[];
  /** The first line of the query text, to tell queries apart. */
  head: string;
  /** Every operator, indented as in the plan, with its rows and db hits (for --plan). */
  plan: string[];
}

interface PlanNode {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments?: { Details?: unknown };
  children: PlanNode[];
}

const READS = /Seek|Scan|Expand|Degree|VarLength|ShortestPath|Lookup|ProcedureCall/;

/** Runs each query with PROFILE and keeps what tells an index seek from a scan. */
export async function profileQueries(
  driver: Driver,
  queries: CapturedQuery[],
): Promise<QueryProfile[]> {
  const out: QueryProfile[] = [];
  for (const q of queries) {
    const result = await driver.executeQuery(`PROFILE ${q.cypher}`, q.params, q.config as never);
    const root = result.summary.profile as unknown as PlanNode | false;
    if (!root) continue;
    let dbHits = 0;
    const reads = new Map<string, number>();
    const plan: string[] = [];
    const walk = (node: PlanNode, depth = 0) => {
      dbHits += node.dbHits ?? 0;
      const given = node.arguments?.Details;
      const details = (typeof given === 'string' ? given : '').slice(0, 100);
      plan.push(
        `${'  '.repeat(depth)}${node.operatorType} rows ${node.rows ?? 0} hits ${node.dbHits ?? 0} ${details}`,
      );
      const name = node.operatorType.replace(/@.*$/, '');
      if (READS.test(name)) reads.set(name, (reads.get(name) ?? 0) + (node.dbHits ?? 0));
      node.children.forEach((c) => walk(c, depth + 1));
    };
    walk(root);
    out.push({
      dbHits,
      rows: result.records.length,
      reads: [...reads].map(([name, hits]) => `${name} (${hits})`),
      head: q.cypher.trim().split('\n')[0]?.slice(0, 80) ?? '',
      plan,
    });
  }
  return out;
}
