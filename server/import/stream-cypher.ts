/**
 * The generated Cypher of a streamed import, statement by statement as the
 * rows are read the second time: core/import/cypher.ts's UNWIND statements (up to 500 rows
 * of literal maps) that batchToCypher writes for a batch held whole, made
 * from buffers of one group each (nodes by their labels, relationships by
 * their ends' labels and type), so no more than a buffer per group is held.
 */
import { ROWS_PER_STATEMENT, type ImportStatement } from '../../core/import/cypher.js';

/**
 * Buffers of rows by group, each made into a statement when it holds
 * ROWS_PER_STATEMENT rows (and the rest at the end, by `drain`).
 */
export class Batcher<T> {
  private readonly groups = new Map<string, T[]>();
  constructor(
    private readonly size: number,
    private readonly toStatement: (items: T[], key: string) => ImportStatement,
  ) {}

  /** Adds an item; the statement of its group when that group is full. */
  add(key: string, item: T): ImportStatement | undefined {
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = []));
    group.push(item);
    if (group.length < this.size) return undefined;
    this.groups.set(key, []);
    return this.toStatement(group, key);
  }

  /** The statements of every group not yet written, in the order the groups were first seen. */
  *drain(): Generator<ImportStatement> {
    for (const [key, group] of this.groups) {
      if (group.length > 0) yield this.toStatement(group, key);
    }
    this.groups.clear();
  }
}

/** How many statements `counts` (rows per group) make. */
export function statementCount(counts: Iterable<number>, size = ROWS_PER_STATEMENT): number {
  let n = 0;
  for (const c of counts) n += Math.ceil(c / size);
  return n;
}
