// The real test Neo4j seen as the graph modules see it: a driver and a
// GraphContext with the bundled seed's profile, opened before a file's tests
// and closed after them.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { datasetOptions } from '../../server/app.js';
import { createGraphContext, type GraphContext } from '../../server/graph/context.js';
import { defaultProfile } from '../../core/dataset/profile.js';
import { testDriver } from './db.js';

export interface SeedGraph {
  readonly driver: Driver;
  readonly ctx: GraphContext;
}

export function useSeedGraph(): SeedGraph {
  let driver: Driver | undefined;
  let ctx: GraphContext | undefined;
  beforeAll(() => {
    driver = testDriver();
    ctx = createGraphContext(driver, undefined, datasetOptions().profile ?? defaultProfile);
  });
  afterAll(async () => {
    await driver?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSeedGraph() is read before its beforeAll ran.');
    return value;
  };
  return {
    get driver() {
      return ready(driver);
    },
    get ctx() {
      return ready(ctx);
    },
  };
}
