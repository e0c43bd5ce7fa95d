// Level of detail while the view moves. Past LARGE_GRAPH elements, redrawing
// every edge and label on each frame of a pan or zoom is what drops the
// frame rate in a software-rendered canvas; Cytoscape can instead hide edges
// and draw a cached picture of the nodes while the user drags or wheels,
// then draw everything once the view settles. Small graphs keep the full
// drawing, where it costs nothing and looks steadier.
import type { Core } from 'cytoscape';

/** Elements (nodes + edges) above which moving the view draws less. */
export const LARGE_GRAPH = 2_000;

/** The renderer settings Cytoscape reads on every frame (see its init options of the same names). */
interface ViewportSettings {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

export function viewportSettings(elements: number): ViewportSettings {
  const large = elements > LARGE_GRAPH;
  return { hideEdgesOnViewport: large, textureOnViewport: large };
}

function isSettings(r: unknown): r is ViewportSettings {
  return typeof r === 'object' && r !== null && 'hideEdgesOnViewport' in r;
}

/**
 * Keeps the renderer's viewport settings in step with the graph's size.
 * Cytoscape takes them only as options when it starts, before the graph
 * exists, but its canvas renderer reads them from itself on each frame, so
 * they are set there when elements come and go. `onCount` hears the same
 * count (the stylesheet follows it too).
 */
export function watchViewport(cy: Core, onCount?: (elements: number) => void): void {
  const renderer: unknown = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  // One count per batch of changes: 'add' fires once per element, and
  // counting on each would cost the square of the batch's size.
  let pending = false;
  const apply = () => {
    pending = false;
    const n = cy.elements().length;
    if (isSettings(renderer)) Object.assign(renderer, viewportSettings(n));
    onCount?.(n);
  };
  cy.on('add remove', () => {
    if (pending) return;
    pending = true;
    queueMicrotask(apply);
  });
  apply();
}
