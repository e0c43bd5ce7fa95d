// Dispatching the named actions of the loaded graph (state/graph-model.ts):
// one store update that records the step in the history. The URL's graph
// fields are read from the graph itself (state/store.ts `viewOf`), so
// nothing is written twice.
import { record, type History } from '../state/action-history.js';
import type { LoadedGraph } from '../state/graph-model.js';
import type { ExplorerState, Store } from '../state/store.js';

/**
 * Applies a named action to the loaded graph: a step of the history
 * (`step`), or a change undo does not stop at (a view being loaded).
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
    return { loaded };
  });
}
