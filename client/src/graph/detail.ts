// Level of detail by the size of the canvas, for what the stylesheet cannot
// say by itself: which nodes may carry a name at all, and how often the
// zoom-following sizes (ui/canvas/labels.ts) are written to every node.
// Pure: the canvas asks, and applies the answer.
import { LABEL_PX } from './labels.js';
import { HUGE_GRAPH, HUGE_MIN_LABEL_PX, MIN_NODE_PX, NODE_SIZE, lightStyle } from './style.js';

/**
 * Zoom below which a huge canvas draws no ordinary node name: its names are
 * LABEL_PX on screen there, under the stylesheet's HUGE_MIN_LABEL_PX.
 */
export const HUGE_NAMES_ZOOM = HUGE_MIN_LABEL_PX / LABEL_PX;

/**
 * Whether, at this size and zoom, only the selection's and a path's names are
 * drawn: placing the others' labels would cost a pass over every node after
 * each gesture for names nobody sees.
 */
export function onlyPickedNames(elements: number, zoom: number): boolean {
  return elements > HUGE_GRAPH && zoom < HUGE_NAMES_ZOOM;
}

/**
 * Whether new nodes arrive without a name drawn (the label placement names
 * them a moment later): on a large canvas Cytoscape would otherwise measure
 * every name once before the first frame, though zoomed out to fit few of
 * them are drawn.
 */
export function startsUnnamed(elements: number): boolean {
  return lightStyle(elements);
}

/** The sizes every node gets at a zoom, in graph units. */
export interface CommonSizes {
  node: number;
  font: number;
  maxWidth: number;
}

/** Steps of the zoom at which a huge canvas writes its sizes again: 2^(1/4), about 19 % apart. */
const STEPS_PER_DOUBLING = 4;

const snap = (zoom: number, round: (x: number) => number) =>
  2 ** (round(Math.log2(zoom) * STEPS_PER_DOUBLING) / STEPS_PER_DOUBLING);

/**
 * Nodes never under MIN_NODE_PX on screen and names LABEL_PX (`px`) on screen
 * while zoomed out, growing with the zoom past 1. Past HUGE_GRAPH elements the
 * zoom is taken in steps, so that a gesture which ends about where it began
 * rewrites nothing (a write restyles every node): nodes then lie between
 * MIN_NODE_PX and 19 % more, names between 19 % under `px` and `px`.
 */
export function commonSizes(
  zoom: number,
  elements: number,
  label: { px: number; maxWidth: number },
): CommonSizes {
  const huge = elements > HUGE_GRAPH;
  // The node's zoom rounded down (it may only grow), the name's up (it may only shrink, staying unread past the stylesheet's minimum).
  const nodeZoom = huge ? snap(zoom, Math.floor) : zoom;
  const nameZoom = huge ? snap(zoom, Math.ceil) : zoom;
  const scale = nameZoom < 1 ? 1 / nameZoom : 1;
  return {
    node: Math.max(NODE_SIZE, MIN_NODE_PX / nodeZoom),
    font: label.px * scale,
    maxWidth: label.maxWidth * scale,
  };
}
