import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../../../server/errors.js';
import { verifyDriver } from '../../../../server/neo4j/driver.js';

/** A hand-written fake: a driver whose connectivity check fails as told. */
const failingDriver = (error: Error) =>
  ({ verifyConnectivity: () => Promise.reject(error) }) as unknown as Driver;

describe('verifyDriver', () => {
  it('reports a refused password as NEO4J_AUTH_FAILED with what to check', async () => {
    const refused = new Neo4jError(
      'The client is unauthorized',
      'Neo.ClientError.Security.Unauthorized',
      '42NFF',
      'error: unauthorized',
    );
    const error = await verifyDriver(
      failingDriver(refused),
      'neo4j+s://x.databases.neo4j.io',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(error).toMatchObject({
      code: 'NEO4J_AUTH_FAILED',
      hint: expect.stringMatching(/NEO4J_PASSWORD/),
    });
  });

  it('reports an unreachable server as NEO4J_UNREACHABLE naming the URI', async () => {
    const down = new Neo4jError(
      'Could not perform discovery',
      'ServiceUnavailable',
      '08000',
      'error: connection exception',
    );
    const error = await verifyDriver(failingDriver(down), 'bolt://db.example:7687').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'NEO4J_UNREACHABLE',
      message: expect.stringContaining('bolt://db.example:7687'),
    });
  });
});
