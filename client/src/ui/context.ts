// What every panel gets: the API, the bus, the canvas and the shared view state.
import type { GraphSchema } from '../../../contract/index.js';
import type { ApiClient, AsOf } from '../api/client.js';
import type { ViewState } from '../state/url-state.js';
import type { Bus } from './bus.js';
import type { Canvas } from './canvas.js';

export interface Ctx {
  api: ApiClient;
  bus: Bus;
  canvas: Canvas;
  state: ViewState;
  schema: GraphSchema | undefined;
  /** Writes the state into the URL (replaceState; no page load). */
  saveUrl(): void;
  asOf(): AsOf;
}
