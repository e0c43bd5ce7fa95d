import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { ApiError } from '../../../../server/errors.js';
import {
  errorPosition,
  fromNeo4jError,
  fromRawNeo4jError,
  isAuthFailure,
  isSchemaRuleAlreadyThere,
  isUnavailable,
  neo4jMessage,
  shiftPosition,
  toRawNeo4jError,
} from '../../../../server/neo4j/errors.js';

describe('errorPosition', () => {
  it("reads Neo4j's line, column and offset", () => {
    expect(errorPosition("Invalid input 'LIMT' (line 2, column 10 (offset: 19))")).toEqual({
      line: 2,
      column: 10,
      offset: 19,
    });
  });

  it('returns undefined when the message has no position', () => {
    expect(errorPosition('Something else')).toBeUndefined();
  });
});

describe('shiftPosition', () => {
  it('moves a first-line position back by the prefix length', () => {
    expect(shiftPosition({ line: 1, column: 20, offset: 19 }, 8)).toEqual({
      line: 1,
      column: 12,
      offset: 11,
    });
  });

  it('keeps the column on later lines, where the prefix is not', () => {
    expect(shiftPosition({ line: 3, column: 4, offset: 40 }, 8)).toEqual({
      line: 3,
      column: 4,
      offset: 32,
    });
  });
});

const neo = (code: string, message = 'boom') => new Neo4jError(message, code, 'N/A', 'N/A');
const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : 'unmapped');

describe('fromNeo4jError', () => {
  it.each([
    ['Neo.ClientError.Statement.SyntaxError', 'CYPHER_SYNTAX_ERROR'],
    ['Neo.ClientError.Statement.ArgumentError', 'CYPHER_ERROR'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'QUERY_TOO_LARGE'],
    ['Neo.TransientError.Transaction.Terminated', 'QUERY_TERMINATED'],
    ['Neo.ClientError.Statement.AccessMode', 'QUERY_REFUSED'],
    ['Neo.ClientError.Security.Forbidden', 'QUERY_REFUSED'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'NEO4J_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'NEO4J_UNAVAILABLE'],
    ['ServiceUnavailable', 'NEO4J_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'NEO4J_UNAVAILABLE'],
  ])('maps %s to %s', (code, expected) => {
    expect(codeOf(fromNeo4jError(neo(code)))).toBe(expected);
  });

  it("maps a statement's DatabaseError to CYPHER_ERROR with Neo4j's first line for an analyst", () => {
    const error = neo(
      'Neo.DatabaseError.Statement.ExecutionFailed',
      'The shortest path algorithm does not work when the start and end nodes are the same.\nmore',
    );
    const mapped = fromNeo4jError(error, 'analyst');
    expect(codeOf(mapped)).toBe('CYPHER_ERROR');
    expect((mapped as ApiError).message).toBe(
      'The shortest path algorithm does not work when the start and end nodes are the same.',
    );
  });

  it("leaves a DatabaseError from the app's own query unmapped (our bug, a 500)", () => {
    expect(codeOf(fromNeo4jError(neo('Neo.DatabaseError.Statement.ExecutionFailed'), 'app'))).toBe(
      'unmapped',
    );
  });

  it("maps the driver's connection acquisition timeout to NEO4J_UNAVAILABLE", () => {
    const error = neo('N/A', 'Connection acquisition timed out in 10000 ms. Pool status: …');
    expect(codeOf(fromNeo4jError(error))).toBe('NEO4J_UNAVAILABLE');
    expect(isUnavailable(error)).toBe(true);
  });

  it('returns errors that are not Neo4j errors unchanged', () => {
    const plain = new Error('x');
    expect(fromNeo4jError(plain)).toBe(plain);
  });
});

describe('isAuthFailure', () => {
  it('tells a refused password from a server that is down', () => {
    expect(isAuthFailure(neo('Neo.ClientError.Security.Unauthorized', 'unauthorized'))).toBe(true);
    expect(isAuthFailure(neo('ServiceUnavailable', 'discovery failed'))).toBe(false);
  });
});

describe('isSchemaRuleAlreadyThere', () => {
  it("accepts an existing constraint (a reload's CREATE) but not a schema syntax error", () => {
    const exists = 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';
    expect(isSchemaRuleAlreadyThere(neo(exists, 'already exists'))).toBe(true);
    const syntax = neo('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    expect(isSchemaRuleAlreadyThere(syntax)).toBe(false);
  });
});

describe('neo4jMessage', () => {
  it("keeps Neo4j's first line and any other error's whole message", () => {
    const error = neo('Neo.ClientError.Statement.SyntaxError', 'Invalid input\n"MATCH (n"\n ^');
    expect(neo4jMessage(error)).toBe('Invalid input');
    expect(neo4jMessage(new Error('two\nlines'))).toBe('two\nlines');
  });
});

describe('a driver error posted by a worker', () => {
  it('is classified in the parent as it would have been in the worker', () => {
    const timedOut = neo(
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'terminated',
    );
    const raw = structuredClone(toRawNeo4jError(timedOut));
    expect(fromRawNeo4jError(raw)).toMatchObject({ code: 'QUERY_TIMEOUT' });
  });

  it("says N/A for the code of an error that is not Neo4j's", () => {
    expect(toRawNeo4jError(new TypeError('boom'))).toEqual({
      code: 'N/A',
      message: 'boom',
      retriable: false,
    });
  });
});
