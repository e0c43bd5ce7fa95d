// Where the camera ends a step: the box the visible nodes will stand in once
// they have glided to the step's places (a node the step does not place keeps
// its own), so the view can glide there while the nodes move, not after.
import type { Box } from '../graph/fit.js';

export type Point = { x: number; y: number };

/**
 * The box around the nodes' places to come: `to` where the step places a
 * node, else `now`; `radius` is half a node, so no shape is cut at the edge.
 * Undefined with no node.
 */
export function boxAfterGlide(
  now: ReadonlyMap<string, Point>,
  to: Readonly<Record<string, Point>>,
  radius: number,
): Box | undefined {
  let box: Box | undefined;
  for (const [id, p0] of now) {
    const p = to[id] ?? p0;
    box = box
      ? {
          x1: Math.min(box.x1, p.x - radius),
          y1: Math.min(box.y1, p.y - radius),
          x2: Math.max(box.x2, p.x + radius),
          y2: Math.max(box.y2, p.y + radius),
        }
      : { x1: p.x - radius, y1: p.y - radius, x2: p.x + radius, y2: p.y + radius };
  }
  return box;
}
