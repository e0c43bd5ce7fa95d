/**
 * Writes for the accounts and curation stores: one managed write
 * transaction, so what a publish or a merge writes is all there or none of
 * it is (the driver rolls back when the work throws). The work gets a `run`
 * that returns plain rows, so callers decode with zod, never with casts of
 * driver values. A DATE comes back tagged as {$date: 'YYYY-MM-DD'} and goes
 * in again the same way: a snapshot taken before a change and written back
 * by a revert keeps its dates dates, not strings the timeline would miss.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { CalendarDate } from '../../core/cypher/date.js';
import { toCypherParams, toPlain } from './convert.js';

export type Rows = Record<string, unknown>[];
export type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Rows>;

/** Driver values as JSON, DATEs tagged so they can be written back as DATEs. */
export function toTyped(value: unknown): unknown {
  if (neo4j.isDate(value)) return { $date: String(value) };
  if (Array.isArray(value)) return value.map(toTyped);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toTyped(v)]));
  return toPlain(value);
}

/** Tagged JSON back to driver parameters: {$date} becomes a DATE. */
export function fromTyped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromTyped);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const only = entries.length === 1 ? entries[0] : undefined;
    if (only?.[0] === '$date' && typeof only[1] === 'string') {
      const [y, m, d] = only[1].split('-').map(Number);
      return new CalendarDate(y ?? 0, m ?? 1, d ?? 1);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, fromTyped(v)]));
  }
  return value;
}

const params = (p: Record<string, unknown>) =>
  toCypherParams(fromTyped(p)) as Record<string, unknown>;

async function rowsOf(
  result: Promise<{ records: { keys: PropertyKey[]; get(key: PropertyKey): unknown }[] }>,
): Promise<Rows> {
  const { records } = await result;
  return records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toTyped(r.get(k))])));
}

/** Runs `work` in one write transaction on the leader; retried by the driver on transient errors. */
export async function writeTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (run: Run) => Promise<T>,
  timeoutMs = 10_000,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(
      (tx) => work((cypher, p = {}) => rowsOf(tx.run(cypher, params(p)))),
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}

/** One statement in a read transaction, as plain rows. */
export async function readRows(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  values: Record<string, unknown> = {},
  timeoutMs = 10_000,
): Promise<Rows> {
  return rowsOf(
    driver.executeQuery(cypher, params(values), {
      database,
      routing: 'READ',
      transactionConfig: { timeout: timeoutMs },
    }),
  );
}
