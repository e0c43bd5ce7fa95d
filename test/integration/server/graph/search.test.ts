// Search on the real Neo4j: the full-text index keeps only its best hits and
// the name scan without an index is capped, and each still finds the node named.
import { describe, expect, it } from 'vitest';
import { SearchQuery } from '../../../../contract/index.js';
import type { GraphContext } from '../../../../server/graph/context.js';
import { search } from '../../../../server/graph/search.js';
import { toGraphNode, type Node } from '../../../../server/neo4j/convert.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();
const ask = (ctx: GraphContext, raw: Record<string, string>) => search(ctx, SearchQuery.parse(raw));

describe('search', () => {
  it('puts the exact name first from the full-text index', async () => {
    const result = await ask(graph.ctx, { q: 'China' });
    expect(result.mode).toBe('fulltext');
    expect(result.hits[0]?.id).toBe('country:china');
  });

  it('keeps only the labels asked for and still finds the exact name', async () => {
    const result = await ask(graph.ctx, { q: 'China', labels: 'Country' });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.labels.includes('Country'))).toBe(true);
    expect(result.hits[0]?.id).toBe('country:china');
  });

  it('finds the exact name by the capped name scan when there is no full-text index', async () => {
    const ctx: GraphContext = {
      ...graph.ctx,
      vocabulary: async () => ({ ...(await graph.ctx.vocabulary()), fulltextIndexes: [] }),
    };
    const result = await ask(ctx, { q: 'China' });
    expect(result.mode).toBe('name-scan');
    expect(result.hits[0]?.id).toBe('country:china');
  });

  it('names, ids and labels each hit as the whole node would', async () => {
    const result = await ask(graph.ctx, { q: 'export', limit: '20' });
    expect(result.hits.length).toBeGreaterThan(2);
    for (const hit of result.hits) {
      const { records } = await graph.driver.executeQuery('MATCH (n {id: $id}) RETURN n', {
        id: hit.id,
      });
      const node = toGraphNode(records[0]?.get('n') as Node, graph.ctx.profile.captions);
      expect({ id: hit.id, name: hit.name, labels: hit.labels }).toEqual({
        id: node.id,
        name: node.name,
        labels: node.labels,
      });
    }
  });

  // What a person types, and what they mean: the first hit. Misspelt, in
  // another spelling, by a synonym, words in any order, with an emoji.
  it.each([
    ['China', 'country:china'],
    ['MEA', 'org:mea-india'],
    ['MEA spokesman', 'person:randhir-jaiswal'],
    ['spokesperson MEA', 'person:randhir-jaiswal'],
    ['Jaiswall', 'person:randhir-jaiswal'],
    ['Jaiswal Randhir', 'person:randhir-jaiswal'],
    ['🧲 magnets', 'commodity:rare-earth-magnets'],
    ['magnets rare earth', 'commodity:rare-earth-magnets'],
    ['licences', 'event:2025-10-china-licences-indian-firms'],
    ['license', 'condition:export-licence-required'],
    ['licenses Indian firms', 'event:2025-10-china-licences-indian-firms'],
  ])('%j finds %s first', async (q, id) => {
    const result = await ask(graph.ctx, { q, limit: '5' });
    expect(result.hits.map((h) => h.id)[0], JSON.stringify(result.hits.map((h) => h.id))).toBe(id);
  });
});
