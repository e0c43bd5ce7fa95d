import type { SyntheticGraph } from './generate/graph.js';

export interface BenchCase {
  name: string;
  path: string;
  body?: { cypher: string };
  /** Per-node endpoints are measured on a hub and on a leaf. */
  node?: 'hub' | 'leaf';
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2020, m ?? 1, 0)).toISOString().slice(0, 10);
};

/** The endpoints the benchmark measures, with ids picked from the synthetic graph. */
export function benchCases(picks: SyntheticGraph['picks']): BenchCase[] {
  const { hub, leaf, leafEvent, chainEvent, month } = picks;
  const perNode = (name: string, path: (id: string) => string): BenchCase[] => [
    { name, path: path(hub), node: 'hub' },
    { name, path: path(leaf), node: 'leaf' },
  ];
  return [
    { name: 'health', path: '/api/health' },
    { name: 'search', path: '/api/search?q=magnet' },
    ...perNode('node detail', (id) => `/api/nodes/${id}`),
    ...perNode('neighbours depth 1', (id) => `/api/nodes/${id}/neighbors`),
    ...perNode('neighbours depth 2', (id) => `/api/nodes/${id}/neighbors?depth=2&limit=200`),
    { name: 'overview', path: '/api/overview' },
    { name: 'shortest path', path: `/api/paths?from=${leaf}&to=person:0` },
    { name: 'timeline (first page)', path: '/api/timeline' },
    {
      name: `timeline (${month})`,
      path: `/api/timeline?from=${month}-01&to=${lastDay(month)}`,
    },
    { name: 'event chain', path: `/api/events/${chainEvent}/chain?depth=6`, node: 'hub' },
    { name: 'event chain', path: `/api/events/${leafEvent}/chain?depth=6`, node: 'leaf' },
    { name: 'claims', path: '/api/claims' },
    { name: 'sources', path: '/api/sources' },
    { name: 'source detail', path: '/api/sources/src:0' },
    { name: 'schema', path: '/api/schema' },
    {
      name: 'analyst query',
      path: '/api/query',
      body: {
        cypher:
          'MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event) RETURN p.name AS person, e.name AS event LIMIT 200',
      },
    },
  ];
}
