/**
 * Decoders for the columns of a Neo4j record. Graph queries read every
 * column through one of these instead of casting `record.get()` with `as`:
 * a value of the wrong shape (a query edited without its reader) becomes an
 * INTERNAL error naming the column, not a wrong answer further on.
 */
import {
  type Node,
  type Path,
  type Record as Neo4jRecord,
  type Relationship,
  isNode,
  isPath,
  isRelationship,
} from 'neo4j-driver';
import type { z } from 'zod';
import { ApiError } from '../errors.js';
import { toPlain, type Captions } from './convert.js';

/** A record, or nothing when the query returned no row. */
type Row = Pick<Neo4jRecord, 'get' | 'has'> | undefined;

function mismatch(column: string, expected: string, value: unknown): ApiError {
  const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
  // The person asking sees the generic INTERNAL message; the log gets the column and the shapes.
  return new ApiError(
    'INTERNAL',
    'The server met an answer from the database in a shape it did not expect. The request id helps find it in the log.',
    undefined,
    { cause: new Error(`Column "${column}" held ${got} where ${expected} was expected.`) },
  );
}

/** The value of a column; undefined when the row or the column is missing. */
function column(row: Row, key: string): unknown {
  return row?.has(key) ? row.get(key) : undefined;
}

export function readNode(row: Row, key: string): Node {
  const value = column(row, key);
  if (!isNode(value)) throw mismatch(key, 'a node', value);
  return value;
}

export function readNodes(row: Row, key: string): Node[] {
  return readList(row, key).map((value) => {
    if (!isNode(value)) throw mismatch(key, 'a list of nodes', value);
    return value;
  });
}

export function readRelationships(row: Row, key: string): Relationship[] {
  return readList(row, key).map((value) => {
    if (!isRelationship(value)) throw mismatch(key, 'a list of relationships', value);
    return value;
  });
}

export function readPath(row: Row, key: string): Path {
  const value = column(row, key);
  if (!isPath(value)) throw mismatch(key, 'a path', value);
  return value;
}

/** A list column; a missing row or a null reads as the empty list. */
export function readList(row: Row, key: string): unknown[] {
  const value = column(row, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw mismatch(key, 'a list', value);
  return value as unknown[];
}

/** A list of strings; a missing row or a null reads as the empty list. */
export function readStrings(row: Row, key: string): string[] {
  return readList(row, key).map((value) => {
    if (typeof value !== 'string') throw mismatch(key, 'a list of strings', value);
    return value;
  });
}

/** A string column that may be null or missing. */
export function readOptionalString(row: Row, key: string): string | null {
  const value = column(row, key);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw mismatch(key, 'a string', value);
  return value;
}

/**
 * A column of plain data (maps, lists, numbers, temporal values), converted
 * to JSON-safe values and checked against a schema; the schema's output type
 * is what the caller gets.
 */
export function readPlain<S extends z.ZodType>(
  row: Row,
  key: string,
  schema: S,
  captions?: Captions,
): z.output<S> {
  return decodePlain(column(row, key), key, schema, captions);
}

/** As readPlain, for a value already taken from its record (a column handed to a helper). */
export function decodePlain<S extends z.ZodType>(
  raw: unknown,
  key: string,
  schema: S,
  captions?: Captions,
): z.output<S> {
  const value = toPlain(raw, captions);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw mismatch(key, `data matching its schema (${parsed.error.message})`, value);
  }
  return parsed.data;
}

/** A list of maps (`collect({…})`); a missing row or a null reads as the empty list. */
export function readMaps(row: Row, key: string): Record<string, unknown>[] {
  return readList(row, key).map((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw mismatch(key, 'a list of maps', value);
    }
    return value as Record<string, unknown>;
  });
}

/** A node found inside a map or list column (null when the query's OPTIONAL MATCH found none). */
export function nodeOrNull(value: unknown, column: string): Node | null {
  if (value === null || value === undefined) return null;
  if (!isNode(value)) throw mismatch(column, 'a node or null', value);
  return value;
}
