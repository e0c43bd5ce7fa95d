// The one hand-written Explorer for panel tests in happy-dom: the real store
// and bus, a canvas of plain data (a graph, places, labels) and an API that
// answers only what a test gives it. fakeDataExplorer is the same fake with
// the tables the story and export panels read (reports, their support) and
// a record of the notices and the reports asked for.
import { vi } from 'vitest';
import type { Graph, SourceDetail, SourceSummary } from '../../../../contract/index.js';
import type { ApiClient } from '../../../../client/src/api/client.js';
import { initialState, Store, type ExplorerState } from '../../../../client/src/state/store.js';
import type { Dated } from '../../../../client/src/story/replay.js';
import { Bus } from '../../../../client/src/ui/bus.js';
import type { Canvas } from '../../../../client/src/ui/canvas.js';
import type { Expander } from '../../../../client/src/ui/expand.js';
import type { Explorer } from '../../../../client/src/ui/explorer.js';

type Point = { x: number; y: number };

export interface CanvasData {
  positions?: Record<string, Point>;
  /** Node ids whose label the view shows (all when not given). */
  labelled?: readonly string[];
  /** What the canvas says is selected (none when not given). */
  selected?: () => string[];
}

/** The canvas methods panels read, over one fixed graph (every node visible). */
export function fakeCanvas(graph: Graph, extra: Partial<Canvas> = {}, data: CanvasData = {}) {
  return { ...plainCanvas(graph, data), ...extra } as unknown as Canvas;
}

/** The same canvas as plain data, its spies reachable by a test. */
function plainCanvas(graph: Graph, data: CanvasData) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const places = new Map(
    graph.nodes.map((n, i) => [n.id, data.positions?.[n.id] ?? { x: i * 100, y: 0 }]),
  );
  const has = (id: string) => names.has(id) || graph.edges.some((e) => e.id === id);
  return {
    labelOrder: [...new Set(graph.nodes.flatMap((n) => n.labels))],
    theme: 'light',
    eventLabel: undefined,
    visibleGraph: () => graph,
    allGraph: () => graph,
    nodeIds: () => graph.nodes.map((n) => n.id),
    nameOf: (id: string) => names.get(id),
    applyFilter: () => undefined,
    positions: () => new Map(places),
    setPositions: vi.fn((p: Record<string, Point>) => {
      for (const [id, at] of Object.entries(p)) if (places.has(id)) places.set(id, at);
    }),
    glideViewTo: vi.fn(() => Promise.resolve()),
    selectedNodeIds: () => data.selected?.() ?? [],
    has,
    isEdge: (id: string) => graph.edges.some((e) => e.id === id),
    labelledNodes: () =>
      graph.nodes.map((n) => ({
        id: n.id,
        text: n.name,
        shown: data.labelled?.includes(n.id) ?? true,
      })),
    svgWithLabels: vi.fn(
      (_bg: string, labels: ReadonlyMap<string, string>) =>
        `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">${[...labels.values()].map((t) => `<text>${t}</text>`).join('')}</svg>`,
    ),
    coverBottom: vi.fn(),
    fit: vi.fn(),
  };
}

export function fakeExplorer(
  opts: {
    api?: Partial<ApiClient>;
    canvas?: Canvas;
    state?: Partial<ExplorerState>;
    store?: Store<ExplorerState>;
  } = {},
): Explorer {
  const store = opts.store ?? new Store<ExplorerState>({ ...initialState(), ...opts.state });
  return {
    api: (opts.api ?? {}) as ApiClient,
    store,
    bus: new Bus(),
    canvas: opts.canvas ?? fakeCanvas({ nodes: [], edges: [] }),
    schema: undefined,
    asOf: () => ({ asOf: store.get().asOf, clock: store.get().clock }),
  };
}

export interface FakeOptions extends CanvasData {
  graph: Graph;
  sources?: SourceSummary[];
  supported?: Record<string, SourceDetail['supported']>;
  state?: Partial<ExplorerState>;
}

/** fakeExplorer with report tables, recording notices and the reports asked for. */
export function fakeDataExplorer(o: FakeOptions) {
  const store = new Store<ExplorerState>({ ...initialState(), ...o.state });
  const canvas = {
    ...plainCanvas(o.graph, {
      positions: o.positions,
      labelled: o.labelled,
      selected: () => store.get().selected,
    }),
    nameOf: (id: string) => o.graph.nodes.find((n) => n.id === id)?.name ?? id,
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
    // Every page at once, as the first page the test gives (its timeline mock).
    timelineAll: vi.fn(async () => ({ events: (await api.timeline()).events, complete: true })),
  };
  const ctx = fakeExplorer({
    api: api as unknown as Partial<ApiClient>,
    canvas: canvas as unknown as Canvas,
    store,
  });
  const notices: { text: string; kind?: string }[] = [];
  ctx.bus.on('notice', (n) => notices.push(n));
  return {
    ctx,
    store,
    canvas,
    api,
    notices,
    asked,
  };
}

/** An expander that records what it was asked to do. */
export function fakeExpander(): Expander & { calls: string[] } {
  const calls: string[] = [];
  const log =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${JSON.stringify(args)}`);
      return Promise.resolve();
    };
  const e = {
    calls,
    reveal: log('reveal'),
    expand: log('expand'),
    hide: log('hide'),
    togglePin: log('togglePin'),
    focus: log('focus'),
    showHidden: log('showHidden'),
    doUndo: log('doUndo'),
    doRedo: log('doRedo'),
    onChange: () => undefined,
    undo: { canUndo: false, canRedo: false },
  };
  return e as unknown as Expander & { calls: string[] };
}

/** Lets pending promise callbacks (an API answer) run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
