// Dispatching the named actions of the loaded graph (state/graph-model.ts):
// one store update that records the step in the history and writes the URL
// fields the graph decides (hidden, pinned with places, what panels added),
// so nothing is written twice.
import { record, type History } from '../state/action-history.js';
import { addedIds, type LoadedGraph } from '../state/graph-model.js';
import type { ExplorerState, Store } from '../state/store.js';

/** The store fields a loaded graph decides, for what changed between two graphs. */
export function marks(prev: LoadedGraph, next: LoadedGraph): Partial<ExplorerState> {
  const out: Partial<ExplorerState> = {};
  if (prev.hidden !== next.hidden) out.hiddenNodes = [...next.hidden];
  if (prev.nodes !== next.nodes) out.added = addedIds(next);
  if (prev.pins !== next.pins) {
    out.pinned = Object.keys(next.pins);
    out.pinnedAt = Object.fromEntries(
      Object.entries(next.pins).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]),
    );
  }
  return out;
}

/**
 * Applies a named action to the loaded graph: a step of the history
 * (`step`), or a change undo does not stop at (a view being restored).
 */
export function dispatch(
  store: Store<ExplorerState>,
  name: string,
  action: (g: LoadedGraph) => LoadedGraph,
  step = true,
): void {
  store.update((s) => {
    const next = action(s.loaded.present);
    if (next === s.loaded.present) return {};
    const loaded: History<LoadedGraph> = step
      ? record(s.loaded, name, next)
      : { ...s.loaded, present: next };
    return { loaded, ...marks(s.loaded.present, next) };
  });
}
