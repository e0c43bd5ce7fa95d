// What every panel gets: the API, the store (the one view state), the bus for
// transient events, and the canvas module (the only code that touches Cytoscape).
import type { GraphSchema } from '../../../contract/index.js';
import type { ApiClient, AsOf } from '../api/client.js';
import type { ExplorerState, Store } from '../state/store.js';
import type { ViewState } from '../state/url-state.js';
import type { Bus } from './bus.js';
import type { Canvas } from './canvas.js';

export interface Explorer {
  api: ApiClient;
  /** The one state: read with get(), change with update(), follow with subscribe(). */
  store: Store<ExplorerState>;
  /** Transient events only (notices, "open this query"); state changes go through the store. */
  bus: Bus;
  canvas: Canvas;
  schema: GraphSchema | undefined;
  asOf(): AsOf;
  /**
   * A view of the store for the workbench module, which still assigns fields
   * (`state.query = …`): reads come from the store and each assignment is a
   * store update. New code uses `store`.
   */
  readonly state: ViewState;
  /** No-op kept for the same module: the URL follows the store by itself. */
  saveUrl(): void;
}

/** A ViewState whose fields read from and write to the store. */
export function storeView(store: Store<ExplorerState>): ViewState {
  return new Proxy({} as ViewState, {
    get: (_t, key) => (store.get() as unknown as Record<string | symbol, unknown>)[key],
    set: (_t, key, value: unknown) => {
      if (typeof key !== 'string') return false;
      store.update(Object.assign<Partial<ExplorerState>, object>({}, { [key]: value }));
      return true;
    },
  });
}
