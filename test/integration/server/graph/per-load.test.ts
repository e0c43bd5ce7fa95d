// Answers that read the store's schema or Neo4j's routines are read once per
// load on the real Neo4j: a second request gives the same answer without
// running the costly query again.
import { describe, expect, it } from 'vitest';
import type { GraphContext } from '../../../../server/graph/context.js';
import { datasetInfo } from '../../../../server/graph/dataset-info.js';
import { graphSchema } from '../../../../server/graph/schema.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();

/** The seed's context, counting the queries it sends that contain `text`. */
function counting(text: string): { ctx: GraphContext; count: () => number } {
  let n = 0;
  const ctx: GraphContext = {
    ...graph.ctx,
    read(cypher, params) {
      if (cypher.includes(text)) n++;
      return graph.ctx.read(cypher, params);
    },
  };
  return { ctx, count: () => n };
}

describe('per-load answers', () => {
  it('samples the schema once for two dataset answers, which are equal', async () => {
    const { ctx, count } = counting('db.schema.nodeTypeProperties');
    const first = await datasetInfo(ctx);
    const second = await datasetInfo(ctx);
    expect(second).toEqual(first);
    expect(Object.keys(first.captions).length).toBeGreaterThan(0);
    expect(count()).toBe(1);
  });

  it('lists functions and procedures once for two schema answers, which are equal', async () => {
    const { ctx, count } = counting('SHOW FUNCTIONS');
    const first = await graphSchema(ctx);
    const second = await graphSchema(ctx);
    expect(second).toEqual(first);
    expect(first.functions.length).toBeGreaterThan(0);
    expect(count()).toBe(1);
  });
});
