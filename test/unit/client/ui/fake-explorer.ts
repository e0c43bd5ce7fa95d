// A hand-written Explorer for panel tests in happy-dom: the real store and
// bus, an API and a canvas that answer only what a test gives them.
import type { Graph } from '../../../../contract/index.js';
import type { ApiClient } from '../../../../client/src/api/client.js';
import { initialState, Store, type ExplorerState } from '../../../../client/src/state/store.js';
import { Bus } from '../../../../client/src/ui/bus.js';
import type { Canvas } from '../../../../client/src/ui/canvas.js';
import type { Expander } from '../../../../client/src/ui/expand.js';
import type { Explorer } from '../../../../client/src/ui/explorer.js';

/** The canvas methods panels read, over one fixed graph (every node visible). */
export function fakeCanvas(graph: Graph, extra: Partial<Canvas> = {}): Canvas {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const canvas = {
    labelOrder: [...new Set(graph.nodes.flatMap((n) => n.labels))],
    theme: 'light',
    visibleGraph: () => graph,
    allGraph: () => graph,
    nodeIds: () => graph.nodes.map((n) => n.id),
    nameOf: (id: string) => names.get(id),
    applyFilter: () => undefined,
    ...extra,
  };
  return canvas as unknown as Canvas;
}

export function fakeExplorer(
  opts: { api?: Partial<ApiClient>; canvas?: Canvas; state?: Partial<ExplorerState> } = {},
): Explorer {
  const store = new Store<ExplorerState>({ ...initialState(), ...opts.state });
  return {
    api: (opts.api ?? {}) as ApiClient,
    store,
    bus: new Bus(),
    canvas: opts.canvas ?? fakeCanvas({ nodes: [], edges: [] }),
    schema: undefined,
    asOf: () => ({ asOf: store.get().asOf, clock: store.get().clock }),
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
