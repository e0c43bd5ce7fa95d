// What every panel gets: the API, the store (the one view state), the bus for
// transient events, and the canvas module (the only code that touches Cytoscape).
import type { GraphSchema } from '../../../contract/index.js';
import type { ApiClient, AsOf } from '../api/client.js';
import type { ExplorerState, Store } from '../state/store.js';
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
}
