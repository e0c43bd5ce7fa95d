import { describe, expect, it } from 'vitest';
import { endpointQueries, percentile } from '../../../bench/measure.js';

const q = (cypher: string) => ({ cypher, params: {}, config: {} });

describe('endpointQueries', () => {
  it("drops the vocabulary refresh the API caches and keeps the endpoint's own queries", () => {
    const recorded = [
      q('CALL db.labels() YIELD label WITH collect(label) AS labels RETURN labels'),
      q('SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names'),
      q('  SHOW CONSTRAINTS YIELD entityType RETURN entityType'),
      q('MATCH (n {id: $id}) RETURN n'),
      q('CALL () { MATCH (m:_SeedLoad) RETURN m } RETURN 1'),
    ];
    expect(endpointQueries(recorded).map((x) => x.cypher)).toEqual([
      'MATCH (n {id: $id}) RETURN n',
      'CALL () { MATCH (m:_SeedLoad) RETURN m } RETURN 1',
    ]);
  });
});

describe('percentile', () => {
  it('reads the nearest rank of a sorted list', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
  });
});
