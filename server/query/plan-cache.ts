/**
 * Verdicts of the plan check (layer 2 of the analyst guard) remembered by
 * query text and parameter shapes, so a query asked again skips its EXPLAIN
 * round trip.
 *
 * Why a remembered verdict is as safe as a fresh one: the plan check asks
 * whether every operator of Neo4j's plan is a read and whether the query
 * type is 'r'. Both follow from the text and the *types* of the parameters,
 * never their values: a parameter is a value, so it cannot name a label, a
 * type, a procedure or a clause (Neo4j itself caches plans by text and
 * parameter types for the same reason). Writes, procedure names and
 * subqueries all live in the text, which is the key, byte for byte after
 * trimming the ends: whitespace inside is kept, because a line break ends a
 * `//` comment, so two texts that differ only in spacing can differ in
 * what they do. The database is part of the key. Only accepted verdicts
 * are kept (a refusal runs the check again and says why), and a hit still
 * passes layer 1 (the text check, run on every request) and layer 3 (a READ
 * transaction with a time limit, where the server refuses any write).
 */
export interface PlanVerdictCache {
  has(key: string): boolean;
  remember(key: string): void;
  readonly size: number;
}

/** The shape of a parameter value: its type, and for lists and maps the shapes inside. */
export function paramShape(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const inner = [...new Set(value.map(paramShape))].sort();
    return `[${inner.join('|')}]`;
  }
  if (typeof value === 'object') {
    // neo4j-driver's Integer and temporal values are classes: their name is their type.
    const proto: unknown = Object.getPrototypeOf(value);
    const name =
      proto === null || proto === Object.prototype ? null : (value.constructor?.name ?? '?');
    if (name !== null) return name;
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${paramShape(v)}`).join(',')}}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return typeof value;
}

/** The cache key: database, trimmed text and the shape of every parameter. */
export function planKey(
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
): string {
  return JSON.stringify([database ?? null, cypher.trim(), paramShape(params)]);
}

/** A least-recently-used set of at most `capacity` keys (a Map keeps insertion order). */
export function createPlanVerdictCache(capacity = 256): PlanVerdictCache {
  const keys = new Map<string, true>();
  return {
    has(key) {
      if (!keys.has(key)) return false;
      keys.delete(key);
      keys.set(key, true);
      return true;
    },
    remember(key) {
      keys.delete(key);
      keys.set(key, true);
      const oldest = keys.keys().next();
      if (keys.size > capacity && !oldest.done) keys.delete(oldest.value);
    },
    get size() {
      return keys.size;
    },
  };
}
