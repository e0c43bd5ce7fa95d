// What `npm run seed` says when Neo4j goes away during a load, built from
// driver errors as the driver makes them (no database needed).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { formatStartupError } from '../../../../server/errors.js';
import { interruptedLoadError, lostNeo4j } from '../../../../server/loader/interrupted.js';
import { SeedError } from '../../../../server/loader/loader.js';

const closed = () =>
  new Neo4jError('Connection was closed by server', 'ServiceUnavailable', 'N/A', 'N/A');
/** The loader's wrapping of a statement's failure: file, line, Neo4j's words, the cause. */
const seedError = (cause: Neo4jError) =>
  new SeedError('people.cypher', 12, cause.message, { cause });

describe('interruptedLoadError', () => {
  it('says Neo4j stopped and nothing was written when the connection went before the last statement', () => {
    const text = formatStartupError(
      interruptedLoadError(seedError(closed()), { kind: 'loading', done: 40, total: 100 }),
    );
    expect(text).toMatch(/Neo4j stopped during the load, after 40 of 100 statements/);
    expect(text).toMatch(/Nothing of the data was written/);
    expect(text).toMatch(/run `npm run seed` again/);
    expect(text).not.toMatch(/fix the Cypher/);
  });

  it('names the file and line where the connection was lost', () => {
    const error = interruptedLoadError(seedError(closed()), {
      kind: 'loading',
      done: 0,
      total: 3,
    });
    expect(error?.message).toContain('the connection was lost at people.cypher:12');
  });

  it('promises only old-or-new when the connection went after every statement had answered', () => {
    const error = interruptedLoadError(closed(), { kind: 'loading', done: 3, total: 3 });
    expect(error?.message).toMatch(/either the previous data or all of the new/);
    expect(error?.message).not.toMatch(/Nothing of the data was written/);
  });

  it('says the load was committed when Neo4j stopped during the checks after it', () => {
    const error = interruptedLoadError(closed(), { kind: 'checking', loaded: true });
    expect(error?.message).toMatch(
      /during the integrity checks, after the load had been committed/,
    );
  });

  it('leaves a statement Neo4j refused to its own file-and-line message', () => {
    const refused = new Neo4jError(
      'Invalid input',
      'Neo.ClientError.Statement.SyntaxError',
      'N/A',
      'N/A',
    );
    expect(
      interruptedLoadError(seedError(refused), { kind: 'loading', done: 0, total: 3 }),
    ).toBeUndefined();
  });
});

describe('lostNeo4j', () => {
  it('finds a session-expired error under the error that wraps it', () => {
    const expired = new Neo4jError('Session expired', 'SessionExpired', 'N/A', 'N/A');
    expect(lostNeo4j(new Error('outer', { cause: seedError(expired) }))).toBe(true);
  });

  it('is false for an error that is not the driver losing Neo4j', () => {
    expect(lostNeo4j(new Error('ENOENT: seed folder missing'))).toBe(false);
  });
});
