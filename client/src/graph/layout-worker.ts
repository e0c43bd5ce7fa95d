// The layout worker: fcose positions for a graph sent by the canvas, computed
// off the page's thread (see offthread-layout.ts).
import { fcosePositions, type LayoutInput } from './fcose-positions.js';

self.onmessage = (ev: MessageEvent<LayoutInput>) => {
  try {
    self.postMessage({ positions: fcosePositions(ev.data) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
