import { SeedStatus, type Health } from '../../contract/index.js';
import { EDITS_LABEL, PRIVATE_LABEL, SEED_LOAD_LABEL } from './bookkeeping.js';
import type { Driver } from '../neo4j/driver.js';
import { isCredentialsRefused, isUnavailable } from '../neo4j/errors.js';
import { readPlain } from '../neo4j/decode.js';
import { probeQuery } from '../neo4j/execute.js';

/** Reports whether Neo4j answers, what it is, how big the graph is and when seeds were loaded. */
export async function readHealth(driver: Driver, database: string | undefined): Promise<Health> {
  try {
    const components = await probeQuery(
      driver,
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database },
    );
    const counts = await probeQuery(
      driver,
      // Plain counts come from Neo4j's count store, in constant time.
      `CALL () { MATCH (n) RETURN count(n) AS total }
       CALL () { MATCH (m:${SEED_LOAD_LABEL}) RETURN count(m) AS loads }
       CALL () { MATCH (m:${PRIVATE_LABEL}) RETURN count(m) AS private }
       CALL () { MATCH (m:${EDITS_LABEL}) RETURN count(m) AS edits }
       WITH total, loads + private + edits AS bookkeeping
       WITH total - bookkeeping AS nodes
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (m:${SEED_LOAD_LABEL})
                 RETURN collect({dataset: m.dataset, loadedAt: m.loadedAt, checksum: m.checksum}) AS seed }
       RETURN nodes, relationships, seed`,
      {},
      { database },
    );
    const c = components.records[0];
    const row = counts.records[0];
    const seed = readPlain(row, 'seed', SeedStatus.array());
    return {
      status: 'ok',
      neo4j: {
        connected: true,
        version: String(c?.get('version') ?? ''),
        edition: String(c?.get('edition') ?? ''),
      },
      counts: {
        nodes: Number(row?.get('nodes') ?? 0),
        relationships: Number(row?.get('relationships') ?? 0),
      },
      seed: seed.map((s) => ({
        dataset: s.dataset,
        loadedAt: s.loadedAt ?? null,
        checksum: s.checksum ?? null,
      })),
    };
  } catch (error) {
    if (isCredentialsRefused(error)) return credentialsRefused();
    if (!isUnavailable(error)) throw error;
    return {
      status: 'unavailable',
      neo4j: {
        connected: false,
        version: null,
        edition: null,
        message: 'Neo4j is not reachable; the server keeps retrying and recovers by itself.',
      },
      counts: null,
      seed: [],
    };
  }
}

/** Neo4j answers but will not let the app's user in: every read would fail. */
function credentialsRefused(): Health {
  return {
    status: 'degraded',
    degraded:
      "Neo4j refuses this server's login (its user is locked or its password changed); requests that read the graph fail until it lets the user in again.",
    neo4j: {
      connected: false,
      version: null,
      edition: null,
      message: "Neo4j refused the server's user name or password.",
    },
    counts: null,
    seed: [],
  };
}
