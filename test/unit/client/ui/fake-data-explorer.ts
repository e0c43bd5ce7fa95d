// A hand-written stand-in for the explorer's context (ui/explorer.ts) for
// the story and export panels' tests without a browser: a real store, a
// canvas of plain data (a graph, places, labels), an API answering from
// tables, and a bus that records its notices. Panels that need the real bus
// and an expander use fake-explorer.ts.
import { vi } from 'vitest';
import type { Graph, SourceDetail, SourceSummary } from '../../../../contract/index.js';
import { initialState, Store, type ExplorerState } from '../../../../client/src/state/store.js';
import type { Explorer } from '../../../../client/src/ui/explorer.js';
import type { Dated } from '../../../../client/src/story/replay.js';

export interface FakeOptions {
  graph: Graph;
  positions?: Record<string, { x: number; y: number }>;
  /** Node ids whose label the view shows. */
  labelled?: readonly string[];
  sources?: SourceSummary[];
  supported?: Record<string, SourceDetail['supported']>;
  state?: Partial<ExplorerState>;
}

export function fakeDataExplorer(o: FakeOptions) {
  const notices: { text: string; kind?: string }[] = [];
  const store = new Store<ExplorerState>({ ...initialState(), ...o.state });
  const positions = new Map(
    o.graph.nodes.map((n, i) => [n.id, o.positions?.[n.id] ?? { x: i * 100, y: 0 }]),
  );
  const canvas = {
    labelOrder: [] as string[],
    eventLabel: undefined,
    visibleGraph: () => o.graph,
    allGraph: () => o.graph,
    positions: () => new Map(positions),
    setPositions: vi.fn((p: Record<string, { x: number; y: number }>) => {
      for (const [id, at] of Object.entries(p)) if (positions.has(id)) positions.set(id, at);
    }),
    glideViewTo: vi.fn(() => Promise.resolve()),
    selectedNodeIds: () => store.get().selected,
    has: (id: string) =>
      o.graph.nodes.some((n) => n.id === id) || o.graph.edges.some((e) => e.id === id),
    isEdge: (id: string) => o.graph.edges.some((e) => e.id === id),
    nameOf: (id: string) => o.graph.nodes.find((n) => n.id === id)?.name ?? id,
    labelledNodes: () =>
      o.graph.nodes.map((n) => ({
        id: n.id,
        text: n.name,
        shown: o.labelled?.includes(n.id) ?? true,
      })),
    svgWithLabels: vi.fn(
      (_bg: string, labels: ReadonlyMap<string, string>) =>
        `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">${[...labels.values()].map((t) => `<text>${t}</text>`).join('')}</svg>`,
    ),
    coverBottom: vi.fn(),
    fit: vi.fn(),
  };
  const asked: string[] = [];
  const api = {
    sources: () => Promise.resolve({ sources: o.sources ?? [], total: 0, nextOffset: null }),
    source: (id: string) => {
      asked.push(id);
      const supported = o.supported?.[id];
      if (!supported) return Promise.reject(new Error(`no report ${id}`));
      const source = (o.sources ?? []).find((s) => s.id === id);
      return Promise.resolve({ source, supported, graph: { nodes: [], edges: [] } });
    },
    nodes: vi.fn(() => Promise.resolve({ nodes: [], edges: [] })),
    timeline: vi.fn((): Promise<{ events: Dated[] }> => Promise.resolve({ events: [] })),
  };
  const bus = { emit: (_: string, n: { text: string; kind?: string }) => notices.push(n) };
  const ctx = { store, canvas, api, bus, schema: undefined } as unknown as Explorer;
  return { ctx, store, canvas, api, notices, asked };
}
