/**
 * The one table of Neo4j's errors. Every failure that comes out of the
 * driver is classified here, once, into the API's error codes. Who sent the
 * Cypher matters: a DatabaseError caused by an analyst's own query is their
 * mistake to fix (4xx with Neo4j's words); the same class from the
 * explorer's own queries is our bug (500, logged with the request id).
 */
import { Neo4jError } from 'neo4j-driver';
import { ApiError } from '../errors.js';

export type CypherAuthor = 'analyst' | 'app';

const firstLine = (message: string) => message.split('\n')[0] ?? message;

interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Reads "(line 2, column 7 (offset: 19))" from a Neo4j error message. */
export function errorPosition(message: string): Position | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

/**
 * Neo4j's position of an error in `EXPLAIN <query>`, moved back onto the
 * analyst's own text (the prefix sits on line 1 only).
 */
export function shiftPosition(position: Position | undefined, prefixLength: number) {
  if (!position) return undefined;
  return {
    line: position.line,
    column: position.line === 1 ? Math.max(1, position.column - prefixLength) : position.column,
    offset: Math.max(0, position.offset - prefixLength),
  };
}

/** True when Neo4j refused the user name or password (start-up reports it as such). */
export function isAuthFailure(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.includes('Security.Unauthorized');
}

/**
 * True when Neo4j will not let this server's own user in: a wrong or
 * changed password, or a user locked after others' failed logins. Not the
 * request's fault: the service cannot reach its data.
 */
export function isCredentialsRefused(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(error.code)
  );
}

/** True when Neo4j stopped a transaction at its time limit (a search that gives up rather than fails). */
export function isTimedOut(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.includes('TransactionTimedOut');
}

/** Neo4j's codes for a schema rule that is already there: a reload's CREATE without IF NOT EXISTS. */
const ALREADY_THERE =
  /EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/;

/** True when a schema command failed only because its index or constraint exists (the loader goes on). */
export function isSchemaRuleAlreadyThere(error: unknown): boolean {
  return error instanceof Neo4jError && ALREADY_THERE.test(error.code);
}

/** What a failure says to a person: Neo4j's first line (the rest is its detail), else the message. */
export function neo4jMessage(error: unknown): string {
  if (error instanceof Neo4jError) return firstLine(error.message);
  return error instanceof Error ? error.message : String(error);
}

/**
 * A driver error as data, for a worker thread to post: its class does not
 * survive the message, so the parent rebuilds it (fromRawNeo4jError).
 */
export interface RawNeo4jError {
  code: string;
  message: string;
  retriable: boolean;
}

export function toRawNeo4jError(error: unknown): RawNeo4jError {
  const e = error as { code?: unknown; message?: unknown; retriable?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : 'N/A',
    message: typeof e.message === 'string' ? e.message : String(error),
    retriable: e.retriable === true,
  };
}

/** The API's error for an error a worker posted, classified as the analyst's (see fromNeo4jError). */
export function fromRawNeo4jError(raw: RawNeo4jError): unknown {
  return fromNeo4jError(new Neo4jError(raw.message, raw.code, 'N/A', 'N/A'), 'analyst');
}

/** True for driver errors that mean "the database is not reachable right now". */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    isUnavailableCode(error.code, error.message) ||
    (error.retriable === true && /connect|unavailable/i.test(error.message))
  );
}

type Rule = {
  test: (code: string, message: string) => boolean;
  map: (error: Neo4jError, author: CypherAuthor, prefixLength: number) => ApiError | undefined;
};

const unavailable = () =>
  new ApiError(
    'NEO4J_UNAVAILABLE',
    'The graph database is not reachable right now. Try again in a few seconds.',
  );

function cypherError(error: Neo4jError, prefixLength: number): ApiError {
  const message = firstLine(error.message);
  const position = shiftPosition(errorPosition(message), prefixLength);
  const text = message.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '');
  const where = position ? ` (line ${position.line}, column ${position.column})` : '';
  const code =
    error.code === 'Neo.ClientError.Statement.SyntaxError' ? 'CYPHER_SYNTAX_ERROR' : 'CYPHER_ERROR';
  return new ApiError(code, `${text}${where}`, { neo4jCode: error.code, ...position });
}

/** In order: the first rule whose test matches decides. */
const RULES: Rule[] = [
  { test: (code, message) => isUnavailableCode(code, message), map: unavailable },
  {
    test: (code) => code.includes('TransactionTimedOut'),
    map: () =>
      new ApiError(
        'QUERY_TIMEOUT',
        'The query ran past its time limit. Narrow it (labels, LIMIT, shorter patterns).',
      ),
  },
  {
    test: (code) => /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemory/.test(code),
    map: () =>
      new ApiError(
        'QUERY_TOO_LARGE',
        'The query needed more memory than one query may use. Narrow it or add LIMIT.',
      ),
  },
  {
    test: (code) => code.endsWith('Transaction.Terminated') || code.endsWith('LockClientStopped'),
    map: () =>
      new ApiError(
        'QUERY_TERMINATED',
        'The database stopped this query before it finished (it was terminated). Run it again.',
      ),
  },
  {
    test: (code) =>
      /Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(code),
    map: () =>
      new ApiError(
        'NEO4J_UNAVAILABLE',
        "The graph database refused this server's own login (its user may be locked or its password changed). Try again in a few seconds.",
      ),
  },
  {
    test: (code) =>
      code === 'Neo.ClientError.Statement.AccessMode' ||
      code.startsWith('Neo.ClientError.Security'),
    map: (error) =>
      new ApiError('QUERY_REFUSED', `Refused by the database: ${firstLine(error.message)}`, {
        neo4jCode: error.code,
      }),
  },
  { test: (code) => code.startsWith('Neo.ClientError.'), map: (e, _a, p) => cypherError(e, p) },
  {
    // Run-time failures of a statement (shortestPath with one node at both
    // ends, a bad argument to a function): the analyst's query caused them.
    test: (code) => code.startsWith('Neo.DatabaseError.Statement.'),
    map: (e, author, p) => (author === 'analyst' ? cypherError(e, p) : undefined),
  },
  { test: (code) => code.startsWith('Neo.TransientError.'), map: unavailable },
];

function isUnavailableCode(code: string, message: string): boolean {
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    message.startsWith('Connection acquisition timed out')
  );
}

/**
 * Maps a Neo4j error to the API's error, or returns the error unchanged
 * when it is not Neo4j's or is our own bug (the error middleware then
 * answers 500 and logs it).
 */
export function fromNeo4jError(error: unknown, author: CypherAuthor = 'app', prefixLength = 0) {
  if (!(error instanceof Neo4jError)) return error;
  const rule = RULES.find((r) => r.test(error.code, error.message));
  return rule?.map(error, author, prefixLength) ?? error;
}
