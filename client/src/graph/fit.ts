// Fitting the view so that labels fit too. Cytoscape's fit pads every side
// alike and counts only the labels drawn at the old zoom, so names of nodes
// at the left and right edges were cut off after a Fit. Here the nodes' box
// gets room at the sides for half the widest label, and below for one line
// of label under the bottom nodes. Pure: the canvas applies the result.
import { LABEL_MAX_WIDTH, LABEL_PX } from './labels.js';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface FitMargins {
  side: number;
  top: number;
  bottom: number;
}

/** Half the widest label at the sides; one label line (and a gap) below. */
export const LABEL_FIT: FitMargins = {
  side: LABEL_MAX_WIDTH / 2 + 6,
  top: 30,
  bottom: 30 + LABEL_PX * 1.5,
};

/** Zoom and pan that show the `nodes` box inside a `width`×`height` view with the margins (px). */
export function fitView(
  nodes: Box,
  width: number,
  height: number,
  margins: FitMargins = LABEL_FIT,
  zoomRange: { min: number; max: number } = { min: 0.1, max: 4 },
): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(1, nodes.x2 - nodes.x1);
  const h = Math.max(1, nodes.y2 - nodes.y1);
  const room = {
    w: Math.max(1, width - 2 * margins.side),
    h: Math.max(1, height - margins.top - margins.bottom),
  };
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, Math.min(room.w / w, room.h / h)));
  // Centred in the room left between the margins.
  const cx = (nodes.x1 + nodes.x2) / 2;
  const cy = (nodes.y1 + nodes.y2) / 2;
  return {
    zoom,
    pan: {
      x: margins.side + room.w / 2 - cx * zoom,
      y: margins.top + room.h / 2 - cy * zoom,
    },
  };
}

/**
 * The pan that puts the middle of the `nodes` box (graph units, labels left
 * out) at the middle of a `width`×`height` view at `zoom`. Cytoscape's own
 * centring counts labels, so a node whose label sits beside it (see
 * graph/labels.ts) would land off centre, or off screen zoomed in.
 */
export function centreView(
  nodes: Box,
  zoom: number,
  width: number,
  height: number,
): { zoom: number; pan: { x: number; y: number } } {
  const cx = (nodes.x1 + nodes.x2) / 2;
  const cy = (nodes.y1 + nodes.y2) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}
